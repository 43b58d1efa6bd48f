"""What the site search finds: pages, documents and other indexed models, each
through the one visibility rule (cms/privacy/visibility.py), ranked together."""

import heapq
import unicodedata
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import parse_query_string
from wagtail_localize.models import TranslatableMixin

from cms.core.i18n import locale_for
from cms.privacy.visibility import visible_documents, visible_pages

from .backends import field_text
from .highlight import snippet
from .text import highlight_terms

MAX_QUERY_LENGTH = 200
DOCUMENTS = "documents"
# Results counted at most: beyond, the search says "more than" this. A word
# found in thousands of pages costs a count of every match otherwise, and
# nobody pages that far.
COUNT_LIMIT = 1000


def clean_query(raw):
    """What a visitor typed, minus what the full-text backends can't parse.

    Control characters have no meaning in a query, and an unpaired double
    quote would start a phrase that never ends: it is dropped, pairs are kept
    (a "quoted phrase" matches as a phrase).
    """
    text = "".join(
        " " if unicodedata.category(char) == "Cc" else char
        for char in raw[:MAX_QUERY_LENGTH]
    )
    if text.count('"') % 2:
        head, _, tail = text.rpartition('"')
        text = head + " " + tail
    return " ".join(text.split())


def page_search(*, query, user=None):
    """Pages ``user`` may see, in the visitor's language, that match the query."""
    if not query:
        return Page.objects.none()
    return (
        visible_pages(Page.objects.all(), user=user)
        .filter(locale=locale_for())
        .specific()
        .search(_parsed(query))
    )


def _parsed(query):
    # "quoted phrase" -> Phrase; the rest -> words that must all match.
    return parse_query_string(query, operator="and")[1]


@dataclass
class Hit:
    """One search result, whatever its model. Its address and the name of its
    type are for the view to give (search/views.py)."""

    obj: object
    kind: str
    title: str
    score: float
    snippet: str = ""
    date: object = None
    finished: bool = False  # an event whose sessions are all over
    used_on: list = field(default_factory=list)

    @property
    def is_document(self):
        return self.kind == DOCUMENTS


def _model_key(model):
    return model._meta.label_lower


def searchable_models():
    """The non-page models the site search covers besides documents: every
    indexed model that declares search fields and says who may see what,
    with a queryset method ``visible_to(user)``, or for a translatable model
    ``visible_to(user, locale=...)``, which also picks the language."""
    from modelsearch.index import get_indexed_models

    document_model = get_document_model()
    return [
        model
        for model in get_indexed_models()
        if not issubclass(model, Page)
        and model is not document_model
        and model.get_search_fields()
        and callable(getattr(model._default_manager.all(), "visible_to", None))
    ]


def page_kinds():
    """(key, label) of every page type the search can narrow to."""
    from wagtail.models import get_page_models

    return [
        (_model_key(model), model._meta.verbose_name)
        for model in get_page_models()
        if model is not Page and not model._meta.abstract and model.search_fields
    ]


def kind_choices():
    document_model = get_document_model()
    return [
        *page_kinds(),
        (DOCUMENTS, document_model._meta.verbose_name_plural),
        *(
            (_model_key(model), model._meta.verbose_name_plural)
            for model in searchable_models()
        ),
    ]


class _Source:
    """One queryset to search, and how its objects become hits."""

    def __init__(self, queryset, *, kind):
        self.queryset = queryset
        self.kind = kind

    def search(self, query):
        return self.queryset.search(query).annotate_score("_score")


def _region_filter(model, region):
    """Q for ``model`` objects in ``region`` (a slug), or None when the model
    has no region."""
    try:
        model._meta.get_field("region")
    except Exception:  # noqa: BLE001 (FieldDoesNotExist)
        return None
    return Q(region__slug=region)


