"""Community places (居場所) and the page that lists them.

Each place applies and is approved through the same services a group and the
staff use (cms.places.services), once: a rerun leaves existing places, their
status and their history alone and only brings their details up to date.
"""

from cms.demo.builders import default_locale, upsert_page
from cms.demo.content.places import PLACE_DETAILS, PLACE_INDEX, PLACES
from cms.places.choices import PlaceStatus
from cms.places.models import CommunityPlace, CommunityPlaceIndexPage
from cms.places.services import place_apply, place_approve


def load_places(ctx):
    ctx.pages["places"] = upsert_page(
        ctx.home,
        CommunityPlaceIndexPage,
        slug=PLACE_INDEX["slug"],
        title=PLACE_INDEX["title"],
        intro=PLACE_INDEX["intro"],
        show_in_menus=True,
    )
    locale = default_locale()
    for number, (
        name,
        kind,
        region,
        municipality,
        organiser,
        venue,
        schedule,
        description,
        contact,
        status,
    ) in enumerate(PLACES, start=1):
        address, accessibility, contact_name = PLACE_DETAILS[name]
        data = {
            "name": name,
            "kind": kind,
            "region": ctx.regions[region],
            "municipality": ctx.municipality(region, municipality),
            "organiser": organiser,
            "venue": venue,
            "address": address,
            "schedule": schedule,
            "accessibility": accessibility,
            "description": description,
            "contact": contact,
            "contact_name": contact_name,
            # example.jp is reserved: nothing sent there is ever delivered.
            "contact_email": f"place{number}@example.jp",
        }
        place = CommunityPlace.objects.filter(locale=locale, name=name).first()
        if place is None:
            place = place_apply(data=data, language="ja")
            if status == PlaceStatus.APPROVED:
                place_approve(place=place, user=None)
            continue
        changed = [
            field for field, value in data.items() if getattr(place, field) != value
        ]
        if changed:
            for field in changed:
                setattr(place, field, data[field])
            place.save(update_fields=changed)
