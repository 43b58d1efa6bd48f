"""Staff's views of introduction requests in the admin (Network menu): the
requests with filters by state, region and age, their history, consent record
and the guides' ranking with its reasons; reassigning by hand; CSV exports.

Only staff with the introduction requests' permissions see any of it: the
viewsets check the model permissions, the manage view checks them itself.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.security.spreadsheets import SafeCsvExportMixin

from ..models import IntroductionOffer, IntroductionRequest, IntroductionTransition
from .forms import ReassignForm
from .selectors import staff_ranking
from .services import REASSIGNABLE, introduction_request_reassign


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Requests change only through their state machine (the manage view)."""

    def user_has_permission(self, user, action):
        return action not in (
            "add",
            "change",
            "delete",
        ) and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(
            user, set(actions) - {"add", "change", "delete"}
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


for _model in (IntroductionRequest, IntroductionOffer, IntroductionTransition):
    register_permission_policy(_model, ReadOnlyPolicy(_model))


def _index_view_class(name, base_queryset):
    class View(SafeCsvExportMixin, IndexView):
        def get_base_queryset(self):
            return base_queryset(super().get_base_queryset())

        def get_list_more_buttons(self, instance):
            buttons = super().get_list_more_buttons(instance)
            request = getattr(instance, "request", instance)
            if self.request.user.has_perm("network.view_introductionrequest"):
                buttons.insert(
                    0,
                    Button(
                        pgettext("introduction", "History, consent and guide"),
                        url=reverse("network_introduction_manage", args=[request.pk]),
                        icon_name="history",
                        priority=5,
                    ),
                )
            return buttons

    View.__name__ = name
    return View


class IntroductionRequestViewSet(ModelViewSet):
    model = IntroductionRequest
    name = "network_introductions"
    menu_label = pgettext_lazy("introduction", "Introduction requests")
    icon = "mail"
    index_view_class = _index_view_class(
        "IntroductionRequestIndexView",
        lambda qs: qs.select_related("region", "guide__member"),
    )
    list_display = [
        "__str__",
        "status",
        "region",
        "guide",
        BooleanColumn(
            "needs_staff", label=pgettext_lazy("introduction", "in the staff queue")
        ),
        "created_at",
        "status_changed_at",
    ]
    list_filter = ["status", "needs_staff", "region", "created_at", "status_changed_at"]
    search_fields = ["name", "email", "message"]
    search_backend_name = None
    list_export = [
        "pk",
        "status",
        "name",
        "email",
        "phone",
        "region",
        "municipality",
        "moving_from",
        "moving_when",
        "topics",
        "languages",
        "guide",
        "needs_staff",
        "created_at",
        "confirmed_at",
        "first_answered_at",
        "closed_at",
        "newcomer_rating",
        "guide_rating",
        "consent_notice_version",
        "consent_given_at",
        "consent_withdrawn_at",
    ]
    form_fields = ["status"]


class IntroductionOfferViewSet(ModelViewSet):
    """The consent records' provisions: which fields went to which guide, when,
    and when the contact details were released."""

    model = IntroductionOffer
    name = "network_introduction_offers"
    menu_label = pgettext_lazy("introduction", "Introduction consent records")
    icon = "doc-full"
    index_view_class = _index_view_class(
        "IntroductionOfferIndexView",
        lambda qs: qs.select_related("request", "guide__member"),
    )
    list_display = [
        "request",
        "guide",
        "outcome",
        "offered_at",
        "answered_at",
        "contact_released_at",
    ]
    list_filter = ["outcome", "offered_at"]
    list_export = [
        "request",
        "guide",
        "request.consent_notice_version",
        "request.consent_given_at",
        "request.consent_withdrawn_at",
        "fields_provided",
        "offered_at",
        "contact_released_at",
        "outcome",
        "answered_at",
        "decline_reason",
        "by_hand_reason",
    ]
    export_headings = {
        "request.consent_notice_version": pgettext_lazy(
            "introduction", "consent notice version"
        ),
        "request.consent_given_at": pgettext_lazy("introduction", "consent given at"),
        "request.consent_withdrawn_at": pgettext_lazy(
            "introduction", "consent withdrawn at"
        ),
    }
    form_fields = ["outcome"]


class IntroductionTransitionViewSet(ModelViewSet):
    model = IntroductionTransition
    name = "network_introduction_steps"
    menu_label = pgettext_lazy("introduction", "Introduction history")
    icon = "history"
    index_view_class = _index_view_class(
        "IntroductionTransitionIndexView",
        lambda qs: qs.select_related("request", "guide__member", "by"),
    )
    list_display = ["request", "from_status", "to_status", "guide", "note", "by", "at"]
    list_filter = ["to_status", "at"]
    list_export = ["request", "from_status", "to_status", "guide", "note", "by", "at"]
    form_fields = ["note"]


def introduction_manage_view(request, request_id):
    """One request for staff: facts, contact, consent record, history, the
    guides' ranking with reasons, and reassigning by hand."""
    if not request.user.has_perm("network.view_introductionrequest"):
        raise PermissionDenied
    item = get_object_or_404(
        IntroductionRequest.objects.select_related(
            "region", "municipality", "guide__member__user", "requested_guide__member"
        ),
        pk=request_id,
    )
    may_reassign = (
        request.user.has_perm("network.change_introductionrequest")
        and item.status in REASSIGNABLE
    )
    form = ReassignForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not may_reassign:
            raise PermissionDenied
        if form.is_valid():
            try:
                introduction_request_reassign(
                    request=item,
                    guide=form.cleaned_data["guide"],
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.success(
                    request,
                    pgettext("introduction", "The request is sent to %(guide)s.")
                    % {"guide": form.cleaned_data["guide"]},
                )
                return redirect("network_introduction_manage", item.pk)
    ranking = staff_ranking(item) if item.status in REASSIGNABLE else []
    offers = item.offers.select_related("guide__member")
    return TemplateResponse(
        request,
        "network/admin/introduction_manage.html",
        {
            "item": item,
            "form": form,
            "may_reassign": may_reassign,
            "ranking": ranking,
            "offers": offers,
            "history": item.transitions.select_related("by", "guide__member"),
            "page_title": str(item),
        },
        status=400 if form.errors else 200,
    )


VIEWSETS = (
    IntroductionRequestViewSet(),
    IntroductionOfferViewSet(),
    IntroductionTransitionViewSet(),
)
URLS = [
    path(
        "network/introductions/<int:request_id>/manage/",
        introduction_manage_view,
        name="network_introduction_manage",
    )
]
