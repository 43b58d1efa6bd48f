from django.conf import settings
from django.core.checks import Error, register

from .clients import parse_trusted_proxies


@register()
def trusted_proxies_check(app_configs, **kwargs):
    """Report a mistyped proxy setting at start-up, not on the first request."""
    try:
        parse_trusted_proxies(getattr(settings, "KAIKI_TRUSTED_PROXIES", None))
    except (TypeError, ValueError) as error:
        return [
            Error(
                f"KAIKI_TRUSTED_PROXIES is not a proxy count or a list of "
                f"networks: {error}",
                id="security.E001",
            )
        ]
    return []
