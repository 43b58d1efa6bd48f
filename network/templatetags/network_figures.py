"""How the network figures (``network.selectors.network_figures``) read: a
count the public may not see, and the median answer time in words."""

from django import template
from django.utils.translation import npgettext, pgettext

from network.selectors import SMALL_COUNT

register = template.Library()


@register.filter
def figure(count):
    """{{ count|figure }}: the count, or "fewer than 5" where the public page
    hides it (``None``)."""
    if count is None:
        return pgettext("network", "fewer than %(number)d") % {"number": SMALL_COUNT}
    return count


@register.filter
def answer_time(hours):
    """{{ hours|answer_time }}: hours under two days, days from then on."""
    if hours is None:
        return ""
    if hours < 48:
        value = max(1, round(hours))
        return npgettext("network", "%(count)d hour", "%(count)d hours", value) % {
            "count": value
        }
    value = round(hours / 24)
    return npgettext("network", "%(count)d day", "%(count)d days", value) % {
        "count": value
    }
