"""Members' accounts (django-allauth): sign-up, verification, sign-in, deletion."""

import re

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation

from network.models import GuideStatusChange, MemberProfile
from network.services import member_delete, member_profile_update

from .factories import PASSWORD, GuideProfileFactory, image_upload

pytestmark = pytest.mark.django_db


def sign_up(client, email, language="ja"):
    with translation.override(language):
        url = reverse("account_signup")
    return client.post(
        url, {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )


def test_sign_up_verify_by_the_link_and_sign_in(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, "new@example.org")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="new@example.org")
    assert "new" not in user.username
    assert MemberProfile.objects.filter(user=user, visibility="hidden").exists()
    # Not signed in before the address is verified.
    assert client.get(reverse("network:home")).status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["new@example.org"]
    link = re.search(r"https?://[^/\s]+(/ja/accounts/confirm-email/\S+)", message.body)
    assert link, message.body
    assert client.get(link.group(1)).status_code == 200
    client.post(link.group(1))
    assert EmailAddress.objects.get(email="new@example.org").verified
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "new@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(reverse("network:home")).status_code == 200


def test_the_verification_email_is_in_the_visitors_language(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, "en@example.org", language="en")
    assert "/en/accounts/confirm-email/" in mail.outbox[0].body
    assert "Please Confirm Your Email Address" in mail.outbox[0].subject
    profile = MemberProfile.objects.get(user__email="en@example.org")
    assert profile.language == "en"


def test_the_account_pages_render_in_the_sites_design(client):
    for name in ("account_login", "account_signup", "account_reset_password"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        body = response.content.decode()
        assert 'class="site-header"' in body
        assert 'class="form"' in body
        assert "<script" not in body
    signup = client.get(reverse("account_signup")).content.decode()
    assert "メールアドレスは事務局だけが見ます。" in signup


def test_restricted_pages_send_visitors_to_the_members_login(client, home_page):
    from wagtail.models import PageViewRestriction

    from home.tests.factories import StandardPageFactory

    private = StandardPageFactory(parent=home_page, slug="members-only")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(private.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/ja/accounts/login/?next=")


def test_wrong_passwords_lock_the_account_out(client, member, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.ACCOUNT_RATE_LIMITS = False
    for _ in range(3):
        client.post(
            reverse("account_login"), {"login": member.user.email, "password": "wrong"}
        )
    response = client.post(
        reverse("account_login"), {"login": member.user.email, "password": PASSWORD}
    )
    assert response.status_code == 429
    assert AccessAttempt.objects.exists()


def test_deleting_an_account_erases_personal_data_and_anonymises_decisions(
    member, network_staff, django_capture_on_commit_callbacks
):
    from network.services import guide_set_status

    profile = member_profile_update(user=member.user, photo=image_upload())
    storage, photo_name = profile.photo.storage, profile.photo.name
    guide = GuideProfileFactory(member=member, status="pending")
    guide_set_status(
        guide=guide, status="approved", reason="山田さんは適任", by=network_staff
    )
    AccessAttempt.objects.create(
        username=member.user.email,
        ip_address="10.0.0.1",
        failures_since_start=1,
        get_data="",
        post_data="",
        http_accept="",
        path_info="/",
        user_agent="x",
    )
    user_id = member.user.pk
    with django_capture_on_commit_callbacks(execute=True):
        member_delete(user=member.user)
    assert not get_user_model().objects.filter(pk=user_id).exists()
    assert not MemberProfile.objects.filter(pk=member.pk).exists()
    assert not EmailAddress.objects.filter(user_id=user_id).exists()
    assert not AccessAttempt.objects.filter(username=member.user.email).exists()
    assert not storage.exists(photo_name)
    decision = GuideStatusChange.objects.get(to_status="approved")
    assert (decision.guide, decision.reason, decision.changed_by) == (
        None,
        "",
        network_staff,
    )


def test_allauths_rate_limits_are_on(client, member, settings):
    settings.AXES_FAILURE_LIMIT = 100  # allauth's limit comes first here
    for _ in range(5):
        client.post(
            reverse("account_login"), {"login": member.user.email, "password": "x"}
        )
    # Five failures for one e-mail: even the right password waits now.
    response = client.post(
        reverse("account_login"), {"login": member.user.email, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert client.get(reverse("network:home")).status_code == 302
