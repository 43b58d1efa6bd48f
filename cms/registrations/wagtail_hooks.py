"""Staff work on registrations in the admin: the list (per session, search,
filters, CSV), one registration's actions (attended, cancel, delete personal
data), the door check-in by number, and entering a phone, FAX, paper or e-mail
application. Counts per session are on the event's edit page (panels.py)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cms.events.models import EventSession
from cms.security.spreadsheets import SafeCsvExportMixin

from .choices import RegistrationStatus
from .forms import CheckInForm, StaffRegistrationForm
from .links import registration_from_checkin_token
from .models import Registration, SessionSeats
from .services import (
    registration_anonymise,
    registration_cancel,
    registration_check_in,
    registration_create,
    registration_set_attended,
)

# Where a staff member's phone remembers the session it checks in for.
CHECKIN_SESSION_KEY = "registrations_checkin_seats"


class RegistrationIndexView(SafeCsvExportMixin, IndexView):
    actions_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.insert(
                0,
                Button(
                    pgettext("registration", "Attendance and cancellation"),
                    url=reverse(self.actions_url_name, args=[instance.pk]),
                    icon_name="tick",
                    priority=5,
                ),
            )
        return buttons


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    index_view_class = RegistrationIndexView
    icon = "form"
    menu_order = 220
    add_to_admin_menu = True
    menu_label = pgettext_lazy("registration", "Registrations")
    list_display = [
        "number",
        "name",
        "seats",
        "status",
        "party_size",
        "attendance",
        "gathering_status",
        "channel",
        "attended_at",
        "created_at",
    ]
    list_filter = ["seats", "status", "channel", "attendance", "gathering_status"]
    list_export = [
        "seats",
        "number",
        "status",
        "name",
        "name_kana",
        "email",
        "phone",
        "party_size",
        "attendance",
        "gathering_status",
        "note",
        "channel",
        "language",
        "created_at",
        "attended_at",
    ]
    export_filename = "registrations"
    search_fields = ["name", "name_kana", "email", "phone"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None
    # Seats, status and the social gathering change only through the
    # services (cancel, promote): the edit form holds what the person told us.
    panels = [
        FieldPanel("name"),
        FieldPanel("name_kana"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("note"),
    ]

    def get_queryset(self, request):
        return Registration.objects.select_related("seats")

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            actions_url_name=self.get_url_name("actions"), **kwargs
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("actions/<int:pk>/", self.actions_view, name="actions"),
            path("checkin/<int:seats_id>/", self.checkin_view, name="checkin"),
            path("checkin/scan/<str:token>/", self.scan_view, name="scan"),
            path("enter/<int:session_id>/", self.enter_view, name="enter"),
        ]

    def _require(self, request, action):
        if not self.permission_policy.user_has_permission(request.user, action):
            raise PermissionDenied

    def actions_view(self, request, pk):
        """Mark attended (or not), cancel, or delete the personal data."""
        self._require(request, "change")
        registration = get_object_or_404(
            Registration.objects.select_related("seats", "entered_by"), pk=pk
        )
        services = {
            "attended": lambda: registration_set_attended(registration=registration),
            "not_attended": lambda: registration_set_attended(
                registration=registration, attended=False
            ),
            "cancel": lambda: registration_cancel(
                registration=registration, user=request.user
            ),
            "anonymise": lambda: registration_anonymise(registration=registration),
        }
        result, result_ok = "", False
        if request.method == "POST" and request.POST.get("action") in services:
            try:
                services[request.POST["action"]]()
            except ValidationError as error:
                result = " ".join(error.messages)
            else:
                return redirect(self.get_url_name("actions"), pk)
        registration.refresh_from_db()
        actions = []
        if registration.status == RegistrationStatus.CONFIRMED:
            actions.append(
                ("not_attended", pgettext("registration", "Not attended"))
                if registration.attended_at
                else ("attended", pgettext("registration", "Mark attended"))
            )
        if registration.is_active:
            actions.append(("cancel", pgettext("registration", "Cancel it")))
        if not registration.anonymised_at:
            actions.append(
                ("anonymise", pgettext("registration", "Delete personal data"))
            )
        return self._render(
            request,
            title=pgettext("registration", "Registration no. %(number)s")
            % {"number": registration.number},
            subtitle=str(registration.seats),
            registration=registration,
            actions=actions,
            result=result,
            result_ok=result_ok,
        )

    def checkin_view(self, request, seats_id):
        """At the door: type the registration number (or a handheld scanner
        types the QR code), the person is checked in. A phone's browser is
        enough; its camera opens the QR code's address (``scan_view``)."""
        if refused := self._refuse_checkin(request):
            return refused
        seats = get_object_or_404(SessionSeats, pk=seats_id)
        # The session this phone checks in for: a scanned code of another
        # session is not taken silently (scan_view).
        request.session[CHECKIN_SESSION_KEY] = seats.pk
        form = CheckInForm(
            request.POST if request.method == "POST" else None, seats=seats
        )
        context = {}
        if request.method == "POST" and form.is_valid():
            context = self._check_in(form.cleaned_data["registration"])
            if context["result_ok"]:
                form = CheckInForm(seats=seats)
        return self._render_checkin(request, seats=seats, form=form, **context)

    def scan_view(self, request, token):
        """The address in the QR code of a confirmation e-mail, opened by a
        staff member's phone camera: checks the person in at once (a second
        scan only says when they came). Staff only: anyone else is sent to log
        in or refused, and nothing is marked."""
        if refused := self._refuse_checkin(request):
            return refused
        registration = registration_from_checkin_token(token)
        if registration is None:
            return self._render_checkin(
                request,
                result=pgettext(
                    "registration",
                    "This QR code does not work: it is damaged, or the "
                    "registration's personal data was deleted.",
                ),
                status=404,
            )
        seats = registration.seats
        expected = request.session.get(CHECKIN_SESSION_KEY)
        other_session = (
            expected is not None
            and expected != seats.pk
            and request.POST.get("action") != "check_in"
        )
        if other_session:
            expected_seats = SessionSeats.objects.filter(pk=expected).first()
            return self._render_checkin(
                request,
                seats=expected_seats or seats,
                form=CheckInForm(seats=expected_seats or seats),
                registration=registration,
                result=pgettext(
                    "registration",
                    "No. %(number)s is registered for another session: %(session)s.",
                )
                % {"number": registration.number, "session": seats},
                result_ok=False,
                confirm_other_session=True,
            )
        request.session[CHECKIN_SESSION_KEY] = seats.pk
        return self._render_checkin(
            request,
            seats=seats,
            form=CheckInForm(seats=seats),
            **self._check_in(registration),
        )

    def _refuse_checkin(self, request):
        """A plain 403 page, not the admin's redirect to its dashboard: on a
        phone at the door, staff must see why the scan did nothing."""
        if self.permission_policy.user_has_permission(request.user, "change"):
            return None
        return self._render_checkin(
            request,
            result=pgettext(
                "registration",
                "You may not check people in: ask an administrator for the "
                "permission to change registrations.",
            ),
            result_ok=False,
            status=403,
        )

    def _check_in(self, registration):
        try:
            registration, checked_in = registration_check_in(registration=registration)
        except ValidationError as error:
            result = " ".join(error.messages)
            return {"registration": registration, "result": result, "result_ok": False}
        names = {"number": registration.number, "name": registration.name}
        if checked_in:
            result = pgettext("registration", "Welcome: no. %(number)s %(name)s")
        else:
            result = pgettext(
                "registration",
                "No. %(number)s %(name)s is already checked in (at %(time)s).",
            )
            names["time"] = timezone.localtime(registration.attended_at).strftime(
                "%H:%M"
            )
        return {
            "registration": registration,
            "result": result % names,
            "result_ok": True,
            "already": not checked_in,
        }

    def _render_checkin(self, request, *, seats=None, status=200, **context):
        counts = {}
        if seats is not None:
            counts = SessionSeats.objects.counts([seats.session_key]).get(
                seats.session_key, {}
            )
        return TemplateResponse(
            request,
            "registrations/admin/checkin.html",
            {
                "page_title": pgettext("registration", "Check-in"),
                "seats": seats,
                "counts": counts,
                **context,
            },
            status=status,
        )

    def enter_view(self, request, session_id):
        """Staff enter an application received by phone, FAX, paper or e-mail:
        it takes a seat like a web registration."""
        self._require(request, "add")
        session = get_object_or_404(
            EventSession.objects.select_related("page"), pk=session_id
        )
        form = StaffRegistrationForm(
            request.POST if request.method == "POST" else None, session=session
        )
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                registration, created = registration_create(
                    session=session,
                    data=data,
                    language=data["language"],
                    channel=data["channel"],
                    user=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if not created:
                    form.add_error(
                        "email",
                        pgettext(
                            "registration",
                            "This address is already registered: no. %(number)s.",
                        )
                        % {"number": registration.number},
                    )
                else:
                    return redirect(self.get_url_name("actions"), registration.pk)
        return self._render(
            request,
            title=pgettext("registration", "Enter an application"),
            subtitle=f"{session.page.title} {session.title}".strip(),
            form=form,
            submit_label=pgettext("registration", "Register"),
        )

    def _render(self, request, *, title, **context):
        return TemplateResponse(
            request,
            "registrations/admin/form_page.html",
            {"page_title": title, **context},
        )


register_snippet(RegistrationViewSet)
