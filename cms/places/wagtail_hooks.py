from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import pgettext
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from cms.core.admin_ui import LanguageColumn
from cms.security.spreadsheets import SafeCsvExportMixin

from .choices import PlaceDecision, PlaceStatus
from .forms import PlaceReviewForm
from .links import place_full_url
from .models import CommunityPlace
from .services import place_approve, place_reject, place_request_changes

DECISIONS = {
    PlaceDecision.APPROVE: place_approve,
    PlaceDecision.REQUEST_CHANGES: place_request_changes,
    PlaceDecision.REJECT: place_reject,
}


def decisions_for(status):
    """The decisions staff may take on a place with ``status``."""
    allowed = {
        PlaceStatus.PENDING: [
            PlaceDecision.APPROVE,
            PlaceDecision.REQUEST_CHANGES,
            PlaceDecision.REJECT,
        ],
        PlaceStatus.CHANGES_REQUESTED: [PlaceDecision.APPROVE, PlaceDecision.REJECT],
        PlaceStatus.APPROVED: [PlaceDecision.REQUEST_CHANGES, PlaceDecision.REJECT],
        PlaceStatus.REJECTED: [PlaceDecision.APPROVE],
        PlaceStatus.LAPSED: [
            PlaceDecision.APPROVE,
            PlaceDecision.REQUEST_CHANGES,
            PlaceDecision.REJECT,
        ],
    }[status]
    return [(decision.value, decision.label) for decision in allowed]


def _review_label():
    return pgettext("places", "Review")


class CommunityPlaceIndexView(SafeCsvExportMixin, IndexView):
    review_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.insert(
                0,
                Button(
                    _review_label(),
                    url=reverse(self.review_url_name, args=[instance.pk]),
                    icon_name="tick",
                    priority=5,
                ),
            )
        return buttons


class CommunityPlaceEditView(EditView):
    review_url_name = None

    @cached_property
    def header_more_buttons(self):
        return [
            Button(
                _review_label(),
                url=reverse(self.review_url_name, args=[self.object.pk]),
                icon_name="tick",
                priority=5,
            ),
            *super().header_more_buttons,
        ]


class CommunityPlaceViewSet(SnippetViewSet):
    model = CommunityPlace
    index_view_class = CommunityPlaceIndexView
    edit_view_class = CommunityPlaceEditView
    icon = "home"
    menu_order = 210
    add_to_admin_menu = True
    # Under the staff "Network" menu (network.wagtail_hooks.NETWORK_MENU_HOOK);
    # the hook's name, not an import: places don't depend on the network app.
    menu_hook = "register_network_menu_item"
    menu_name = "community-places"
    list_display = [
        "name",
        LanguageColumn(),
        "kind",
        "region",
        "municipality",
        "status",
        "confirmed_at",
        "created_at",
    ]
    list_filter = ["status", "kind", "region"]
    # The registry: everything staff need, contact person included (staff only).
    list_export = [
        "name",
        "kind",
        "region",
        "municipality",
        "organiser",
        "venue",
        "address",
        "schedule",
        "accessibility",
        "description",
        "contact",
        "contact_name",
        "contact_email",
        "contact_phone",
        "status",
        "consented_at",
        "confirmed_at",
        "reminder_sent_at",
        "created_at",
    ]
    search_fields = ["name", "organiser", "description"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            review_url_name=self.get_url_name("review"), **kwargs
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("review/<int:pk>/", self.review_view, name="review"),
        ]

    def review_view(self, request, pk):
        """Staff approve, reject or ask for changes, with a message the group
        reads; the place's history of decisions is shown below."""
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        place = get_object_or_404(
            CommunityPlace.objects.select_related("region", "municipality"), pk=pk
        )
        form = PlaceReviewForm(
            request.POST if request.method == "POST" else None,
            decisions=decisions_for(place.status),
        )
        if request.method == "POST" and form.is_valid():
            decision = PlaceDecision(form.cleaned_data["decision"])
            try:
                DECISIONS[decision](
                    place=place, user=request.user, message=form.cleaned_data["message"]
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.success(
                    request,
                    pgettext("places", "“%(place)s”: %(decision)s")
                    % {"place": place, "decision": decision.label},
                )
                return redirect(self.get_url_name("list"))
        return TemplateResponse(
            request,
            "places/admin/review.html",
            {
                "place": place,
                "form": form,
                "history": place.status_changes.select_related("user"),
                "public_url": place_full_url(
                    place=place,
                    route="place",
                    args=(place.slug,),
                    language=settings.LANGUAGE_CODE,
                )
                if place.status == PlaceStatus.APPROVED
                else "",
                "edit_url": self.get_url_name("edit"),
                "page_title": pgettext("places", "Review “%(place)s”")
                % {"place": place},
            },
        )


register_snippet(CommunityPlaceViewSet)
