"""Wagtail's view-restriction check on every page served, without its two
queries for a page that has no restriction.

Wagtail's ``on_serve_page`` hook asks ``page.get_view_restrictions()`` for the
restrictions on the page and its ancestors: one query for the ancestors, one for
their restrictions, on every render. Whether a page has any changes only when a
restriction is saved or deleted, or the page is moved, published or deleted,
and each of those starts a new generation of the shared cache
(cms.pagecache.signals, cms.privacy.signals); so that answer is kept there. A
restricted page still gets Wagtail's own queryset, and so Wagtail's own check.
"""

from wagtail.models import PageViewRestriction

from cms.pagecache.shared import shared_value


class SharedViewRestrictionsMixin:
    """For every page type (home/tests/test_view_restrictions.py checks that
    each one has it)."""

    def get_view_restrictions(self):
        wagtails = super().get_view_restrictions
        if self.pk is None:  # a preview of a page not saved yet
            return wagtails()
        if shared_value(
            "restricted", (self.pk, self.path), lambda: wagtails().exists()
        ):
            return wagtails()
        # Answered without the database.
        return PageViewRestriction.objects.none()
