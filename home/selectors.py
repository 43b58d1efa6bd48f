from wagtail.models import Site


def menu_pages(*, request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    return site.root_page.get_children().live().in_menu()


def section_pages(*, home):
    """The home page's live index pages by section, for "see all" links: one query."""
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
    children = home.get_children().live().filter(content_type_id__in=sections)
    return {sections[child.content_type_id]: child for child in children}


def home_page_sections(*, home):
    """What the home page lists: a constant number of queries, whatever the counts."""
    from cms.events.selectors import upcoming_sessions
    from cms.library.selectors import latest_documents
    from cms.news.selectors import latest_news
    from cms.stories.selectors import case_studies

    return {
        "upcoming_sessions": list(upcoming_sessions(limit=4)),
        "latest_news": list(latest_news(limit=3)),
        "latest_documents": list(latest_documents(limit=4)),
        "case_studies": list(case_studies(limit=3)),
        "section_pages": section_pages(home=home),
    }
