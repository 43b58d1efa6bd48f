from wagtail import hooks


@hooks.register("before_serve_page")
def share_site_root_paths(page, request, serve_args, serve_kwargs):
    """Templates ask the page for its full URL without the request
    (``{{ page.full_url }}``), and Wagtail then keeps the site root paths on the
    page, read from its own Redis entry once more: give it those the request
    holds already (SharedSiteMiddleware, from the shared cache)."""
    paths = getattr(request, "_wagtail_cached_site_root_paths", None)
    if paths is not None:
        page._wagtail_cached_site_root_paths = paths
