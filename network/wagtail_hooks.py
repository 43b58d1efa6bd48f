"""The staff "Network" menu in the Wagtail admin: members, guides, guide
applications and the history of decisions on guides.

Other apps add their network viewsets to the same menu by registering them
with ``menu_hook = NETWORK_MENU_HOOK`` (``network.wagtail_hooks``). A staff
member without any of the network permissions sees none of it: each item
checks its model's permissions, and the group only shows when an item does.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import get_language, pgettext, pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.security.spreadsheets import SafeCsvExportMixin

from .choices import GuideStatus
from .forms import GuideStatusForm
from .introductions import admin as introductions_admin
from .models import GuideProfile, GuideStatusChange, MemberProfile
from .selectors import network_figures
from .services import TRANSITIONS, guide_set_status

NETWORK_MENU_HOOK = "register_network_menu_item"


class LimitedPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, minus the actions the admin must not offer."""

    def __init__(self, model, *, denied):
        super().__init__(model)
        self.denied = set(denied)

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, set(actions) - self.denied)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


# Members join through the site and guides apply there: staff do not create
# them here. Decisions are a record of what happened: nobody edits them.
register_permission_policy(
    MemberProfile, LimitedPermissionPolicy(MemberProfile, denied={"add"})
)
register_permission_policy(
    GuideProfile, LimitedPermissionPolicy(GuideProfile, denied={"add"})
)
register_permission_policy(
    GuideStatusChange,
    LimitedPermissionPolicy(GuideStatusChange, denied={"add", "change", "delete"}),
)


class NetworkIndexView(SafeCsvExportMixin, IndexView):
    pass


