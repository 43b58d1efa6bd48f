"""Regions and municipalities, people and organisations, topics."""

from django.db.models import Q
from taggit.models import Tag

from cms.demo.builders import default_locale, upsert
from cms.demo.content.people import ORGANISATIONS, PEOPLE
from cms.demo.content.regions import REGIONS
from cms.people.models import Organisation, Person
from cms.regions.models import Municipality, Region
from cms.topics.models import Topic


def load_regions(ctx):
    locale = default_locale()
    for position, spec in enumerate(REGIONS):
        slug = spec["slug"]
        region = upsert(
            Region,
            lookup={"locale": locale, "slug": slug},
            name=spec["name"],
            description=spec["description"],
            sort_order=position,
        )
        ctx.regions[slug] = region
        for m_position, municipality in enumerate(spec["municipalities"]):
            m_slug = municipality["slug"]
            ctx.municipalities[(slug, m_slug)] = upsert(
                Municipality,
                lookup={"locale": locale, "region": region, "slug": m_slug},
                name=municipality["name"],
                sort_order=m_position,
            )


def load_people(ctx):
    locale = default_locale()
    for key, person in PEOPLE.items():
        ctx.people[key] = upsert(
            Person,
            lookup={"locale": locale, "name": person["name"]},
            name_kana=person["kana"],
            affiliation=person["affiliation"],
            # TOML has no none: a field left out is empty.
            origin=person.get("origin", ""),
            bio=person["bio"],
        )
    for key, organisation in ORGANISATIONS.items():
        ctx.organisations[key] = upsert(
            Organisation,
            lookup={"locale": locale, "name": organisation["name"]},
            url=organisation.get("url", ""),
        )


def load_topics(ctx):
    """A Topic (the tag's name shown to visitors) for every tag on the demo's
    pages; its English name comes with the translations."""
    locale = default_locale()
    tags = Tag.objects.filter(
        Q(events_eventpagetag_items__isnull=False)
        | Q(stories_casestudypagetag_items__isnull=False)
    ).distinct()
    for tag in tags:
        upsert(Topic, lookup={"tag": tag, "locale": locale}, name=tag.name)
