"""What the home page shows besides its own fields: the latest sessions, news,
documents and case studies, and the sections' index pages.

The page's view: ``HomePage.get_context`` delegates here, so ``models.py``
imports no selector (the selectors read the editorial apps' models); this
module imports no page model (the view is handed its page).
"""

from django.utils.functional import SimpleLazyObject

from .selectors import HOME_PAGE_SECTIONS, home_page_sections


def home_page_context(home, request):
    """The listings, each read when the template first uses it: usually it
    shows them from a cached fragment ({% shared_fragment "home" %}) and never
    does."""
    sections = SimpleLazyObject(
        lambda: home_page_sections(home=home, user=request.user)
    )
    return {
        name: SimpleLazyObject(lambda name=name: sections[name])
        for name in HOME_PAGE_SECTIONS
    }
