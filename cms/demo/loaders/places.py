"""Community places (居場所) and the page that lists them.

Each place applies and is approved through the same services a group and the
staff use (cms.places.services), once: a rerun leaves existing places, their
status and their history alone and only brings their details up to date.
"""

from cms.demo.builders import default_locale, upsert_page
from cms.demo.content.places import PLACE_INDEX, PLACES
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
    for number, spec in enumerate(PLACES, start=1):
        name, region = spec["name"], spec["region"]
        data = {
            "name": name,
            "kind": spec["kind"],
            "region": ctx.regions[region],
            "municipality": ctx.municipality(region, spec["municipality"]),
            "organiser": spec["organiser"],
            "venue": spec["venue"],
            "address": spec["address"],
            "schedule": spec["schedule"],
            # TOML has no none: a field left out is empty.
            "accessibility": spec.get("accessibility", ""),
            "description": spec["description"],
            "contact": spec.get("contact", ""),
            "contact_name": spec["contact_person"],
            # example.jp is reserved: nothing sent there is ever delivered.
            "contact_email": f"place{number}@example.jp",
        }
        place = CommunityPlace.objects.filter(locale=locale, name=name).first()
        if place is None:
            place = place_apply(data=data, language="ja")
            if spec["status"] == PlaceStatus.APPROVED:
                place_approve(place=place, user=None)
            continue
        changed = [
            field for field, value in data.items() if getattr(place, field) != value
        ]
        if changed:
            for field in changed:
                setattr(place, field, data[field])
            place.save(update_fields=changed)
