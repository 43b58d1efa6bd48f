import pytest
from django.contrib.auth.models import Group, Permission

from cms.regions.tests.factories import MunicipalityFactory, RegionFactory

from .factories import GuideDirectoryPageFactory, MemberProfileFactory, UserFactory


@pytest.fixture
def directory(home_page):
    return GuideDirectoryPageFactory(parent=home_page)


@pytest.fixture
def regions(home_page):
    """Two regions with a municipality each, in the home page's language."""
    tosei = RegionFactory(name="東青", slug="tosei", locale=home_page.locale)
    sanpachi = RegionFactory(name="三八", slug="sanpachi", locale=home_page.locale)
    aomori = MunicipalityFactory(
        region=tosei, name="青森市", slug="aomori", locale=home_page.locale
    )
    hachinohe = MunicipalityFactory(
        region=sanpachi, name="八戸市", slug="hachinohe", locale=home_page.locale
    )
    return {
        "tosei": tosei,
        "sanpachi": sanpachi,
        "aomori": aomori,
        "hachinohe": hachinohe,
    }


@pytest.fixture
def member(db):
    return MemberProfileFactory()


@pytest.fixture
def other_member(db):
    return MemberProfileFactory()


def _staff(*, with_network):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if with_network:
        group, _ = Group.objects.get_or_create(name="Network staff")
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="network",
                codename__in=[
                    "view_memberprofile",
                    "change_memberprofile",
                    "view_guideprofile",
                    "change_guideprofile",
                    "view_guidestatuschange",
                    "view_introductionrequest",
                    "change_introductionrequest",
                    "view_introductionoffer",
                    "view_introductiontransition",
                ],
            )
        )
        user.groups.add(group)
    return user


@pytest.fixture
def staff_without_network(db):
    return _staff(with_network=False)


@pytest.fixture
def network_staff(db):
    return _staff(with_network=True)
