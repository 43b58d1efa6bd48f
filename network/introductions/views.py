"""Pages of introduction requests: asking, the newcomer's page of a request,
the member's list, and the guide's pages. Writes go through ``services``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import pgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import Locale

from cms.security.ratelimit import rate_limit_count, rate_limit_exceeded

from ..choices import IntroductionStatus, WhoMayAsk
from ..selectors import member_guide
from ..views import _apply_errors
from . import selectors, services
from .forms import AskTargetForm, DeclineForm, FeedbackForm, IntroductionRequestForm

ASK_LIMIT = 5
ASK_WINDOW_SECONDS = 3600


def _language(request):
    return request.LANGUAGE_CODE.split("-")[0]


@never_cache
@require_http_methods(["GET", "POST"])
def ask(request):
    """Ask for an introduction to one guide, or to any guide of a region."""
    locale = Locale.get_active()
    target = AskTargetForm(request.GET, user=request.user, locale=locale)
    if not target.is_valid():
        raise Http404
    guide = target.cleaned_data["guide"]
    region = target.cleaned_data["region"]
    if guide is None and region is None:
        raise Http404
    if guide is not None and not request.user.is_authenticated:
        if guide.who_may_ask == WhoMayAsk.MEMBERS:
            return redirect_to_login(request.get_full_path())
    member = request.user if request.user.is_authenticated else None
    profile = getattr(member, "member_profile", None) if member else None
    initial = {"region": region}
    if guide is not None:
        initial["region"] = guide.regions.filter(locale=locale).first() or region
    if profile is not None:
        initial.update(
            name=profile.legal_name or profile.display_name,
            moving_from=profile.came_from,
            languages=profile.languages,
        )
    form = IntroductionRequestForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        locale=locale,
        member=member,
    )
    status = 200
    if request.method == "POST":
        if rate_limit_exceeded(
            request,
            scope="introduction",
            limit=ASK_LIMIT,
            window_seconds=ASK_WINDOW_SECONDS,
        ):
            form.add_error(
                None,
                pgettext(
                    "introduction",
                    "You sent several requests a moment ago. "
                    "Please try again in an hour.",
                ),
            )
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            try:
                created = services.introduction_request_create(
                    user=request.user,
                    guide=guide,
                    region=data["region"],
                    municipality=data["municipality"],
                    name=data["name"],
                    email=member.email if member else data["email"],
                    phone=data["phone"],
                    moving_from=data["moving_from"],
                    moving_when=data["moving_when"],
                    topics=data["topics"],
                    languages=data["languages"],
                    message=data["message"],
                    consent=data["consent"],
                    language=_language(request),
                )
            except ValidationError as error:
                _apply_errors(form, error)
            else:
                rate_limit_count(
                    request, scope="introduction", window_seconds=ASK_WINDOW_SECONDS
                )
                if member is not None:
                    messages.success(
                        request,
                        pgettext(
                            "introduction", "Your request is on its way to a guide."
                        ),
                    )
                    return redirect("network:introduction", created.token)
                return render(
                    request,
                    "network/introductions/sent.html",
                    {
                        "page_title": pgettext("introduction", "Check your e-mail"),
                        "email": created.email,
                    },
                )
        if form.errors and status == 200:
            status = 400
    return render(
        request,
        "network/introductions/ask.html",
        {
            "page_title": pgettext("introduction", "Ask for an introduction"),
            "form": form,
            "guide": guide,
            "region": region,
            "notice": services.consent_notice(),
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def introduction(request, token):
    """The newcomer's page of a request: its private link (a member's request
    also needs its member signed in)."""
    item = selectors.newcomer_request(token=token)
    if item is None:
        raise Http404
    if item.newcomer_id is not None:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.user.pk != item.newcomer_id:
            raise Http404
    feedback_form = FeedbackForm(
        request.POST if request.POST.get("action") == "feedback" else None
    )
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "confirm":
                services.introduction_request_confirm(request=item)
                done = pgettext(
                    "introduction", "Thank you: your e-mail address is confirmed."
                )
            elif action == "withdraw":
                services.introduction_request_withdraw(request=item, user=request.user)
                done = pgettext(
                    "introduction", "Your request and your consent are withdrawn."
                )
            elif action == "feedback" and feedback_form.is_valid():
                services.introduction_request_feedback(
                    request=item,
                    side="newcomer",
                    user=request.user,
                    **feedback_form.cleaned_data,
                )
                done = pgettext("introduction", "Thank you for your feedback.")
            elif action == "feedback":
                done = None
            else:
                raise Http404
        except ValidationError as error:
            _apply_errors(feedback_form, error)
            done = None
        if done:
            messages.success(request, done)
            return redirect("network:introduction", token)
    return render(
        request,
        "network/introductions/newcomer.html",
        {
            "page_title": str(item),
            "item": item,
            "feedback_form": feedback_form,
            "reasons": selectors.suggestion_reasons(item)
            if item.contact_released
            else [],
            "can_withdraw": IntroductionStatus.WITHDRAWN
            in services.TRANSITIONS[item.status],
        },
        status=400 if feedback_form.errors else 200,
    )


@login_required
@require_GET
def my_introductions(request):
    return render(
        request,
        "network/introductions/mine.html",
        {
            "page_title": pgettext("introduction", "My introduction requests"),
            "items": selectors.newcomer_requests(user=request.user),
        },
    )


def _guide_or_404(user):
    guide = member_guide(user=user)
    if guide is None:
        raise Http404
    return guide


@login_required
@require_GET
def guide_introductions(request):
    guide = _guide_or_404(request.user)
    return render(
        request,
        "network/introductions/guide_list.html",
        {
            "page_title": pgettext("introduction", "Introduction requests for me"),
            "guide": guide,
            "items": selectors.guide_requests(user=request.user),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def guide_introduction(request, request_id):
    """One request with the signed-in guide: accept, decline, mark introduced,
    give feedback."""
    item = selectors.guide_request(user=request.user, request_id=request_id)
    if item is None:
        raise Http404
    action = request.POST.get("action") if request.method == "POST" else None
    decline_form = DeclineForm(request.POST if action == "decline" else None)
    feedback_form = FeedbackForm(request.POST if action == "feedback" else None)
    if request.method == "POST":
        done = None
        try:
            if action == "accept":
                services.introduction_request_accept(request=item, user=request.user)
                done = pgettext(
                    "introduction",
                    "Accepted: the newcomer's contact details are below.",
                )
            elif action == "decline" and decline_form.is_valid():
                services.introduction_request_decline(
                    request=item,
                    user=request.user,
                    reason=decline_form.cleaned_data["reason"],
                )
                messages.success(
                    request,
                    pgettext(
                        "introduction", "Declined: the request goes to another guide."
                    ),
                )
                return redirect("network:guide_introductions")
            elif action == "introduced":
                services.introduction_request_mark_introduced(
                    request=item, user=request.user
                )
                done = pgettext("introduction", "Noted: you have met.")
            elif action == "feedback" and feedback_form.is_valid():
                services.introduction_request_feedback(
                    request=item,
                    side="guide",
                    user=request.user,
                    **feedback_form.cleaned_data,
                )
                done = pgettext("introduction", "Thank you for your feedback.")
            elif action not in ("decline", "feedback"):
                raise Http404
        except ValidationError as error:
            _apply_errors(
                feedback_form if action == "feedback" else decline_form, error
            )
        if done:
            messages.success(request, done)
            return redirect("network:guide_introduction", item.pk)
    return render(
        request,
        "network/introductions/guide.html",
        {
            "page_title": str(item),
            "item": item,
            "decline_form": decline_form,
            "feedback_form": feedback_form,
        },
        status=400 if decline_form.errors or feedback_form.errors else 200,
    )
