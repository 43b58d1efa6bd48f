"""Staff work on registrations in the admin: the list (per session, search,
filters, CSV), one registration's actions (attended, cancel, delete personal
data), the door check-in by number, and entering a phone, FAX, paper or e-mail
application. Counts per session are on the event's edit page (panels.py)."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cms.events.models import EventSession
from cms.security.spreadsheets import SafeCsvExportMixin

from .choices import RegistrationStatus
from .forms import StaffRegistrationForm
from .models import Registration, SessionSeats
from .services import (
    registration_anonymise,
    registration_cancel,
    registration_create,
    registration_set_attended,
)


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


class CheckInForm(forms.Form):
    number = forms.IntegerField(
        label=pgettext_lazy("registration", "Registration number"), min_value=1
    )


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
        """At the door: type the registration number, the person is marked
        present. A phone's browser is enough."""
        self._require(request, "change")
        seats = get_object_or_404(SessionSeats, pk=seats_id)
        form = CheckInForm(request.POST if request.method == "POST" else None)
        registration, result, result_ok = None, "", False
        if request.method == "POST" and form.is_valid():
            registration = seats.registrations.filter(
                number=form.cleaned_data["number"]
            ).first()
            if registration is None:
                result = pgettext("registration", "No registration has this number.")
            else:
                try:
                    registration_set_attended(registration=registration)
                except ValidationError as error:
                    result = " ".join(error.messages)
                else:
                    result_ok = True
                    result = pgettext(
                        "registration", "Welcome: no. %(number)s %(name)s"
                    ) % {"number": registration.number, "name": registration.name}
                    form = CheckInForm()
        return self._render(
            request,
            title=pgettext("registration", "Check-in"),
            subtitle=str(seats),
            form=form,
            submit_label=pgettext("registration", "Check in"),
            registration=registration,
            result=result,
            result_ok=result_ok,
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
