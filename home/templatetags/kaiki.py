"""Template filters and tags used across Kaiki's templates."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from cms.core import formatting, maps
from cms.core.share import share_links as _share_links
from cms.organisation.models import OrganisationProfile
from cms.pagecache.shared import shared_value

register = template.Library()


@register.filter
def kaiki_date(value):
    """{{ d|kaiki_date }} → 2017年3月4日(土) / Sat 4 March 2017."""
    return formatting.format_date(value) if value else ""


@register.filter
def kaiki_when(start, end=None):
    """{{ start|kaiki_when:end }} → 2017年3月4日(土) 14:00〜16:30."""
    return formatting.format_datetime_range(start, end) if start else ""


@register.filter
def fiscal_year(value):
    """{{ 2022|fiscal_year }} → 令和4年度 / FY2022."""
    return formatting.format_fiscal_year(value) if value not in (None, "") else ""


@register.filter
def openstreetmap_url(address):
    return maps.openstreetmap_url(address)


@register.filter
def google_maps_url(address):
    return maps.google_maps_url(address)


@register.simple_tag
def share_links(url, title):
    """{% share_links page.full_url page.title as links %}: (service, address)."""
    return _share_links(url=url, title=title)


@register.simple_tag
def kaiki_dash():
    """{% kaiki_dash %} → 〜 in Japanese, – in English (between two times)."""
    return formatting.range_dash()


@register.filter
def yen(value):
    return formatting.format_yen(value)


@register.filter
def json_ld(data):
    """Serialise structured data for a <script type="application/ld+json"> tag."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_json_script_escapes))  # noqa: S308 - escaped above


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    from home.selectors import menu_pages

    request = context["request"]
    current = context.get("page")
    return {
        "menu_pages": menu_pages(
            site=Site.find_for_request(request),
            user=getattr(request, "user", None),
            page=current if isinstance(current, Page) else None,
        ),
        "current": current,
        "request": request,
    }


@register.simple_tag(takes_context=True)
def organisation_profile(context):
    """The organisation's name, address, office hours and introduction in the
    visitor's language (None outside any site or request)."""
    request = context.get("request")
    return OrganisationProfile.for_request(request) if request else None


@register.simple_tag(takes_context=True)
def footer_links(context, organisation):
    """The contact page, privacy policy and accessibility statement the
    organisation settings choose, in the visitor's language."""
    from django.utils.translation import get_language

    from home.selectors import footer_pages

    page_ids = getattr(organisation, "footer_page_ids", None)
    if page_ids is None:
        # Outside any Site (a 404 for an unknown host, a bare view) the settings
        # context gives an empty string, not the settings.
        return []
    request = context.get("request")
    return footer_pages(
        page_ids=page_ids,
        language=(get_language() or "ja")[:2],
        user=getattr(request, "user", None),
    )


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    # The same for every visitor of the page, and changed only by a move or a
    # rename (which start a new generation of the shared cache).
    ancestors = shared_value(
        "breadcrumbs",
        (page.pk, page.path),
        lambda: list(page.get_ancestors().filter(depth__gt=1)),
    )
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page or view in every language, for the switcher and hreflang."""
    from cms.core.i18n import page_language_versions, view_language_versions

    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    if isinstance(page, Page) and page.pk and page.live:
        return page_language_versions(page, request)
    return view_language_versions(request)


@register.simple_tag(takes_context=True)
def site_root_url(context, page):
    """The origin of the page's Site (what canonical links use), from Wagtail's
    cached site root paths: no query, unlike ``page.get_site``."""
    parts = page.get_url_parts(context.get("request"))
    return parts[1] if parts else ""
