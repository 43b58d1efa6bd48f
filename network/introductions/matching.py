"""Explainable matching: which guides could take a request, in which order, and
why.

Guides are ranked by place (same municipality, then the whole region, then
another town of the region), topics in common, a language in common, their
current load (fewer open introductions first) and how fast they answered past
offers. Each reason is kept as data (``{"code": ..., "value": ...}``), stored
with the offer; the templates put it into words in the reader's language
(``network/templatetags/network_labels.py``).
"""

import statistics
from dataclasses import dataclass, field

from django.db.models import Count

from ..choices import WhoMayAsk
from ..models.introductions import (
    GUIDE_OPEN_STATUSES,
    IntroductionOffer,
    IntroductionRequest,
)
from ..models.profiles import GuideProfile

PLACE_MUNICIPALITY = 2
PLACE_REGION = 1
PLACE_NEARBY = 0


@dataclass
class Candidate:
    guide: GuideProfile
    place: int
    topics: list
    languages: list
    open_count: int
    response_hours: float | None
    reasons: list = field(default_factory=list)

    @property
    def full(self):
        return self.open_count >= self.guide.max_open_introductions

    def sort_key(self):
        return (
            -self.place,
            -len(self.topics),
            -len(self.languages),
            self.open_count,
            self.response_hours if self.response_hours is not None else float("inf"),
            self.guide.pk,
        )


def rank_guides(request, *, include_full=False):
    """Accepting guides of the request's region not yet offered this request,
    best first. Guides at their limit are left out unless ``include_full``
    (staff see them, marked). Four queries, whatever the number of guides."""
    offered = IntroductionOffer.objects.filter(request=request).values("guide_id")
    guides = (
        GuideProfile.objects.accepting()
        .in_region(request.region)
        .exclude(pk__in=offered)
        .select_related("member")
        .prefetch_related("regions", "municipalities")
    )
    if request.newcomer_id is None:
        guides = guides.exclude(who_may_ask=WhoMayAsk.MEMBERS)
    guides = list(guides)
    ids = [guide.pk for guide in guides]
    loads = dict(
        IntroductionRequest.objects.filter(
            guide_id__in=ids, status__in=GUIDE_OPEN_STATUSES
        )
        .values_list("guide_id")
        .annotate(count=Count("pk"))
    )
    answers = {}
    for guide_id, offered_at, answered_at in IntroductionOffer.objects.filter(
        guide_id__in=ids, answered_at__isnull=False
    ).values_list("guide_id", "offered_at", "answered_at"):
        hours = (answered_at - offered_at).total_seconds() / 3600
        answers.setdefault(guide_id, []).append(hours)
    candidates = [
        _candidate(
            request,
            guide,
            open_count=loads.get(guide.pk, 0),
            response=answers.get(guide.pk),
        )
        for guide in guides
    ]
    if not include_full:
        candidates = [c for c in candidates if not c.full]
    return sorted(candidates, key=Candidate.sort_key)


def _candidate(request, guide, *, open_count, response):
    region_key = request.region.translation_key
    municipality_keys = {m.translation_key for m in guide.municipalities.all()}
    if (
        request.municipality is not None
        and request.municipality.translation_key in municipality_keys
    ):
        place = PLACE_MUNICIPALITY
    elif region_key in {r.translation_key for r in guide.regions.all()}:
        place = PLACE_REGION
    else:
        place = PLACE_NEARBY
    topics = [t for t in request.topics if t in guide.topics]
    languages = [code for code in request.languages if code in guide.languages]
    response_hours = round(statistics.median(response), 1) if response else None
    reasons = [
        {
            "code": {
                PLACE_MUNICIPALITY: "municipality",
                PLACE_REGION: "region",
                PLACE_NEARBY: "nearby",
            }[place]
        }
    ]
    if topics:
        reasons.append({"code": "topics", "value": topics})
    reasons.extend({"code": "language", "value": code} for code in languages)
    reasons.append({"code": "load", "value": open_count})
    if response_hours is not None:
        reasons.append({"code": "response", "value": response_hours})
    return Candidate(
        guide=guide,
        place=place,
        topics=topics,
        languages=languages,
        open_count=open_count,
        response_hours=response_hours,
        reasons=reasons,
    )
