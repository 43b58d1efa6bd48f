"""Case studies: the index lists them newest first, each page tells its story."""

import datetime
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms.people.tests.factories import PersonFactory
from cms.stories.models import CaseStudyPerson
from cms.stories.tests.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from home.tests.utils import KaikiPageTestCase, assert_queries_flat

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return CaseStudyIndexPageFactory(parent=home_page, intro="先輩たちの話")


class RenderTests(KaikiPageTestCase):
    def test_index_and_story_are_renderable(self):
        index = CaseStudyIndexPageFactory(parent=self.home)
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(CaseStudyPageFactory(parent=index))


def test_index_lists_stories_newest_first(client, index):
    older = timezone.now() - datetime.timedelta(days=30)
    CaseStudyPageFactory(parent=index, title="古い話", first_published_at=older)
    CaseStudyPageFactory(parent=index, title="新しい話")
    response = client.get(index.url)
    assert response.status_code == 200
    assert [s.title for s in response.context["stories"]] == ["新しい話", "古い話"]
    html = response.content.decode()
    assert "古い話" in html and "新しい話" in html


def test_draft_stories_are_not_listed(client, index):
    CaseStudyPageFactory(parent=index, title="下書きの話", live=False)
    response = client.get(index.url)
    assert list(response.context["stories"]) == []
    assert "下書きの話" not in response.content.decode()


def test_story_page(client, index):
    story = CaseStudyPageFactory(
        parent=index,
        title="八戸でカフェを開いた話",
        body=[("paragraph", "<p>空き店舗を借りました。</p>")],
    )
    story.topics.add("起業")
    story.save()
    CaseStudyPerson.objects.create(
        page=story, person=PersonFactory(name="南部 花子"), role="guest"
    )
    response = client.get(story.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "八戸でカフェを開いた話" in html
    assert "空き店舗を借りました。" in html
    assert "南部 花子" in html
    assert story.region.name in html


def test_index_queries_are_flat(client, index):
    image = Image.objects.create(title="写真", file=get_test_image_file())

    def add(count):
        for _ in range(count):
            story = CaseStudyPageFactory(parent=index, image=image)
            story.topics.add("移住", "起業")
            story.save()

    assert_queries_flat(client, index.url, add=add, budget=12)


def picture_tags(html):
    """The <source> and <img> attributes of the page's only <picture>."""
    tags = []

    class Picture(HTMLParser):
        inside = False

        def handle_starttag(self, tag, attrs):
            if tag == "picture":
                self.inside = True
            elif self.inside and tag in ("source", "img"):
                tags.append((tag, dict(attrs)))

        def handle_endtag(self, tag):
            if tag == "picture":
                self.inside = False

    Picture().feed(html)
    sources = [attrs for tag, attrs in tags if tag == "source"]
    (img,) = [attrs for tag, attrs in tags if tag == "img"]
    return sources, img


def test_story_images_are_responsive_pictures_with_alt_text(client, index):
    alt = "青森県の6つの地域を描いた地図。中南地域の弘前市に赤い印があります。"
    image = Image.objects.create(
        title="地図", description=alt, file=get_test_image_file(size=(1200, 800))
    )
    story = CaseStudyPageFactory(parent=index, image=image)

    sources, img = picture_tags(client.get(story.url).content.decode())
    (webp,) = [source for source in sources if source.get("type") == "image/webp"]
    assert [entry.split()[-1] for entry in webp["srcset"].split(", ")] == [
        "400w",
        "800w",
        "1200w",
    ]
    assert webp["sizes"]
    assert img["alt"] == alt
    assert (img["width"], img["height"]) == ("400", "266")
    assert "loading" not in img  # near the top of the page: loaded at once

    sources, img = picture_tags(client.get(index.url).content.decode())
    (webp,) = [source for source in sources if source.get("type") == "image/webp"]
    assert [entry.split()[-1] for entry in webp["srcset"].split(", ")] == [
        "360w",
        "720w",
    ]
    assert img["alt"] == alt
    assert (img["width"], img["height"]) == ("360", "225")
    assert img["loading"] == "lazy"


def test_a_story_links_to_its_community_place_while_it_is_listed(
    client, home_page, index
):
    from cms.places.models import PlaceStatus
    from cms.places.tests.factories import (
        CommunityPlaceFactory,
        CommunityPlaceIndexPageFactory,
    )

    places = CommunityPlaceIndexPageFactory(parent=home_page)
    place = CommunityPlaceFactory(name="こども食堂ぽかぽか", slug="pokapoka")
    story = CaseStudyPageFactory(parent=index, community_place=place)
    place_url = places.url + places.reverse_subpage("place", args=["pokapoka"])

    html = client.get(story.url).content.decode()
    assert f'<a href="{place_url}">こども食堂ぽかぽか</a>' in html
    assert client.get(place_url).status_code == 200

    # Off the public list (waiting for staff again): the story no longer names it.
    place.status = PlaceStatus.PENDING
    place.save()
    html = client.get(story.url).content.decode()
    assert "こども食堂ぽかぽか" not in html
    assert place_url not in html
