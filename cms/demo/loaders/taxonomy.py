"""Regions and municipalities, people and organisations."""

from cms.demo.builders import default_locale, upsert
from cms.demo.content.people import ORGANISATIONS, PEOPLE
from cms.demo.content.regions import REGIONS
from cms.people.models import Organisation, Person
from cms.regions.models import Municipality, Region


def load_regions(ctx):
    locale = default_locale()
    for position, (slug, name, description, municipalities) in enumerate(REGIONS):
        region = upsert(
            Region,
            lookup={"locale": locale, "slug": slug},
            name=name,
            description=description,
            sort_order=position,
        )
        ctx.regions[slug] = region
        for m_position, (m_slug, m_name) in enumerate(municipalities):
            ctx.municipalities[(slug, m_slug)] = upsert(
                Municipality,
                lookup={"locale": locale, "region": region, "slug": m_slug},
                name=m_name,
                sort_order=m_position,
            )


def load_people(ctx):
    locale = default_locale()
    for key, (name, kana, affiliation, origin, bio) in PEOPLE.items():
        ctx.people[key] = upsert(
            Person,
            lookup={"locale": locale, "name": name},
            name_kana=kana,
            affiliation=affiliation,
            origin=origin,
            bio=bio,
        )
    for key, (name, url) in ORGANISATIONS.items():
        ctx.organisations[key] = upsert(
            Organisation, lookup={"locale": locale, "name": name}, url=url
        )
