"""The demo's map pictures: the drawn regions hold their municipalities, and a
picture is the same bytes every time (the loader recognises it by its hash)."""

from io import BytesIO

from PIL import Image

from cms.demo.content.maps import (
    MUNICIPALITY_POINTS,
    REGION_LABEL_POINTS,
    REGION_OUTLINES,
)
from cms.demo.content.regions import REGIONS
from cms.demo.maps import region_map_png


def inside(point, outline):
    """Ray casting: whether ``point`` lies inside the polygon ``outline``."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(outline, [*outline[1:], outline[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def test_every_municipality_and_region_name_is_drawn_inside_its_region():
    assert set(REGION_OUTLINES) == {region["slug"] for region in REGIONS}
    for region in REGIONS:
        slug = region["slug"]
        assert inside(REGION_LABEL_POINTS[slug], REGION_OUTLINES[slug]), slug
        for municipality in region["municipalities"]:
            point = MUNICIPALITY_POINTS[municipality["slug"]]
            drawn_in = [
                region
                for region, outline in REGION_OUTLINES.items()
                if inside(point, outline)
            ]
            assert drawn_in == [slug], municipality["slug"]


def test_a_map_is_a_png_drawn_the_same_every_time():
    names = {region["slug"]: region["name"] for region in REGIONS}

    def draw():
        return region_map_png(
            region_names=names,
            highlighted={"chunan"},
            marks=[("hirosaki", "弘前市")],
            heading="青森県の6つの地域",
            caption="中南地域 弘前市",
            note="地図は簡略化したものです。",
        )

    png = draw()
    assert png == draw()
    picture = Image.open(BytesIO(png))
    assert (picture.format, picture.size) == ("PNG", (1200, 800))
    # The marked place is drawn in the marker's red, which nothing else uses.
    assert (200, 36, 43) in {colour for _count, colour in picture.getcolors(65536)}
