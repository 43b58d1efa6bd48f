"""What the caches follow: the cache alias that holds whole pages, and the
models whose saves and deletes change what pages show.

Below the middleware, the shared values and the signals, which all read it:
the signals clear the page cache and start a new generation of shared values
when one of these models changes, so only values read from them may be kept.
"""

PAGE_CACHE_ALIAS = "pages"

# Snippets, documents, images and settings that pages display.
CONTENT_MODELS = {
    "regions.region",
    "regions.municipality",
    "people.person",
    "people.organisation",
    "places.communityplace",
    # Staff edit members and guides in the admin; the directory shows them.
    "network.memberprofile",
    "network.guideprofile",
    "library.librarydocument",
    "wagtailimages.image",
    "home.organisationsettings",
    "organisation.organisationprofile",
    "wagtailcore.site",
    # Which home page Wagtail's routing starts from (home.routing.localized_home).
    "wagtailcore.locale",
    "wagtailcore.page",
    # Making a page or a collection private must take it out of the cache at once.
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "taggit.tag",
    # A tag's name in each language (cms.topics).
    "topics.topic",
}


def follows_changes(model):
    """Whether saving or deleting a ``model`` row clears the page cache and
    starts a new generation of shared values (a page type's parents count)."""
    opts = model._meta
    labels = {opts.label_lower, *(p._meta.label_lower for p in opts.get_parent_list())}
    return bool(labels & CONTENT_MODELS)
