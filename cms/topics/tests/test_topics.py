"""Topics read in the visitor's language: a Topic names a tag per language."""

import pytest
from taggit.models import Tag
from wagtail.models import Locale

from cms.stories.tests.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from cms.topics.models import Topic

pytestmark = pytest.mark.django_db


def test_a_page_shows_its_topics_in_its_own_language(client, home_page):
    english = Locale.objects.get_or_create(language_code="en")[0]
    index = CaseStudyIndexPageFactory(parent=home_page)
    story = CaseStudyPageFactory(parent=index)
    story.topics.add("子育て", "移住")
    story.save_revision().publish()
    tag = Tag.objects.get(name="子育て")
    topic = Topic.objects.create(tag=tag, name="子育て")
    Topic.objects.create(
        tag=tag, name="Parenting", locale=english, translation_key=topic.translation_key
    )
    home_en = home_page.copy_for_translation(english)
    home_en.save_revision().publish()
    index_en = index.copy_for_translation(english)
    index_en.save_revision().publish()
    story_en = story.copy_for_translation(english)
    story_en.save_revision().publish()

    japanese_html = client.get(story.url).content.decode()
    assert "<li>子育て</li>" in japanese_html
    english_html = client.get(story_en.url).content.decode()
    assert "<li>Parenting</li>" in english_html
    assert "<li>移住</li>" in english_html  # no English name yet: the tag's own

    # A renamed topic shows at once (the names' cache is dropped on save).
    Topic.objects.filter(locale=english).update(name="Raising children")
    Topic.objects.get(locale=english).save()
    assert "<li>Raising children</li>" in client.get(story_en.url).content.decode()
