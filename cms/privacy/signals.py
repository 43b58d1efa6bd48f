"""Keep restrictions in step across translations, and the cached rule fresh."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import post_page_move

from .restrictions import (
    view_restriction_adopt,
    view_restriction_mirror,
    view_restriction_mirror_removal,
)
from .visibility import forget_restrictions


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="privacy_saved")
def restriction_saved(sender, instance, raw=False, **kwargs):
    forget_restrictions()
    if not raw:
        view_restriction_mirror(restriction=instance)


@receiver(
    m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="privacy_m2m"
)
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        forget_restrictions()
        if isinstance(instance, PageViewRestriction):
            view_restriction_mirror(restriction=instance)


@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="privacy_deleted")
def restriction_deleted(sender, instance, **kwargs):
    forget_restrictions()
    view_restriction_mirror_removal(page_id=instance.page_id)


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="privacy_c_saved")
@receiver(post_delete, sender=CollectionViewRestriction, dispatch_uid="privacy_c_del")
@receiver(
    m2m_changed,
    sender=CollectionViewRestriction.groups.through,
    dispatch_uid="privacy_c_m2m",
)
def collection_restriction_changed(**kwargs):
    forget_restrictions()


@receiver(post_page_move, dispatch_uid="privacy_page_moved")
def page_moved(**kwargs):
    # Restrictions are matched by path, and a move changes paths.
    forget_restrictions()


@receiver(post_save, dispatch_uid="privacy_page_created")
def page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page):
        view_restriction_adopt(page=instance)
