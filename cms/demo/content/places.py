"""Community places (居場所) and the page that lists them:
``cms/demo/data/ja/places.toml``."""

from cms.demo.content import read

_DATA = read("ja/places.toml")
PLACE_INDEX = _DATA["index"]
PLACES = _DATA["places"]
