"""The sitemap lists every language's pages, not just the default site root's tree."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from cms.privacy.visibility import visible_pages


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers the site root's descendants: the Japanese tree.

    The English home page is the root page's translation, a sibling of it, so its
    tree is added here; each page's URL carries its own /ja/ or /en/ prefix.
    """

    def items(self):
        from wagtail.models import Page

        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        # Crawlers are anonymous visitors.
        return (
            visible_pages(Page.objects.filter(in_a_tree))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap})
