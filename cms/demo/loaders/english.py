"""English translations of the main pages, the regions and people (wagtail-localize).

Pages are created with ``copy_for_translation`` (so synchronised fields such as
dates and capacities start as copies of the Japanese page) and then given their
English texts; every rerun copies the synchronised fields again, so the English
page can't drift from the Japanese one. Editors can keep editing them in the
admin like any other translation. Topics (tags) get their English names
(``cms.demo.content.english_sections.TOPICS``).

Sessions, people on a page and programme items are translated too: an English
session is the Japanese session's row in English (same ``translation_key``, same
times, capacity and region) with English title, venue and address. Rows are
matched by translation key and updated in place, so their ids survive reruns.
"""

from django.db.models import Q
from taggit.models import Tag
from wagtail.models import Locale

from cms.demo.builders import (
    block,
    paragraph,
    sections_stream,
    upsert,
    upsert_translation,
)
from cms.demo.content import english
from cms.demo.content.english_sections import TOPICS
from cms.events.models import EventPerson, EventSession
from cms.people.models import Organisation, Person
from cms.regions.models import Municipality, Region
from cms.topics.models import Topic
from home.models import OrganisationSettings


def english_locale():
    return Locale.objects.get_or_create(language_code="en")[0]


def load_english_regions(ctx):
    locale = english_locale()
    for slug, region in ctx.regions.items():
        name, description = english.REGIONS[slug]
        translated = _snippet_translation(region, locale)
        ctx.regions_en[slug] = upsert(
            Region,
            lookup={"pk": translated.pk},
            name=name,
            description=description,
            slug=region.slug,
            sort_order=region.sort_order,
        )
    for (region_slug, slug), municipality in ctx.municipalities.items():
        translated = _snippet_translation(municipality, locale)
        upsert(
            Municipality,
            lookup={"pk": translated.pk},
            region=ctx.regions_en[region_slug],
            name=english.MUNICIPALITIES[slug],
            slug=municipality.slug,
            sort_order=municipality.sort_order,
        )


def _snippet_translation(obj, locale):
    translation = obj.get_translation_or_none(locale)
    if translation is None:
        translation = obj.copy_for_translation(locale)
        if isinstance(translation, Municipality):
            translation.region = obj.region.get_translation(locale)
        translation.save()
    return translation


def load_english_people(ctx):
    """English translations of the people and organisations on translated pages."""
    locale = english_locale()
    for key, (name, affiliation, origin, bio) in english.PEOPLE.items():
        person = ctx.people[key]
        translated = _snippet_translation(person, locale)
        ctx.people_en[key] = upsert(
            Person,
            lookup={"pk": translated.pk},
            name=name,
            affiliation=affiliation,
            origin=origin,
            bio=bio,
            name_kana=person.name_kana,
            photo=person.photo,
        )
    for key, name in english.ORGANISATIONS.items():
        organisation = ctx.organisations[key]
        translated = _snippet_translation(organisation, locale)
        upsert(
            Organisation,
            lookup={"pk": translated.pk},
            name=name,
            url=organisation.url,
        )


def load_english_topics(ctx):
    """A Topic for every tag on the demo's pages, in Japanese and English."""
    locale = english_locale()
    japanese = Locale.get_default()
    tags = Tag.objects.filter(
        Q(events_eventpagetag_items__isnull=False)
        | Q(stories_casestudypagetag_items__isnull=False)
    ).distinct()
    for tag in tags:
        topic = upsert(Topic, lookup={"tag": tag, "locale": japanese}, name=tag.name)
        translated = _snippet_translation(topic, locale)
        upsert(
            Topic,
            lookup={"pk": translated.pk},
            name=TOPICS.get(tag.name, tag.name),
        )


def load_english_organisation(ctx):
    settings = OrganisationSettings.objects.get(site__root_page=ctx.home)
    upsert(OrganisationSettings, lookup={"pk": settings.pk}, **english.ORGANISATION)


