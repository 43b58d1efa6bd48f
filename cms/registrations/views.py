"""The visitor's side: the registration form of a session, the private page a
registrant reaches from their e-mail, and what we do with their details.

None of these pages is ever cached: they carry forms (CSRF) and personal data.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from cms.core.i18n import localize_related
from cms.security.ratelimit import rate_limit_count, rate_limit_exceeded

from . import emails
from .certificates import certificate_filename, certificate_pdf
from .forms import RegistrationForm
from .links import registration_from_token, registration_token
from .selectors import (
    certificate_sessions,
    registration_closed_reason,
    registration_session,
    session_for_registration,
    waitlist_position,
)
from .services import registration_cancel, registration_create

# Sign-ups one client may make in an hour: a person registers a few times at
# most (a family, several sessions of a series); more is a script.
REGISTRATIONS_PER_WINDOW = 10
WINDOW_SECONDS = 60 * 60
RATE_SCOPE = "registration"
# A second submit within this time (a double click) sends no second e-mail.
RESEND_AFTER = timedelta(minutes=2)


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, session_id):
    session = session_for_registration(session_id=session_id, user=request.user)
    if session is None:
        raise Http404
    localize_related([session], "region", locale=session.locale_id)
    reason = registration_closed_reason(session)
    # What the visitor reads: the reason's sentence, or the service's own
    # message when the session closed while they typed.
    closed = reason.label if reason is not None else ""
    form = None
    status = 200
    if not closed:
        form = RegistrationForm(
            request.POST if request.method == "POST" else None, session=session
        )
    if form is not None and request.method == "POST":
        if rate_limit_exceeded(
            request,
            scope=RATE_SCOPE,
            limit=REGISTRATIONS_PER_WINDOW,
            window_seconds=WINDOW_SECONDS,
        ):
            form.add_error(
                None,
                pgettext(
                    "registration",
                    "You have registered several times in a short time. Please "
                    "wait an hour, then send this form again.",
                ),
            )
            status = 429
        elif form.is_valid():
            try:
                registration, created = registration_create(
                    session=session, data=form.cleaned_data, language=get_language()
                )
            except ValidationError as error:
                # The deadline passed (or the session changed) while they typed.
                closed = " ".join(error.messages)
                form = None
            else:
                rate_limit_count(
                    request, scope=RATE_SCOPE, window_seconds=WINDOW_SECONDS
                )
                if created:
                    return redirect(
                        "registrations:manage", registration_token(registration)
                    )
                # Already registered: never show someone else's registration
                # to whoever typed the address; the link goes to the address.
                if timezone.now() - registration.created_at > RESEND_AFTER:
                    emails.resend(registration)
                return render(
                    request,
                    "registrations/already_registered.html",
                    {"session": session, "event": session.page, "page_title": ""},
                )
        else:
            status = 400
    return render(
        request,
        "registrations/register.html",
        {
            "session": session,
            "event": session.page,
            "form": form,
            "closed": closed,
            "page_title": pgettext("registration", "Register: %(event)s")
            % {"event": session.page.title},
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """The registrant's own page: number, status, details; cancel."""
    registration = registration_from_token(token)
    if registration is None:
        return render(
            request,
            "registrations/link_invalid.html",
            {"page_title": pgettext("registration", "This link does not work")},
            status=404,
        )
    error = ""
    if request.method == "POST" and request.POST.get("action") == "cancel":
        try:
            registration = registration_cancel(registration=registration)
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            return redirect("registrations:manage", token)
    session = registration_session(registration)
    certificate_url = ""
    if certificate_sessions(registration):
        certificate_url = reverse("registrations:certificate", args=[token])
    return render(
        request,
        "registrations/manage.html",
        {
            "certificate_url": certificate_url,
            "registration": registration,
            "session": session,
            "event": session.page if session else None,
            "position": waitlist_position(registration),
            "error": error,
            "page_title": pgettext("registration", "Your registration"),
        },
    )


@never_cache
@require_GET
def certificate(request, token):
    """The completion certificate of a course, through the registrant's
    private link. One answer, the same 404, for a forged link and for someone
    who missed a lecture: the address tells nothing about anyone."""
    registration = registration_from_token(token)
    sessions = certificate_sessions(registration) if registration else None
    if not sessions:
        raise Http404
    response = HttpResponse(
        certificate_pdf(registration=registration, sessions=sessions),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{certificate_filename(registration)}"'
    )
    return response


@require_GET
def privacy(request):
    return render(
        request,
        "registrations/privacy.html",
        {
            "page_title": pgettext("registration", "How we handle registrations"),
            "retention_months": settings.KAIKI_REGISTRATION_RETENTION_MONTHS,
        },
    )
