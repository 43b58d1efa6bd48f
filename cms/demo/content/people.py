"""People who speak at events or appear in stories, and organisations:
``cms/demo/data/ja/people.toml``, keyed as the other data files name them."""

from cms.demo.content import read

_DATA = read("ja/people.toml")
PEOPLE = _DATA["people"]
ORGANISATIONS = _DATA["organisations"]
