"""System checks: what certificates need from the machine."""

from django.core.checks import Warning, register

from cms.fonts import FONT_PATHS, INSTALL_HINT, japanese_font_path


@register(deploy=True)
def japanese_font_installed(app_configs, **kwargs):
    """Certificates are drawn on demand: without the font a registrant's
    download would fail, so say so at deployment, not at the first request."""
    if japanese_font_path() is not None:
        return []
    return [
        Warning(
            "No Japanese TrueType font for course certificates (looked in: "
            + ", ".join(FONT_PATHS)
            + ").",
            hint=INSTALL_HINT + " (scripts/system-packages.sh does it).",
            id="registrations.W001",
        )
    ]
