from itertools import groupby

from django.conf import settings
from django.db.models import Q

from cms.regions.models import Region
from home.i18n import localize_related

from .models import CommunityPlace, PlaceKind, PlaceStatus


def community_place_list_context(*, page, request):
    """Approved places grouped by region, optionally one region and one kind."""
    # The page's language first; a place nobody has translated yet is listed
    # from the default language rather than left out.
    translated = CommunityPlace.objects.filter(locale_id=page.locale_id).values(
        "translation_key"
    )
    # Staff approve (or withdraw) a place on its default-language row; a
    # translation's own copy of the status may lag until it is synced.
    approved = CommunityPlace.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, status=PlaceStatus.APPROVED
    ).values("translation_key")
    places = (
        CommunityPlace.objects.filter(translation_key__in=approved)
        .filter(
            Q(locale_id=page.locale_id)
            | Q(locale__language_code=settings.LANGUAGE_CODE)
            & ~Q(translation_key__in=translated)
        )
        .select_related("region", "municipality")
    )
    regions = list(Region.objects.filter(locale_id=page.locale_id))
    region = next((r for r in regions if r.slug == request.GET.get("region")), None)
    if region:
        places = places.filter(region__translation_key=region.translation_key)
    kind = request.GET.get("kind", "")
    if kind in PlaceKind.values:
        places = places.filter(kind=kind)
    else:
        kind = ""
    places = places.order_by(
        "region__sort_order", "region_id", "municipality__sort_order", "name"
    )
    places = localize_related(places, "region", "municipality", locale=page.locale_id)
    grouped = [(r, list(items)) for r, items in groupby(places, key=lambda p: p.region)]
    return {
        "places_by_region": grouped,
        "place_count": sum(len(items) for _, items in grouped),
        "regions": regions,
        "selected_region": region,
        "kinds": PlaceKind.choices,
        "selected_kind": kind,
    }
