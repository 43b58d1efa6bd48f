"""A page's view restriction reaches every translation of it.

Wagtail checks restrictions on the page being served and its ancestors, in its
own tree: the English home page is a sibling of the Japanese one, so a members-
only Japanese section would leave its English twin open. wagtail-localize copies
a restriction only when it creates or syncs a translation; a restriction added or
removed later, or on a page whose translation was not made by it, would not
follow. So every change to a page's restriction, in either language, is mirrored
to the pages that share its translation key, and a new translation takes its
siblings' restriction when it is created.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from wagtail.models import Page, PageViewRestriction

# Set while this module writes restrictions, so the signals its own writes send
# (a new restriction saved before its groups are set) are not mirrored back.
_mirroring = ContextVar("privacy_mirroring", default=False)


@contextmanager
def _writing():
    token = _mirroring.set(True)
    try:
        yield
    finally:
        _mirroring.reset(token)


def is_mirroring():
    return _mirroring.get()


def _translations(page):
    return Page.objects.filter(translation_key=page.translation_key).exclude(
        pk=page.pk
    )


def _match(source, target_page):
    """Give ``target_page`` the same restriction as ``source`` (one per page)."""
    groups = set(source.groups.values_list("pk", flat=True))
    target = target_page.view_restrictions.first()
    if target is None:
        target = PageViewRestriction(page=target_page)
    elif (
        target.restriction_type == source.restriction_type
        and target.password == source.password
        and set(target.groups.values_list("pk", flat=True)) == groups
    ):
        return
    target.restriction_type = source.restriction_type
    target.password = source.password
    target.save()
    target.groups.set(groups)
    # A page holds one restriction; extra rows would only widen what is hidden.
    target_page.view_restrictions.exclude(pk=target.pk).delete()


def view_restriction_mirror(*, restriction):
    """Copy ``restriction`` (just saved, or its groups changed) to every
    translation of its page."""
    if is_mirroring():
        return
    with _writing(), transaction.atomic():
        # A page holds one restriction, the latest: Wagtail's page copy adds its
        # own after a new translation has already taken its siblings' one.
        restriction.page.view_restrictions.exclude(pk=restriction.pk).delete()
        for translation in _translations(restriction.page):
            _match(restriction, translation)


def view_restriction_mirror_removal(*, page_id):
    """The page ``page_id`` lost its restriction: its translations lose theirs.

    Decided after the commit: a restriction also goes when its page is deleted
    (the cascade runs first), and then the translations must stay restricted.
    """
    if is_mirroring():
        return

    def remove():
        page = Page.objects.filter(pk=page_id).first()
        if page is None or page.view_restrictions.exists():
            return
        with _writing(), transaction.atomic():
            PageViewRestriction.objects.filter(
                page__in=_translations(page).values("pk")
            ).delete()

    transaction.on_commit(remove)


def view_restriction_adopt(*, page):
    """A new page (often a fresh translation) takes the restriction of its
    translations, if they have one."""
    if is_mirroring() or page.view_restrictions.exists():
        return
    source = (
        PageViewRestriction.objects.filter(page__in=_translations(page).values("pk"))
        .order_by("pk")
        .first()
    )
    if source is not None:
        with _writing(), transaction.atomic():
            _match(source, page)
