"""Documents of the library, the library page, and the issuers and sections
documents share: ``cms/demo/data/ja/library.toml`` (``cms.demo.loaders.library``
writes out what a document names)."""

from cms.demo.content import read

_DATA = read("ja/library.toml")
LIBRARY = _DATA["library"]
ISSUERS = _DATA["issuers"]
SHARED_SECTIONS = _DATA["shared_sections"]
DOCUMENTS = _DATA["documents"]
# The main handout of each venue of the 2022 network meeting, with placeholders.
MEETING_MATERIAL = _DATA["meeting_material"]
