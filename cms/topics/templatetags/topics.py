from django import template

from cms.topics.models import Topic

register = template.Library()


@register.filter
def topic_name(tag, locale_id):
    """``tag``'s name in the locale (a page's ``locale_id``), or its own name."""
    return Topic.names(locale_id=locale_id).get(tag.pk, tag.name)