def load_english_pages(ctx):
    """Home, About, Events (with its main events) and the Library, in English."""
    locale = english_locale()
    home = upsert_translation(
        ctx.home,
        locale,
        title=english.HOME["title"],
        hero_heading=english.HOME["hero_heading"],
        hero_text=english.HOME["hero_text"],
        hero_link_label=english.HOME["hero_link_label"],
    )
    about = upsert_translation(
        ctx.pages["about"],
        locale,
        title=english.ABOUT["title"],
        intro=english.ABOUT["intro"],
        body=sections_stream(english.ABOUT["sections"]),
    )
    events = upsert_translation(
        ctx.pages["events"],
        locale,
        title=english.EVENT_INDEX["title"],
        intro=english.EVENT_INDEX["intro"],
    )
    for slug, texts in english.EVENTS.items():
        source = ctx.pages["event:" + slug]
        fields = dict(texts)
        fields["body"] = [paragraph(*texts["body"])]
        fields["application_methods"] = _english_methods(source)
        synchronised = ctx.synchronised[slug]
        fields.update(synchronised)
        # Tags stay in Japanese (synchronised); Topic rows name them in English.
        fields["topics"] = synchronised["topics"]
        fields["sessions"] = _english_sessions(
            source, synchronised["sessions"], english.EVENT_SESSIONS.get(slug, [])
        )
        fields["people"] = _english_people(
            ctx,
            source,
            synchronised["people"],
            english.EVENT_PEOPLE_NOTES.get(slug, {}),
        )
        fields["programme"] = _english_programme(
            ctx, synchronised["programme"], english.EVENT_PROGRAMMES.get(slug, [])
        )
        upsert_translation(source, locale, **fields)
    upsert_translation(
        ctx.pages["library"],
        locale,
        title=english.LIBRARY["title"],
        intro=english.LIBRARY["intro"],
    )
    # Links between English pages point to English pages.
    upsert_translation(
        ctx.home,
        locale,
        hero_link=events,
        body=[
            paragraph(*english.HOME["intro"]),
            block(
                "callout",
                {
                    "title": english.HOME["callout_title"],
                    "text": english.HOME["callout_text"],
                    # The guide directory once it is translated (a first run
                    # translates it later: load_english_network links it then).
                    "link": _english_guides(ctx, locale, about).pk,
                },
            ),
        ],
    )
    ctx.pages["home:en"] = home


def _english_guides(ctx, locale, fallback):
    guides = ctx.pages.get("guides")
    translation = guides.get_translation_or_none(locale) if guides else None
    return translation or fallback


def _english_methods(source):
    """The Japanese page's ways to apply, with English labels and notes."""
    by_contact = {
        (
            method["type"],
            method["value"].get("url") or method["value"].get("value"),
        ): method
        for method in [*english.COUNCIL_APPLY, *english.SHAKYO_APPLY]
    }
    methods = []
    for child in source.application_methods.raw_data:
        value = child["value"]
        key = (child["type"], value.get("url") or value.get("value"))
        methods.append(by_contact.get(key, {"type": child["type"], "value": value}))
    return methods


def _translation_keys(model, page):
    """Translation keys of ``page``'s ``model`` children, in their order."""
    return list(
        model.objects.filter(page=page)
        .order_by("sort_order")
        .values_list("translation_key", flat=True)
    )


def _english_sessions(source, rows, texts):
    """The Japanese session rows with English texts, each keyed to its Japanese
    session. Texts not given in English keep the Japanese ones."""
    keys = _translation_keys(EventSession, source)
    sessions = []
    for position, row in enumerate(rows):
        english_texts = texts[position] if position < len(texts) else {}
        sessions.append({**row, **english_texts, "translation_key": keys[position]})
    return sessions


def _english_people(ctx, source, rows, notes):
    """The same people and roles (the Japanese Person: the relation is
    synchronised; pages show it in English), with English notes."""
    keys = _translation_keys(EventPerson, source)
    person_keys = {person.pk: key for key, person in ctx.people.items()}
    return [
        {
            **row,
            "note": notes.get(person_keys[row["person"].pk], ""),
            "translation_key": keys[position],
        }
        for position, row in enumerate(rows)
    ]


def _english_programme(ctx, items, texts):
    """The Japanese programme with English titles and descriptions: same times,
    same speakers (their English translations, as wagtail-localize would link)."""
    english_pks = {
        ctx.people[key].pk: person.pk for key, person in ctx.people_en.items()
    }
    programme = []
    for position, item in enumerate(items):
        value = dict(item["value"])
        if position < len(texts):
            value["title"], value["description"] = texts[position]
        value["speakers"] = [english_pks.get(pk, pk) for pk in value["speakers"]]
        programme.append(block(item["type"], value))
    return programme