class MemberProfileViewSet(ModelViewSet):
    model = MemberProfile
    menu_label = pgettext_lazy("network", "Members")
    icon = "user"
    index_view_class = NetworkIndexView
    list_display = [
        "display_name",
        Column(
            "email", label=pgettext_lazy("network", "e-mail"), accessor="user.email"
        ),
        "legal_name",
        "kind",
        "region",
        "visibility",
        "created_at",
    ]
    list_filter = ["kind", "visibility", "region"]
    search_fields = ["display_name", "legal_name", "name_kana", "user__email"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None
    list_export = [
        "display_name",
        "legal_name",
        "name_kana",
        "user.email",
        "kind",
        "came_from",
        "region",
        "municipality",
        "year_moved",
        "visibility",
        "created_at",
    ]
    export_headings = {"user.email": pgettext_lazy("network", "e-mail")}
    form_fields = [
        "display_name",
        "visibility",
        "legal_name",
        "name_kana",
        "came_from",
        "region",
        "municipality",
        "kind",
        "year_moved",
        "skills",
        "bio",
    ]

    def get_queryset(self, request):
        return MemberProfile.objects.select_related("user", "region")


class GuideIndexView(NetworkIndexView):
    statuses = ()

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .filter(status__in=self.statuses)
            .select_related("member__user")
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.insert(
                0,
                Button(
                    pgettext("network", "Approve, pause or revoke"),
                    url=reverse("network_guide_status", args=[instance.pk]),
                    icon_name="tick",
                    priority=5,
                ),
            )
        return buttons


class BaseGuideViewSet(ModelViewSet):
    model = GuideProfile
    list_filter = ["status", "accepting", "regions", "who_may_ask"]
    search_fields = ["member__display_name", "member__legal_name", "statement"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None
    list_export = [
        "member",
        "member.legal_name",
        "member.user.email",
        "status",
        "status_reason",
        "status_changed_at",
        "accepting",
        "max_open_introductions",
        "who_may_ask",
        "topics",
        "languages",
        "applied_at",
    ]
    export_headings = {
        "member.legal_name": pgettext_lazy("network", "legal name"),
        "member.user.email": pgettext_lazy("network", "e-mail"),
    }
    # The status changes only through the decision view, which records it.
    form_fields = [
        "regions",
        "municipalities",
        "statement",
        "max_open_introductions",
        "accepting",
        "who_may_ask",
    ]


class GuideViewSet(BaseGuideViewSet):
    name = "network_guides"
    menu_label = pgettext_lazy("network", "Guides")
    icon = "group"
    index_view_class = type(
        "ApprovedGuideIndexView",
        (GuideIndexView,),
        {"statuses": (GuideStatus.APPROVED, GuideStatus.PAUSED, GuideStatus.REVOKED)},
    )
    list_display = [
        "member",
        "status",
        BooleanColumn(
            "accepting",
            label=pgettext_lazy("network", "accepting introductions now"),
        ),
        "max_open_introductions",
        "status_changed_at",
    ]


class GuideApplicationViewSet(BaseGuideViewSet):
    name = "network_guide_applications"
    menu_label = pgettext_lazy("network", "Guide applications")
    icon = "form"
    index_view_class = type(
        "GuideApplicationIndexView",
        (GuideIndexView,),
        {"statuses": (GuideStatus.PENDING, GuideStatus.DECLINED)},
    )
    list_display = ["member", "status", "applied_at"]
    list_filter = ["status", "regions"]


class GuideStatusChangeViewSet(ModelViewSet):
    model = GuideStatusChange
    menu_label = pgettext_lazy("network", "Guide decisions")
    icon = "history"
    index_view_class = NetworkIndexView
    inspect_view_enabled = True
    list_display = [
        "guide",
        "from_status",
        "to_status",
        "reason",
        "changed_by",
        "changed_at",
    ]
    list_filter = ["to_status", "changed_at"]
    search_fields = ["reason", "guide__member__display_name"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None
    list_export = [
        "guide",
        "from_status",
        "to_status",
        "reason",
        "changed_by",
        "changed_at",
    ]
    form_fields = ["reason"]


class NetworkViewSetGroup(ViewSetGroup):
    """The Network menu. Its own viewsets are its ``items``; they have no
    ``menu_hook`` of their own, since an item registered in the submenu hook
    as well would be listed twice. Other apps' viewsets (places) and menu items
    (figures) join through ``submenu_hook``."""

    menu_label = pgettext_lazy("network", "Network")
    menu_icon = "group"
    menu_order = 205
    submenu_hook = NETWORK_MENU_HOOK
    items = (
        MemberProfileViewSet("network_members"),
        GuideApplicationViewSet(),
        GuideViewSet(),
        GuideStatusChangeViewSet("network_guide_decisions"),
        *introductions_admin.VIEWSETS,
    )


@hooks.register("register_admin_viewset")
def register_network_viewsets():
    return NetworkViewSetGroup()


def guide_status_view(request, guide_id):
    """Staff approve, pause, revoke or decline a guide, with a reason."""
    if not request.user.has_perm("network.change_guideprofile"):
        raise PermissionDenied
    guide = get_object_or_404(
        GuideProfile.objects.select_related("member__user"), pk=guide_id
    )
    allowed = TRANSITIONS.get(guide.status, set())
    form = GuideStatusForm(
        request.POST if request.method == "POST" else None, allowed=allowed
    )
    if request.method == "POST" and form.is_valid():
        try:
            guide_set_status(
                guide=guide,
                status=form.cleaned_data["status"],
                reason=form.cleaned_data["reason"],
                by=request.user,
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(
                request,
                pgettext("network", "“%(guide)s” is now: %(status)s")
                % {
                    "guide": guide,
                    "status": GuideStatus(form.cleaned_data["status"]).label,
                },
            )
            return redirect(
                "network_guides:index"
                if form.cleaned_data["status"] != GuideStatus.DECLINED
                else "network_guide_applications:index"
            )
    return TemplateResponse(
        request,
        "network/admin/guide_status.html",
        {
            "guide": guide,
            "form": form,
            "history": guide.status_changes.select_related("changed_by"),
            "page_title": pgettext("network", "Decision on “%(guide)s”")
            % {"guide": guide},
        },
    )


# Exact figures are for those who may see the members themselves.
FIGURES_PERMISSION = "network.view_memberprofile"


def network_figures_view(request):
    """The network figures with exact counts (the public page hides counts
    below 5)."""
    from wagtail.models import Locale

    if not request.user.has_perm(FIGURES_PERMISSION):
        raise PermissionDenied
    locale = (
        Locale.objects.filter(language_code=get_language()).first()
        or Locale.get_default()
    )
    return TemplateResponse(
        request,
        "network/admin/figures.html",
        {
            "figures": network_figures(locale=locale, exact=True),
            "page_title": pgettext("network", "Network figures"),
        },
    )


class NetworkFiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(FIGURES_PERMISSION)


@hooks.register(NETWORK_MENU_HOOK)
def register_network_figures_menu_item():
    return NetworkFiguresMenuItem(
        pgettext_lazy("network", "Network figures"),
        reverse("network_figures"),
        icon_name="table",
        order=900,
    )


@hooks.register("register_admin_urls")
def register_guide_status_url():
    return [
        path(
            "network/guides/<int:guide_id>/status/",
            guide_status_view,
            name="network_guide_status",
        ),
        path("network/figures/", network_figures_view, name="network_figures"),
        *introductions_admin.URLS,
    ]
