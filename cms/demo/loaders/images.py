"""Map pictures for the case studies and upcoming events, in both languages.

Runs after the English translations exist: the English page gets its own
picture (English labels, English alt text) as a wagtail-localize override of the
synchronised image, the way an editor chooses another image in the translation
editor, so syncing the translation keeps it.
"""

import hashlib
from io import BytesIO

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail_localize.models import Translation

from cms.demo.content.maps import MAP_TEXTS
from cms.demo.content.stories import CASE_STUDIES
from cms.demo.loaders.events import upcoming_events
from cms.demo.loaders.localize import set_override
from cms.demo.maps import region_map_png
from cms.regions.models import Municipality, Region
from cms.stories.models import CaseStudyPage


def load_map_images(ctx):
    stories = CaseStudyPage.objects.child_of(ctx.pages["stories"])
    items = [
        (stories.get(slug=spec["slug"]), [(spec["region"], spec["municipality"])])
        for spec in CASE_STUDIES
    ]
    for spec in upcoming_events(ctx.today):
        places = []
        for session in spec["sessions"]:
            place = (session.get("region"), session.get("municipality"))
            if place[0] and place not in places:
                places.append(place)
        items.append((ctx.pages["event:" + spec["slug"]], places))
    for page, places in items:
        for translation in page.get_translations(inclusive=True).specific():
            _set_image(translation, page_map_image(translation, places))


def _set_image(page, image):
    if page.image_id == image.pk:
        return
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=page.locale
    ).first()
    if translation is None:  # the source page
        page.image = image
        page.save_revision().publish()
        return
    set_override(translation.source, page.locale, "image", image.pk)
    # Published when the transaction commits, as wagtail-localize does, so after
    # the copy that publishing the source queued (cms.translations), not before.
    translation.save_target(publish=page.live)


def page_map_image(page, places):
    """The map picture of ``page``: ``places`` ((region, municipality) slugs)
    marked, in the page's language; updated in place when its drawing changes,
    so reruns add no images."""
    language = page.locale.language_code
    texts = MAP_TEXTS[language]
    regions = _names(Region, page.locale)
    municipalities = _names(Municipality, page.locale)
    named = [
        {"region": regions[region], "municipality": municipalities[municipality]}
        for region, municipality in places
    ]
    if named:
        caption = texts["places_separator"].join(
            texts["place"].format(**place) for place in named
        )
        marked = texts["marked"].format(
            places=texts["alt_places_separator"].join(
                texts["alt_place"].format(**place) for place in named
            )
        )
    else:
        caption, marked = texts["online_caption"], texts["online_alt"]
    png = region_map_png(
        region_names=regions,
        highlighted={region for region, _municipality in places},
        marks=[
            (municipality, municipalities[municipality])
            for _region, municipality in places
        ],
        heading=texts["heading"],
        caption=caption,
        note=texts["note"],
    )
    alt = texts["alt"].format(
        regions=texts["regions_separator"].join(regions.values()), marked=marked
    )
    return _ensure_image(
        title=texts["title"].format(title=page.title),
        name=f"map-{page.slug}-{language}.png",
        png=png,
        description=alt,
    )


def _names(model, locale):
    rows = model.objects.filter(locale=locale).order_by("sort_order", "pk")
    if model is Municipality:
        rows = rows.order_by("region__sort_order", "sort_order", "pk")
    return {row.slug: row.name for row in rows}


def _ensure_image(*, title, name, png, description):
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    digest = hashlib.sha1(png).hexdigest()  # noqa: S324 (Wagtail's file hash)
    if image is not None and image.file_hash == digest:
        if image.description != description:
            image.description = description
            image.save(update_fields=["description"])
        return image
    if image is not None:
        image.file.delete(save=False)
        image.renditions.all().delete()  # drawn from the old picture
    image = image or image_model(title=title)
    image.description = description
    # An ImageFile, so the image's width and height are read from it.
    image.file = ImageFile(BytesIO(png), name=name)
    image._set_image_file_metadata()
    image.save()
    return image
