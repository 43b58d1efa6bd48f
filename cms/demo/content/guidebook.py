"""The web guidebook and its PDF edition: ``cms/demo/data/ja/guidebook.toml``."""

from cms.demo.content import read

_DATA = read("ja/guidebook.toml")
GUIDEBOOK = _DATA["guidebook"]
GUIDEBOOK_PDF = _DATA["pdf"]
CHAPTERS = _DATA["chapters"]
