"""Members, guides and the guide directory, through the network app's services."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from cms.demo.builders import upsert_page
from cms.demo.content.network import NETWORK
from cms.demo.loaders import at
from network.choices import GuideStatus
from network.introductions import services as introductions
from network.models import (
    GuideDirectoryPage,
    GuideProfile,
    IntroductionRequest,
    NetworkFiguresPage,
)
from network.services import (
    guide_application_submit,
    guide_set_status,
    member_profile_update,
)

NETWORK_PERMISSIONS = [
    "view_memberprofile",
    "change_memberprofile",
    "view_guideprofile",
    "change_guideprofile",
    "view_guidestatuschange",
    "view_introductionrequest",
    "change_introductionrequest",
    "view_introductionoffer",
    "view_introductiontransition",
]
# How a guide reaches each demo status from a new application.
PATHS = {
    GuideStatus.PENDING: [],
    GuideStatus.APPROVED: [GuideStatus.APPROVED],
    GuideStatus.PAUSED: [GuideStatus.APPROVED, GuideStatus.PAUSED],
}


def demo_user(email, **extra):
    """A member account with a verified address (no usable password: see
    ``manage.py demo_members``)."""
    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"username": email.split("@")[0], **extra}
    )
    if created:
        user.set_unusable_password()
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _office():
    office = NETWORK["office"]
    group, _created = Group.objects.get_or_create(name=office["group"])
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="network", codename__in=NETWORK_PERMISSIONS
        ),
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
    )
    user = demo_user(office["email"], is_staff=True)
    user.groups.add(group)
    return user


def load_network(ctx):
    directory, figures = NETWORK["directory"], NETWORK["figures"]
    ctx.pages["guides"] = upsert_page(
        ctx.home,
        GuideDirectoryPage,
        slug=directory["slug"],
        title=directory["title"],
        intro=directory["intro"],
        looking_intro=directory["looking_intro"],
        show_in_menus=True,
    )
    ctx.pages["figures"] = upsert_page(
        ctx.home,
        NetworkFiguresPage,
        slug=figures["slug"],
        title=figures["title"],
        intro=figures["intro"],
    )
    office = _office()
    for member in NETWORK["members"]:
        user = demo_user(member["email"])
        profile = member["profile"]
        # TOML has no "none": a field left out is empty.
        fields = {"year_moved": None, **profile}
        fields["region"] = ctx.regions.get(profile.get("region"))
        fields["municipality"] = ctx.municipality(
            profile.get("region"), profile.get("municipality")
        )
        member_profile_update(user=user, **fields)
        guide = member.get("guide")
        if guide is None:
            continue
        status = member["status"]
        guide_fields = dict(guide)
        regions = [ctx.regions[slug] for slug in guide_fields.pop("regions")]
        municipalities = [
            ctx.municipality(region, slug)
            for region, slug in guide_fields.pop("municipalities")
        ]
        is_new = not GuideProfile.objects.filter(member__user=user).exists()
        saved = guide_application_submit(
            user=user, regions=regions, municipalities=municipalities, **guide_fields
        )
        if is_new:
            for step in PATHS[status]:
                saved = guide_set_status(
                    guide=saved,
                    status=step,
                    reason=member["reason"] if step == status else "",
                    by=office,
                )
    load_introductions(ctx, office=office)


def load_introductions(ctx, *, office):
    """Requests in every state, each through the state machine at its own
    (past) time. A request already there (same e-mail and message) is left
    alone, so a second run changes nothing."""
    users = get_user_model().objects

    def when(days, hhmm):
        return at(ctx.today - datetime.timedelta(days=days), hhmm)

    def guide_of(email):
        return GuideProfile.objects.get(member__user__email=email)

    for spec in NETWORK["introductions"]:
        newcomer = users.get(email=spec["by"]) if "by" in spec else None
        email = spec.get("by") or spec["email"]
        if IntroductionRequest.objects.filter(
            email=email, message=spec["message"]
        ).exists():
            continue
        request = introductions.introduction_request_create(
            user=newcomer,
            region=ctx.regions[spec["region"]],
            municipality=ctx.municipality(spec["region"], spec.get("municipality")),
            guide=guide_of(spec["guide"]) if "guide" in spec else None,
            name=spec["name"],
            email=email,
            message=spec["message"],
            consent=True,
            language=spec.get("language", "ja"),
            moving_from=spec["moving_from"],
            moving_when=spec["moving_when"],
            topics=spec["topics"],
            languages=spec["languages"],
            now=when(*spec["asked"]),
        )
        for action, days, hhmm, *args in spec["steps"]:
            request.refresh_from_db()
            now = when(days, hhmm)
            guide_user = request.guide.member.user if request.guide else None
            if action == "confirm":
                introductions.introduction_request_confirm(request=request, now=now)
            elif action == "accept":
                introductions.introduction_request_accept(
                    request=request, user=guide_user, now=now
                )
            elif action == "decline":
                introductions.introduction_request_decline(
                    request=request, user=guide_user, reason=args[0], now=now
                )
            elif action == "reassign":
                introductions.introduction_request_reassign(
                    request=request,
                    guide=guide_of(args[0]),
                    reason=args[1],
                    by=office,
                    now=now,
                )
            elif action == "introduced":
                introductions.introduction_request_mark_introduced(
                    request=request, user=guide_user, now=now
                )
            elif action == "feedback":
                side, rating, comment = args
                introductions.introduction_request_feedback(
                    request=request,
                    side=side,
                    rating=rating,
                    comment=comment,
                    user=guide_user if side == "guide" else newcomer,
                    now=now,
                )
            elif action == "withdraw":
                introductions.introduction_request_withdraw(
                    request=request, user=newcomer, now=now
                )
            elif action == "expire":
                introductions.introduction_request_expire(
                    request=request, note=args[0], now=now
                )
            else:
                raise ValueError(action)
