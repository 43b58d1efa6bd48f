"""Languages: which page a visitor switches to, and snippets shown in their language.

Pages exist once per locale (wagtail-localize). Snippets that pages point to
(regions, municipalities, people, organisations) are shared: a session's region
is the Japanese Region on the English page too, because the foreign key is a
synchronised field. ``localize_related`` swaps such objects for their translation
in the active language, one query per model, so listings stay flat.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from cms.pagecache.content import follows_changes
from cms.pagecache.shared import related_instance, shared_value


@dataclass
class LanguageVersion:
    code: str
    name: str
    url: str
    current: bool
    translated: bool  # False: ``url`` is the nearest translated ancestor


def locale_for(language_code=None):
    """Wagtail's Locale for ``language_code`` (the active language when None),
    from the shared cache: ``Locale.get_active()`` and ``get_default()`` ask
    the database each time, and a search or a listing asks several times.
    Saving a locale starts a new generation (cms.pagecache.signals)."""
    code = get_supported_content_language_variant(language_code or get_language())
    return shared_value(
        "locale", code, lambda: Locale.objects.get_for_language(code)
    )


def _language_codes():
    return [code for code, _name in settings.LANGUAGES]


def page_language_versions(page, request):
    """The page in every language: its translation, or its nearest translated
    ancestor with ``?untranslated=1`` so that page can say why the visitor is there.

    One query, cached until the content changes: every live page sharing a
    translation key with the page or one of its ancestors (paths are prefixes of
    the page's own path).
    """
    candidates = shared_value(
        "language-candidates", (page.pk, page.path), lambda: _candidates(page)
    )
    best = {}
    page_language = None
    for candidate in candidates:
        code = candidate.locale.language_code
        if candidate.pk == page.pk:
            page_language = code
        exact = candidate.translation_key == page.translation_key
        if code not in best or (exact and not best[code][1]):
            best[code] = (candidate, exact)

    names = dict(settings.LANGUAGES)
    remainder = _routed_remainder(page, request)
    active = get_language()
    page_language = page_language or page.locale.language_code
    versions = []
    for code in _language_codes():
        # Wagtail serves an untranslated page under the other prefix too (/en/ for
        # a Japanese page); its own language's link then leads to its real URL.
        current = code == active
        if code == page_language:
            url = request.get_full_path() if current else page.get_url(request)
            translated = True
        elif code in best:
            target, translated = best[code]
            url = target.get_url(request)
            if translated:
                url += remainder
            else:
                url += "?untranslated=1"
        else:
            url = f"/{code}/?untranslated=1"
            translated = False
        versions.append(
            LanguageVersion(code, names[code], same_site(url), current, translated)
        )
    return versions


def _candidates(page):
    steplen = page.steplen
    paths = [page.path[:end] for end in range(steplen * 2, len(page.path) + 1, steplen)]
    return list(
        Page.objects.live()
        .filter(
            translation_key__in=Page.objects.filter(path__in=paths).values(
                "translation_key"
            )
        )
        .select_related("locale")
        .order_by("-depth")
    )


def _routed_remainder(page, request):
    """What follows the page's own URL in the request (a routable page's sub-view,
    e.g. "archive/"), with the query string, so the switcher keeps it."""
    page_url = page.get_url(request) or ""
    path = request.path
    remainder = path[len(page_url) :] if page_url and path.startswith(page_url) else ""
    query = request.GET.copy()
    query.pop("untranslated", None)
    return remainder + (f"?{query.urlencode()}" if query else "")


def view_language_versions(request):
    """Search, the 404 page and other views: the same URL under the other prefix."""
    active = get_language()
    names = dict(settings.LANGUAGES)
    path = same_site(request.get_full_path())
    versions = []
    for code in _language_codes():
        url = path if code == active else translate_url(path, code)
        if code != active and url == path:
            url = f"/{code}/"  # not a URL Django can translate (e.g. a 404)
        versions.append(LanguageVersion(code, names[code], url, code == active, True))
    return versions


def same_site(url):
    """``url`` with a path that stays on this site. Django routes "//evil.example/"
    like any path, but in a link a browser reads it as another host (and
    "/\\evil.example/" too); one slash takes its place."""
    if url.startswith(("//", "/\\")):
        return "/" + url.lstrip("/\\")
    return url


def localize_related(objects, *field_names, locale):
    """Show each object's ``field_names`` relations in ``locale`` (an id: the
    page's locale).

    Replaces the cached related instance (not the foreign key value) with its
    translation in that locale, where one exists; one query per model that has
    objects in another locale, none on a Japanese page pointing at Japanese rows.
    Relations without a translation keep the original.
    """
    objects = [obj for obj in objects if obj is not None]
    wanted = defaultdict(set)  # model -> translation keys
    for obj in objects:
        for name in field_names:
            related = related_instance(obj, name)
            if related is not None and related.locale_id != locale:
                wanted[type(related)].add(related.translation_key)
    translations = _translations(wanted, locale=locale)
    for obj in objects:
        for name in field_names:
            related = getattr(obj, name, None)
            if related is None:
                continue
            key = (type(related), related.translation_key)
            translation = translations.get(key)
            if translation is not None and related.locale_id != locale:
                obj._meta.get_field(name).set_cached_value(obj, translation)
    return objects


def localize_instances(objects, *, locale):
    """``objects`` (translatable snippets, ``None`` allowed) in ``locale``: each
    replaced by its translation where one exists, in one query per model that has
    objects in another locale."""
    wanted = defaultdict(set)
    for obj in objects:
        if obj is not None and obj.locale_id != locale:
            wanted[type(obj)].add(obj.translation_key)
    translations = _translations(wanted, locale=locale)
    return [
        obj
        if obj is None or obj.locale_id == locale
        else translations.get((type(obj), obj.translation_key), obj)
        for obj in objects
    ]


def _translations(wanted, *, locale):
    """``{(model, translation key): translation in locale}`` for ``wanted``
    (model -> translation keys): one query per model, or none from the shared
    cache for models whose saves start a new generation of it (snippets)."""
    translations = {}
    for model, keys in wanted.items():

        def read(model=model, keys=keys):
            return list(
                model.objects.filter(translation_key__in=keys, locale_id=locale)
            )

        if follows_changes(model):
            found = shared_value(
                f"translations:{model._meta.label_lower}",
                (locale, sorted(str(key) for key in keys)),
                read,
            )
        else:
            found = read()
        for translation in found:
            translations[(model, translation.translation_key)] = translation
    return translations