def _page_source(*, user, kind, region, locale):
    pages = visible_pages(Page.objects.all(), user=user).filter(locale=locale)
    if kind:
        from django.contrib.contenttypes.models import ContentType

        app_label, model_name = kind.split(".")
        pages = pages.filter(
            content_type=ContentType.objects.get_by_natural_key(app_label, model_name)
        )
    if region:
        from wagtail.models import get_page_models

        regional = [
            model.objects.filter(condition).values("pk")
            for model in get_page_models()
            if model is not Page
            and (condition := _region_filter(model, region)) is not None
        ]
        in_region = Q(pk__in=[])
        for ids in regional:
            in_region |= Q(pk__in=ids)
        pages = pages.filter(in_region)
    return _Source(pages.specific(), kind="pages")


def _document_source(*, user, locale):
    model = get_document_model()
    # A search filters on declared FilterFields only: the id, not the path of
    # the collection the rule reads.
    # Each document once: in the visitor's language where translated.
    documents = model.objects.in_language(locale.pk)
    visible = visible_documents(documents, user=user).values("pk")
    return _Source(model.objects.filter(id__in=visible), kind=DOCUMENTS)


def _model_source(model, *, user, region, locale):
    objects = model._default_manager.all()
    if issubclass(model, TranslatableMixin):
        # The model's rule picks each item's language (a community place is
        # shown in the default language until it is translated).
        objects = objects.visible_to(user, locale=locale)
    else:
        objects = objects.visible_to(user)
    if region:
        condition = _region_filter(model, region)
        if condition is None:
            return None
        # By id: a search filters on its declared FilterFields only.
        in_region = objects.filter(condition).values("pk")
        objects = model._default_manager.filter(id__in=in_region)
    return _Source(objects, kind=_model_key(model))


def _sources(*, user, kind, region, locale):
    page_keys = {key for key, _label in page_kinds()}
    if not kind or kind in page_keys:
        yield _page_source(user=user, kind=kind, region=region, locale=locale)
    if (not kind or kind == DOCUMENTS) and not region:
        yield _document_source(user=user, locale=locale)
    for model in searchable_models():
        if not kind or kind == _model_key(model):
            source = _model_source(model, user=user, region=region, locale=locale)
            if source is not None:
                yield source


class SiteSearchResults:
    """Every source's matches ranked together, sliced lazily (a Paginator
    asks for the count and one page): a page of results costs one count and
    one search per source, whatever the page number or the number of hits."""

    def __init__(self, *, query, sources, user, locale):
        self.query = query
        self.user = user
        self.locale = locale
        self._sources = sources
        self._searches = [source.search(_parsed(query)) for source in sources]
        self._kinds = [source.kind for source in sources]
        self._count = None
        self.more = False  # more matches than the count says (COUNT_LIMIT)
        backend = get_search_backend()
        self._sign = 1 if backend.higher_score_is_better else -1
        # SQLite counts and ranks every source in one scan of the matches
        # (search/backends/sqlite.py); otherwise each source on its own.
        rank_together = getattr(backend, "rank_together", None)
        self._together = rank_together(self._searches) if rank_together else None

    def count(self):
        """How many results, up to COUNT_LIMIT (``more`` is then True); a
        source is counted only up to what is left of the limit."""
        if self._count is None and self._together is not None:
            total = self._together.count(limit=COUNT_LIMIT + 1)
            self.more = total > COUNT_LIMIT
            self._count = min(total, COUNT_LIMIT)
        if self._count is None:
            total = 0
            for search in self._searches:
                total += search[: COUNT_LIMIT + 1 - total].count()
                if total > COUNT_LIMIT:
                    self.more = True
                    total = COUNT_LIMIT
                    break
            self._count = total
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop = key.start or 0, key.stop
        if self._together is not None:
            hits = self._ranked_together(stop)[start:stop]
            self._annotate(hits)
            return hits
        by_source = []
        for search, kind in zip(self._searches, self._kinds, strict=True):
            source_hits = [self._hit(obj, kind) for obj in search[:stop]]
            _mark_finished(source_hits)
            # The source's own order, but on an equal score an event that is
            # over after one still to come.
            source_hits.sort(key=lambda hit: (-hit.score, hit.finished))
            by_source.append(source_hits)
        hits = list(heapq.merge(*by_source, key=_rank))[start:stop]
        self._annotate(hits)
        return hits

    def _ranked_together(self, stop):
        """Hits for the best ``stop`` matches of every source, in order."""
        rows = self._together.top(stop)
        objects = {}
        for index, source in enumerate(self._sources):
            pks = [pk for search, pk, _score in rows if search == index]
            if pks:
                objects[index] = source.queryset.in_bulk(pks)
        hits = []
        # Equal scores: the newer first (_rank), then by source and the
        # higher pk first, as each source's own ranking orders them.
        rows = sorted(rows, key=lambda row: row[1], reverse=True)
        for index, pk, score in sorted(rows, key=lambda row: row[0]):
            obj = objects[index].get(pk)
            if obj is None:  # gone between the two queries
                continue
            obj._score = score
            hits.append(self._hit(obj, self._kinds[index]))
        return _ranked(hits)

    def _hit(self, obj, kind):
        if kind == "pages":
            kind = _model_key(type(obj))
            date = obj.last_published_at
        elif kind == DOCUMENTS:
            date = getattr(obj, "published_on", None) or obj.created_at
        else:
            date = None
        return Hit(
            obj=obj,
            kind=kind,
            title=obj.title if hasattr(obj, "title") else str(obj),
            score=self._sign * (obj._score or 0),
            date=date,
        )

    def _annotate(self, hits):
        terms = highlight_terms(self.query)
        for hit in hits:
            hit.snippet = snippet(field_text(hit.obj), terms)
        documents = [hit for hit in hits if hit.is_document]
        if documents:
            pages_by_document = _pages_using(
                [hit.obj for hit in documents], user=self.user, locale=self.locale
            )
            for hit in documents:
                hit.used_on = pages_by_document.get(hit.obj.pk, [])


