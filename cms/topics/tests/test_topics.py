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

    # A renamed topic shows at once (a save starts a new shared generation).
    Topic.objects.filter(locale=english).update(name="Raising children")
    Topic.objects.get(locale=english).save()
    assert "<li>Raising children</li>" in client.get(story_en.url).content.decode()


@pytest.mark.usefixtures("page_cache_on")
def test_a_renamed_topic_shows_on_a_cached_page_at_once(
    client, home_page, django_capture_on_commit_callbacks
):
    index = CaseStudyIndexPageFactory(parent=home_page)
    story = CaseStudyPageFactory(parent=index)
    story.topics.add("空き家")
    story.save_revision().publish()
    topic = Topic.objects.create(tag=Tag.objects.get(name="空き家"), name="空き家")
    assert "<li>空き家</li>" in client.get(story.url).content.decode()
    # Cached now: a second request is the page cache's copy.
    assert "<li>空き家</li>" in client.get(story.url).content.decode()
    topic.name = "空き家の活用"
    # The page cache is emptied when the change commits.
    with django_capture_on_commit_callbacks(execute=True):
        topic.save()
    assert "<li>空き家の活用</li>" in client.get(story.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        topic.delete()
    assert "<li>空き家</li>" in client.get(story.url).content.decode()
