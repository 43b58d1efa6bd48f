"""Lock-outs after repeated wrong passwords, counted by django-axes.

The admin login goes through ``django.contrib.auth.authenticate``, which axes
watches (its backend refuses a locked-out login, its signal handlers count the
failures). Wagtail's page and document password forms compare the password
themselves, so the views here wrap them: they ask axes first, and report a
wrong password to it as a failed login whose "username" names the
restriction, so axes counts per restriction and per client exactly as it does
per account and per client on the admin login.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_credentials
from django.contrib.auth.signals import user_login_failed
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views

from .events import DOCUMENT_PASSWORD, PAGE_PASSWORD


def lockout_response(request, original_response=None, credentials=None):
    """The answer to a locked-out client (``AXES_LOCKOUT_CALLABLE``)."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60))
    message = ngettext(
        "Too many wrong passwords have been entered. To keep this site safe, "
        "please wait %(minutes)d minute before trying again.",
        "Too many wrong passwords have been entered. To keep this site safe, "
        "please wait %(minutes)d minutes before trying again.",
        minutes,
    ) % {"minutes": minutes}
    response = TemplateResponse(
        request, "security/locked_out.html", {"message": message}, status=429
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    response["Cache-Control"] = "no-store"
    return response.render()


def page_password(request, page_view_restriction_id, page_id):
    """Wagtail's page password form, throttled per restriction and per client."""
    return _throttled(
        request,
        wagtail_views.authenticate_with_password,
        target=f"{PAGE_PASSWORD}:{page_view_restriction_id}",
        page_view_restriction_id=page_view_restriction_id,
        page_id=page_id,
    )


def document_password(request, restriction_id):
    """Wagtail's document (collection) password form, throttled the same way."""
    return _throttled(
        request,
        document_views.authenticate_with_password,
        target=f"{DOCUMENT_PASSWORD}:{restriction_id}",
        restriction_id=restriction_id,
    )


def _throttled(request, view, *, target, **kwargs):
    if request.method != "POST":
        return view(request, **kwargs)
    credentials = get_credentials(target)
    if not AxesProxyHandler.is_allowed(request, credentials):
        # As on the admin login: the refused attempt is reported (and logged)
        # but, being refused unchecked, not counted again.
        request.axes_locked_out = True
        user_login_failed.send(__name__, credentials=credentials, request=request)
        return lockout_response(request, credentials=credentials)
    response = view(request, **kwargs)
    # Wagtail answers a right password with a redirect, a wrong one with the
    # form again, its error on the password field. An empty field guesses nothing.
    form = (getattr(response, "context_data", None) or {}).get("form")
    if (
        form is not None
        and form.is_bound
        and form.has_error("password")
        and not form.has_error("password", "required")
    ):
        user_login_failed.send(__name__, credentials=credentials, request=request)
        if request.axes_locked_out:
            return lockout_response(request, credentials=credentials)
    return response
