"""Community places (居場所) and the page that lists them."""

from cms.demo.builders import default_locale, upsert, upsert_page
from cms.demo.content.places import PLACE_INDEX, PLACES
from cms.places.models import CommunityPlace, CommunityPlaceIndexPage


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
    for (
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
    ) in PLACES:
        upsert(
            CommunityPlace,
            lookup={"locale": locale, "name": name},
            kind=kind,
            region=ctx.regions[region],
            municipality=ctx.municipality(region, municipality),
            organiser=organiser,
            venue=venue,
            schedule=schedule,
            description=description,
            contact=contact,
            status=status,
        )
