"""A simplified map of Aomori prefecture for the demo's images: the outline of
each of its six regions and where its municipalities' offices are, in degrees
(longitude, latitude). Drawn by hand from a real map, to the accuracy a small
illustration needs; not for navigation."""

# Points on the coast and on the borders between regions, shared by the regions
# on either side so the drawn areas meet without gaps.
_P = {
    "akita_coast": (139.99, 40.42),
    "henashi": (139.87, 40.63),
    "fukaura_north": (140.03, 40.76),
    "ajigasawa_coast": (140.22, 40.80),
    "nanatsuishi": (140.28, 40.93),
    "kodomari": (140.30, 41.13),
    "nakadomari_north": (140.32, 41.19),
    "tappi": (140.35, 41.26),
    "imabetsu_coast": (140.50, 41.20),
    "tairadate": (140.60, 41.13),
    "yomogita_coast": (140.66, 40.95),
    "aomori_bay": (140.75, 40.84),
    "asamushi": (140.88, 40.87),
    "natsudomari": (140.88, 41.02),
    "hiranai_east": (141.00, 40.93),
    "noheji_bay": (141.12, 40.88),
    "yokohama_bay": (141.22, 41.05),
    "neck_bay": (141.22, 41.12),
    "ominato": (141.22, 41.25),
    "kawauchi": (141.02, 41.18),
    "wakinosawa": (140.82, 41.12),
    "sai_coast": (140.85, 41.42),
    "oma_cape": (140.91, 41.54),
    "kazamaura_coast": (141.15, 41.47),
    "shiriya": (141.46, 41.43),
    "higashidori_coast": (141.40, 41.20),
    "neck_pacific": (141.39, 41.10),
    "rokkasho_coast": (141.37, 40.98),
    "misawa_coast": (141.42, 40.70),
    "oirase_coast": (141.47, 40.60),
    "hachinohe_port": (141.53, 40.54),
    "tanesashi": (141.68, 40.45),
    "iwate_coast": (141.65, 40.36),
    "sannohe_south": (141.25, 40.30),
    "takko_south": (141.05, 40.22),
    "towada_lake_east": (140.92, 40.43),
    "towada_lake_west": (140.82, 40.45),
    "ikarigaseki": (140.65, 40.42),
    "yatate": (140.45, 40.40),
    "shirakami": (140.20, 40.45),
    "nishimeya_north": (140.30, 40.66),
    "itayanagi_south": (140.50, 40.70),
    "namioka": (140.58, 40.78),
    "hakkoda_west": (140.75, 40.65),
    "hakkoda": (140.88, 40.58),
    "hiranai_south": (140.98, 40.75),
    "towada_north": (141.10, 40.52),
    "gonohe_north": (141.30, 40.55),
    "kanita_west": (140.50, 40.95),
    "nakadomari_east": (140.40, 41.15),
}


def _outline(*names):
    return [_P[name] for name in names]


# Region slug (cms/demo/content/regions.py) -> its outline.
REGION_OUTLINES = {
    "tosei": _outline(
        "nakadomari_north", "tappi", "imabetsu_coast", "tairadate",
        "yomogita_coast", "aomori_bay", "asamushi", "natsudomari",
        "hiranai_east", "hiranai_south", "hakkoda", "hakkoda_west", "namioka",
        "kanita_west", "nakadomari_east",
    ),
    "chunan": _outline(
        "shirakami", "nishimeya_north", "itayanagi_south", "namioka",
        "hakkoda_west", "hakkoda", "towada_lake_west", "ikarigaseki", "yatate",
    ),
    "sanpachi": _outline(
        "oirase_coast", "hachinohe_port", "tanesashi", "iwate_coast",
        "sannohe_south", "takko_south", "towada_lake_east", "towada_north",
        "gonohe_north",
    ),
    "seihokugo": _outline(
        "akita_coast", "henashi", "fukaura_north", "ajigasawa_coast",
        "nanatsuishi", "kodomari", "nakadomari_north", "nakadomari_east",
        "kanita_west", "namioka", "itayanagi_south", "nishimeya_north",
        "shirakami",
    ),
    "kamitosan": _outline(
        "hiranai_east", "noheji_bay", "yokohama_bay", "neck_bay", "neck_pacific",
        "rokkasho_coast", "misawa_coast", "oirase_coast", "gonohe_north",
        "towada_north", "towada_lake_east", "towada_lake_west", "hakkoda",
        "hiranai_south",
    ),
    "shimokita": _outline(
        "neck_bay", "ominato", "kawauchi", "wakinosawa", "sai_coast", "oma_cape",
        "kazamaura_coast", "shiriya", "higashidori_coast", "neck_pacific",
    ),
}

