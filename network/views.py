"""The member's own pages: profile, guide application, data download, deletion.

Every view here shows or changes the signed-in member's own data only: none
takes another member's id, except the photo, which follows the profile's
visibility.
"""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import Locale

from .forms import DeleteAccountForm, GuideApplicationForm, MemberProfileForm
from .models import GuideDirectoryPage, MemberProfile
from .selectors import member_data_export, member_guide
from .services import guide_application_submit, member_delete, member_profile_update


def _locale():
    return Locale.get_active()


def _posted(request):
    # An empty POST is still a submission: its errors must show.
    return request.POST if request.method == "POST" else None


def _apply_errors(form, error):
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
@require_GET
def member_home(request):
    profile = (
        MemberProfile.objects.filter(user=request.user)
        .select_related("region", "municipality")
        .first()
    )
    return render(
        request,
        "network/member_home.html",
        {
            "page_title": pgettext("network", "My page"),
            "profile": profile,
            "guide": member_guide(user=request.user),
            "directory": GuideDirectoryPage.objects.live_in_any(_locale()),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = MemberProfile.objects.filter(user=request.user).first()
    form = MemberProfileForm(
        _posted(request),
        request.FILES if request.method == "POST" else None,
        instance=profile,
        locale=_locale(),
    )
    if request.method == "POST" and form.is_valid():
        fields = {
            name: value
            for name, value in form.cleaned_data.items()
            if name not in ("photo", "remove_photo")
        }
        try:
            member_profile_update(
                user=request.user,
                photo=form.cleaned_data["photo"],
                remove_photo=form.cleaned_data.get("remove_photo", False),
                **fields,
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, pgettext("network", "Your profile is saved."))
            return redirect("network:home")
    return render(
        request,
        "network/profile_form.html",
        {
            "page_title": pgettext("network", "Edit my profile"),
            "form": form,
            "profile": profile,
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def guide_apply(request):
    guide = member_guide(user=request.user)
    form = GuideApplicationForm(_posted(request), instance=guide, locale=_locale())
    if request.method == "POST" and form.is_valid():
        fields = {
            name: form.cleaned_data[name]
            for name in form.Meta.fields
            if name not in ("regions", "municipalities")
        }
        try:
            guide_application_submit(
                user=request.user,
                regions=form.cleaned_data["regions"],
                municipalities=form.cleaned_data["municipalities"],
                **fields,
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(
                request,
                pgettext("network", "Your guide application is saved.")
                if guide is None
                else pgettext("network", "Your guide details are saved."),
            )
            return redirect("network:home")
    return render(
        request,
        "network/guide_form.html",
        {
            "page_title": pgettext("network", "Apply to be a guide")
            if guide is None
            else pgettext("network", "My guide details"),
            "form": form,
            "guide": guide,
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def data_export(request):
    data = member_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="kaiki-my-data-{stamp}.json"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    form = DeleteAccountForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        member_delete(user=user)
        messages.success(
            request, pgettext("network", "Your account and personal data are deleted.")
        )
        return redirect(f"/{request.LANGUAGE_CODE}/")
    return render(
        request,
        "network/account_delete.html",
        {"page_title": pgettext("network", "Delete my account"), "form": form},
        status=400 if form.errors else 200,
    )


@require_GET
def member_photo(request, profile_id):
    """A member's photo, to those who may see their profile."""
    profile = (
        MemberProfile.objects.visible_to(request.user)
        .filter(pk=profile_id)
        .exclude(photo="")
        .first()
    )
    if profile is None:
        raise Http404
    response = FileResponse(profile.photo.open("rb"), content_type="image/jpeg")
    # Not for shared caches: visibility can change, and depends on who asks.
    response["Cache-Control"] = "private, max-age=600"
    return response
