from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from cms.core.i18n import localize_related
from cms.events.models import EventSession
from cms.library.selectors import latest_documents
from cms.news.models import NewsPage
from cms.pagecache.shared import shared_value
from cms.privacy.visibility import hidden_page_paths, visible_pages
from cms.stories.models import CaseStudyPage


def menu_pages(*, site, user=None, page=None):
    """The home page's children of ``site`` shown in menus, in the language of
    ``page`` (the page being viewed) or, for other views, the active language.
    Cached until the content changes, per set of sections ``user`` may not see."""
    if site is None:
        return []
    language = ("locale", page.locale_id) if page is not None else get_language()
    return shared_value(
        "menu",
        (site.pk, language, hidden_page_paths(user)),
        lambda: _menu_pages(site=site, page=page, user=user),
    )


def _menu_pages(*, site, page, user):
    root = site.root_page
    # The site's root is the Japanese home page; English visitors get its translation.
    if page is None:
        root = root.localized
    elif page.locale_id != root.locale_id:
        root = root.get_translation_or_none(page.locale_id) or root
    return list(visible_pages(root.get_children(), user=user).in_menu())


def footer_pages(*, page_ids, language, user=None):
    """The footer's chosen pages (``page_ids``, in order), each in ``language``
    when it has a visible translation, else as chosen: one query, cached until
    the content changes."""
    if not page_ids:
        return []
    return shared_value(
        "footer",
        (tuple(page_ids), language, hidden_page_paths(user)),
        lambda: _footer_pages(page_ids=page_ids, language=language, user=user),
    )


def _footer_pages(*, page_ids, language, user):
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    candidates = visible_pages(
        Page.objects.filter(
            Q(pk__in=page_ids)
            | Q(translation_key__in=keys, locale__language_code=language)
        ),
        user=user,
    ).annotate(language=F("locale__language_code"))
    chosen = {}
    translated = {}
    for candidate in candidates:
        if candidate.pk in page_ids:
            chosen[candidate.pk] = candidate
        if candidate.language == language:
            translated[candidate.translation_key] = candidate
    pages = []
    for pk in page_ids:
        page = chosen.get(pk)
        if page is not None:
            pages.append(translated.get(page.translation_key, page))
    return pages


def site_map_tree(*, site, user=None):
    """The pages of ``site`` ``user`` may see in the active language, as nested
    ``(page, children)`` pairs under its home page: one query."""
    if site is None:
        return []
    home = site.root_page.localized
    pages = visible_pages(
        Page.objects.descendant_of(home, inclusive=True), user=user
    ).order_by("path")
    branches = {}
    tree = []
    for page in pages:
        branch = (page, [])
        branches[page.path] = branch[1]
        parent = branches.get(page.path[: -Page.steplen])
        (parent if parent is not None else tree).append(branch)
    return tree


def section_pages(*, home, user=None):
    """The home page's live index pages by section, for "see all" links: one
    query, cached until the content changes."""
    from django.contrib.contenttypes.models import ContentType

    from cms.events.models import EventIndexPage
    from cms.library.models import LibraryPage
    from cms.news.models import NewsIndexPage
    from cms.stories.models import CaseStudyIndexPage

    sections = {
        ContentType.objects.get_for_model(model).pk: name
        for name, model in [
            ("events", EventIndexPage),
            ("library", LibraryPage),
            ("news", NewsIndexPage),
            ("stories", CaseStudyIndexPage),
        ]
    }

    def read():
        children = visible_pages(home.get_children(), user=user).filter(
            content_type_id__in=sections
        )
        return {sections[child.content_type_id]: child for child in children}

    return shared_value("section-pages", (home.pk, hidden_page_paths(user)), read)


# What home_page_sections returns.
HOME_PAGE_SECTIONS = (
    "upcoming_sessions",
    "latest_news",
    "latest_documents",
    "case_studies",
    "section_pages",
)


def home_page_sections(*, home, user=None):
    """What the home page lists: a constant number of queries, whatever the counts."""
    locale = home.locale_id
    sessions = (
        EventSession.objects.visible_to(user)
        .upcoming(timezone.now())
        .in_language(locale)[:4]
    )
    stories = CaseStudyPage.objects.for_cards(user=user).filter(locale_id=locale)[:3]
    return {
        "upcoming_sessions": localize_related(
            sessions, "region", "municipality", locale=locale
        ),
        "latest_news": list(
            NewsPage.objects.visible_to(user).filter(locale_id=locale)[:3]
        ),
        "latest_documents": list(latest_documents(limit=4, user=user)),
        "case_studies": localize_related(
            stories, "region", "municipality", locale=locale
        ),
        "section_pages": section_pages(home=home, user=user),
    }