# Where each region's name is written: inside it, clear of the usual markers.
REGION_LABEL_POINTS = {
    "tosei": (140.80, 40.74),
    "chunan": (140.50, 40.49),
    "sanpachi": (141.40, 40.38),
    "seihokugo": (140.16, 40.58),
    "kamitosan": (141.22, 40.72),
    "shimokita": (141.20, 41.40),
}

# Municipality slug -> (longitude, latitude) of its office, roughly.
MUNICIPALITY_POINTS = {
    "aomori": (140.74, 40.82),
    "hiranai": (140.96, 40.92),
    "imabetsu": (140.48, 41.17),
    "yomogita": (140.62, 40.97),
    "sotogahama": (140.58, 41.04),
    "hirosaki": (140.46, 40.60),
    "kuroishi": (140.59, 40.64),
    "hirakawa": (140.57, 40.58),
    "nishimeya": (140.31, 40.58),
    "fujisaki": (140.50, 40.66),
    "owani": (140.57, 40.52),
    "inakadate": (140.55, 40.63),
    "hachinohe": (141.49, 40.51),
    "sannohe": (141.26, 40.38),
    "gonohe": (141.31, 40.52),
    "takko": (141.15, 40.34),
    "nanbu": (141.38, 40.44),
    "hashikami": (141.60, 40.45),
    "shingo": (141.17, 40.47),
    "goshogawara": (140.44, 40.81),
    "tsugaru": (140.38, 40.81),
    "ajigasawa": (140.21, 40.77),
    "fukaura": (139.93, 40.64),
    "itayanagi": (140.46, 40.71),
    "tsuruta": (140.43, 40.76),
    "nakadomari": (140.43, 40.96),
    "towada": (141.21, 40.61),
    "misawa": (141.37, 40.68),
    "noheji": (141.13, 40.86),
    "shichinohe": (141.16, 40.74),
    "rokunohe": (141.33, 40.61),
    "yokohama": (141.25, 41.08),
    "tohoku": (141.26, 40.81),
    "rokkasho": (141.33, 40.96),
    "oirase": (141.40, 40.61),
    "mutsu": (141.18, 41.29),
    "oma": (140.92, 41.51),
    "higashidori": (141.34, 41.30),
    "kazamaura": (140.99, 41.49),
    "sai": (140.88, 41.42),
}

# The words on and about each map picture, per language: ``{region}`` and
# ``{municipality}`` are names in that language.
MAP_TEXTS = {
    "ja": {
        "heading": "青森県の6つの地域",
        "note": "地図は簡略化したものです。",
        "place": "{region}地域 {municipality}",
        "places_separator": "、",
        "online_caption": "オンライン開催。どこからでも参加できます。",
        "alt": "青森県の6つの地域({regions})を描いた地図。{marked}",
        "regions_separator": "、",
        "marked": "{places}に赤い印と名前があります。",
        "alt_place": "{region}地域の{municipality}",
        "alt_places_separator": "と",
        "online_alt": "オンラインで開くため、どの地域にも印はありません。",
        "title": "地図:{title}",
    },
    "en": {
        "heading": "Aomori Prefecture's six regions",
        "note": "A simplified map.",
        "place": "{municipality}, {region}",
        "places_separator": "; ",
        "online_caption": "Held online: join from anywhere.",
        "alt": "Map of Aomori Prefecture's six regions ({regions}). {marked}",
        "regions_separator": ", ",
        "marked": "A red marker and label show {places}.",
        "alt_place": "{municipality} in the {region} region",
        "alt_places_separator": " and ",
        "online_alt": "The event is held online, so no region is marked.",
        "title": "Map: {title}",
    },
}