def _rank(hit):
    # Better score first; on a tie, what is still to come before what is over
    # (events), then the newer first.
    newer = -hit.date.toordinal() if hit.date else 0
    return (-hit.score, hit.finished, newer)


def _ranked(hits):
    """``hits`` in order (_rank)."""
    _mark_finished(hits)
    return sorted(hits, key=_rank)


def _mark_finished(hits):
    """Tell each hit whether it is over: a model with
    ``finished_among(pks, now=...)`` (EventPage) says which of its are."""
    now = timezone.now()
    by_model = {}
    for hit in hits:
        by_model.setdefault(type(hit.obj), []).append(hit)
    for model, model_hits in by_model.items():
        finished_among = getattr(model, "finished_among", None)
        if finished_among is not None:
            over = finished_among([hit.obj.pk for hit in model_hits], now=now)
            for hit in model_hits:
                hit.finished = hit.obj.pk in over


def _pages_using(documents, *, user, locale):
    """{document pk: [pages that link to it]}, for the pages ``user`` may see
    in ``locale``; two queries for any number of documents."""
    model = type(documents[0])
    references = ReferenceIndex.objects.filter(
        to_content_type=ReferenceIndex._get_base_content_type(model),
        to_object_id__in=[str(document.pk) for document in documents],
        base_content_type=ReferenceIndex._get_base_content_type(Page),
    ).values_list("to_object_id", "object_id")
    page_ids = {}
    for document_id, page_id in references:
        page_ids.setdefault(int(page_id), set()).add(int(document_id))
    pages = visible_pages(Page.objects.filter(pk__in=page_ids), user=user).filter(
        locale=locale
    )
    using = {}
    for page in pages.order_by("path"):
        for document_id in sorted(page_ids[page.pk]):
            using.setdefault(document_id, []).append(page)
    return using


def site_search(*, query, user=None, kind="", region=""):
    """Everything ``user`` may see, in the visitor's language, that matches
    ``query``: pages, documents, and the other models ``searchable_models``
    lists, optionally of one kind (``kind_choices``) or one region (a slug)."""
    # The visitor's language, read once for every source.
    locale = locale_for()
    sources = list(_sources(user=user, kind=kind, region=region, locale=locale))
    return SiteSearchResults(query=query, sources=sources, user=user, locale=locale)
