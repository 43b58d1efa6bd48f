"""English translations of the main pages and the regions (wagtail-localize).

Pages are created with ``copy_for_translation`` (so synchronised fields such as
sessions, dates and capacities start as copies of the Japanese page) and then
given their English texts; every rerun copies the synchronised fields again, so
the English page can't drift from the Japanese one. Editors can keep editing
them in the admin like any other translation.
"""

from wagtail.models import Locale

from cms.demo.builders import (
    block,
    paragraph,
    sections_stream,
    upsert,
    upsert_translation,
)
from cms.demo.content import english
from cms.regions.models import Municipality, Region
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
        fields.update(ctx.synchronised[slug])
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
                    "link": about.pk,
                },
            ),
        ],
    )
    ctx.pages["home:en"] = home


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
