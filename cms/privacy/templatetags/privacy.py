from django import template
from wagtail.models import Page

from cms.privacy.visibility import document_is_visible, page_is_visible

register = template.Library()


@register.filter
def visible_to(item, user):
    """``{% if page.hero_link|visible_to:request.user %}``: a page or document
    chosen by an editor is shown only to those who may open it."""
    if item is None:
        return False
    if isinstance(item, Page):
        return page_is_visible(item, user=user)
    return document_is_visible(item, user=user)


@register.simple_tag(takes_context=True)
def visible_children(context, page):
    """``{% visible_children page as children %}``: the live subpages the
    visitor may see."""
    from cms.privacy.visibility import visible_pages

    request = context.get("request")
    return visible_pages(page.get_children(), user=getattr(request, "user", None))
