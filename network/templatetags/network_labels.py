"""The network's stored codes in words, in the reader's language: a guide's or
a request's topics and languages, and why a guide was suggested (the reasons
the matching keeps as data, ``network.introductions.matching``)."""

from django import template
from django.utils.translation import npgettext, pgettext

from network.choices import Language, Topic

register = template.Library()


@register.filter
def topic_labels(codes):
    """{{ guide.topics|topic_labels|join:", " }}; a code no longer offered is
    left out."""
    return [Topic(code).label for code in codes if code in Topic.values]


@register.filter
def language_labels(codes):
    """{{ guide.languages|language_labels|join:", " }}."""
    return [Language(code).label for code in codes if code in Language.values]


def reason_label(reason):
    """One reason (``{"code": ..., "value": ...}``) in words."""
    code, value = reason.get("code"), reason.get("value")
    if code == "municipality":
        return pgettext("matching", "same municipality")
    if code == "region":
        return pgettext("matching", "guides the whole region")
    if code == "nearby":
        return pgettext("matching", "guides another town of the region")
    if code == "topics":
        return pgettext("matching", "knows about %(topics)s") % {
            "topics": ", ".join(str(label) for label in topic_labels(value))
        }
    if code == "language":
        label = Language(value).label if value in Language.values else value
        return pgettext("matching", "speaks %(language)s") % {"language": label}
    if code == "load":
        return npgettext(
            "matching", "%(count)d open request", "%(count)d open requests", value
        ) % {"count": value}
    if code == "response":
        if value < 48:
            hours = max(1, round(value))
            return npgettext(
                "matching",
                "answers in about %(count)d hour",
                "answers in about %(count)d hours",
                hours,
            ) % {"count": hours}
        days = round(value / 24)
        return npgettext(
            "matching",
            "answers in about %(count)d day",
            "answers in about %(count)d days",
            days,
        ) % {"count": days}
    if code == "chosen":
        return pgettext("matching", "the guide you asked for")
    if code == "by_hand":
        return pgettext("matching", "chosen by the network's staff")
    # A code this version does not know (stored by another) says nothing.
    return ""


@register.filter
def reasons_text(reasons):
    """{{ offer.reasons|reasons_text }}: the reasons in words, one line."""
    return " · ".join(label for label in map(reason_label, reasons) if label)
