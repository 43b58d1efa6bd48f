"""Regions and municipalities of one language, as listings and filters show them.

They are few and change only when an editor saves one, which starts a new
generation of the shared cache (cms.pagecache.shared), so pages read them from
there instead of querying on every render.
"""

from cms.pagecache.shared import shared_value

from .models import Municipality, Region


def _locale_id(locale):
    return getattr(locale, "pk", locale)


def regions_in(locale):
    """The regions in ``locale`` (a Locale or its id), in the editors' order."""
    locale_id = _locale_id(locale)
    return shared_value(
        "regions", locale_id, lambda: list(Region.objects.filter(locale_id=locale_id))
    )


def municipalities_in(locale):
    """The municipalities in ``locale``, in the editors' order, with their region."""
    locale_id = _locale_id(locale)
    return shared_value(
        "municipalities",
        locale_id,
        lambda: list(
            Municipality.objects.filter(locale_id=locale_id).select_related("region")
        ),
    )
