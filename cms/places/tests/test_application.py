"""A group applies to list its place: the public form, its errors and its limit."""

import pytest
from django.core import mail

from cms.places import views
from cms.places.choices import PlaceActor, PlaceStatus
from cms.places.models import CommunityPlace
from cms.places.tests.factories import CommunityPlaceIndexPageFactory
from cms.regions.tests.factories import MunicipalityFactory, RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return CommunityPlaceIndexPageFactory(parent=home_page)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        "office", "office@kaiki.example", "x"
    )


@pytest.fixture
def goshogawara():
    region = RegionFactory(name="西北五", slug="seihokugo")
    return MunicipalityFactory(region=region, name="五所川原市", slug="goshogawara")


def apply_url(index):
    return index.url + index.reverse_subpage("apply")


def valid(municipality):
    return {
        "name": "こども食堂ぽかぽか",
        "kind": "children_cafeteria",
        "organiser": "ぽかぽかの会",
        "region": str(municipality.region.pk),
        "municipality": str(municipality.pk),
        "venue": "地区の集会所",
        "address": "青森県五所川原市字本町1-1",
        "schedule": "毎月第1・第3土曜日 11:00〜14:00",
        "accessibility": "入口に段差はありません。",
        "description": "地元の野菜で一緒に料理をつくります。",
        "contact": "",
        "contact_name": "津軽 花子",
        "contact_email": "hanako@example.jp",
        "contact_phone": "0173-00-0000",
        "consent": "on",
    }


def test_the_places_list_links_to_the_form(client, index):
    response = client.get(index.url)
    assert f'href="{apply_url(index)}"' in response.content.decode()
    assert client.get(apply_url(index)).status_code == 200


def test_an_application_is_recorded_waiting_and_both_sides_are_told(
    client, index, goshogawara, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url(index), valid(goshogawara))
    assert response.status_code == 302
    assert response["Location"] == index.url + index.reverse_subpage("applied")
    place = CommunityPlace.objects.get()
    assert place.status == PlaceStatus.PENDING
    assert place.locale.language_code == "ja"
    # A Japanese name would be percent-encoded in every link: kind and town instead.
    assert place.slug == "children-cafeteria-goshogawara"
    assert place.municipality == goshogawara
    assert place.contact_email == "hanako@example.jp"
    assert place.consented_at is not None
    assert place.confirmed_at is None
    (change,) = place.status_changes.all()
    assert (change.from_status, change.to_status) == ("", PlaceStatus.PENDING)
    assert change.actor == PlaceActor.GROUP
    to_group, to_staff = sorted(
        mail.outbox, key=lambda m: m.to != ["hanako@example.jp"]
    )
    assert to_group.to == ["hanako@example.jp"]
    assert "こども食堂ぽかぽか" in to_group.subject
    assert to_staff.to == ["office@kaiki.example"]
    assert f"/admin/snippets/places/communityplace/edit/{place.pk}/" in to_staff.body
    # Not listed until approved.
    assert "こども食堂ぽかぽか" not in client.get(index.url).content.decode()
    page = index.url + index.reverse_subpage("place", args=(place.slug,))
    assert client.get(page).status_code == 404


def test_an_english_application_gets_english_e_mails(
    client, home_page, goshogawara, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")
    home_page.copy_for_translation(english).save_revision().publish()
    index = CommunityPlaceIndexPageFactory(parent=home_page)
    english_index = index.copy_for_translation(english)
    english_index.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url(english_index), valid(goshogawara))
    assert response.status_code == 302
    place = CommunityPlace.objects.get()
    assert place.contact_language == "en"
    assert place.locale.language_code == "ja"
    (email,) = mail.outbox
    assert email.subject == "We have received your application: こども食堂ぽかぽか"


def test_bad_input_is_refused_in_japanese_and_kept(client, index, goshogawara):
    data = {**valid(goshogawara), "contact_email": "not-an-address", "name": " "}
    del data["consent"]
    response = client.post(apply_url(index), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"name", "contact_email", "consent"}
    html = response.content.decode()
    assert "有効なメールアドレスを入力してください。" in html
    assert "掲載には、同意が必要です。" in html
    assert 'value="not-an-address"' in html
    assert 'value="ぽかぽかの会"' in html
    assert "地元の野菜で一緒に料理をつくります。" in html
    assert f'<option value="{goshogawara.pk}" selected>' in html
    assert not CommunityPlace.objects.exists()


def test_a_municipality_outside_the_region_is_refused(client, index, goshogawara):
    other = RegionFactory(name="下北", slug="shimokita")
    data = {**valid(goshogawara), "region": str(other.pk)}
    response = client.post(apply_url(index), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"municipality"}
    assert not CommunityPlace.objects.exists()


def test_an_unknown_municipality_is_refused(client, index, goshogawara):
    data = {**valid(goshogawara), "municipality": "999999"}
    response = client.post(apply_url(index), data)
    assert set(response.context["form"].errors) == {"municipality"}


def test_the_same_name_twice_gets_two_slugs(client, index, goshogawara):
    client.post(apply_url(index), valid(goshogawara))
    client.post(apply_url(index), valid(goshogawara))
    assert sorted(CommunityPlace.objects.values_list("slug", flat=True)) == [
        "children-cafeteria-goshogawara",
        "children-cafeteria-goshogawara-2",
    ]


def test_a_route_name_is_never_a_slug(client, index, goshogawara):
    client.post(apply_url(index), {**valid(goshogawara), "name": "Apply"})
    assert CommunityPlace.objects.get().slug == "apply-2"


def test_only_accepted_applications_count_against_the_limit(client, index, goshogawara):
    limit = views.APPLICATIONS_PER_WINDOW
    for _ in range(limit + 2):  # refused ones don't count
        client.post(apply_url(index), {**valid(goshogawara), "contact_email": "x"})
    for _ in range(limit):
        assert client.post(apply_url(index), valid(goshogawara)).status_code == 302
    response = client.post(apply_url(index), valid(goshogawara))
    assert response.status_code == 429
    html = response.content.decode()
    assert "短時間に何度も申し込みがありました" in html
    assert 'value="ぽかぽかの会"' in html
    assert CommunityPlace.objects.count() == limit
