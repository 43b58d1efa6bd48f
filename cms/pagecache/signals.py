"""Clear the anonymous page cache whenever content a page shows may have changed.

A version counter would also work, but a dedicated cache alias is simpler to
reason about: editorial changes are rare, and one clear() empties only pages.
"""

from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .content import PAGE_CACHE_ALIAS, follows_changes
from .shared import forget_shared_values


def clear_page_cache(**kwargs):
    # What pages share (menu, footer, settings) changes with the same edits.
    forget_shared_values()
    # After the commit: a request rendered between the clear and the commit would
    # otherwise store the old content again for the cache's whole lifetime.
    transaction.on_commit(caches[PAGE_CACHE_ALIAS].clear)


page_published.connect(clear_page_cache, dispatch_uid="pagecache_published")
page_unpublished.connect(clear_page_cache, dispatch_uid="pagecache_unpublished")
post_page_move.connect(clear_page_cache, dispatch_uid="pagecache_moved")


@receiver(post_save, dispatch_uid="pagecache_content_saved")
@receiver(post_delete, dispatch_uid="pagecache_content_deleted")
def clear_on_content_change(sender, instance, **kwargs):
    if follows_changes(sender) and not _is_draft_page_save(instance, kwargs):
        clear_page_cache()


def _is_draft_page_save(instance, kwargs):
    # Saving a page draft (a revision) changes nothing visitors see; publishing
    # sends page_published. Deletions and live pages always count.
    from wagtail.models import Page

    return isinstance(instance, Page) and "created" in kwargs and not instance.live
