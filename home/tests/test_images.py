"""Renditions are made at upload and served with a long cache lifetime."""

import pytest
from django.test import Client
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.images import RENDITION_SPECS

pytestmark = pytest.mark.django_db(transaction=True)


def test_renditions_are_generated_when_an_image_is_uploaded():
    image = get_image_model().objects.create(
        title="八甲田の雪景色", file=get_test_image_file(size=(1600, 1000))
    )
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert made == set(RENDITION_SPECS)


def test_renditions_are_served_with_a_long_cache_lifetime_and_originals_are_not():
    image = get_image_model().objects.create(
        title="十和田湖", file=get_test_image_file(size=(1600, 1000))
    )
    rendition = image.get_rendition("fill-640x400")
    response = Client().get(rendition.url)
    assert response.status_code == 200
    assert "max-age=2592000" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert Client().get("/media/" + image.file.name).status_code == 404
