from wagtail.models import Site


def menu_pages(*, request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    return site.root_page.get_children().live().in_menu()


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
    }
