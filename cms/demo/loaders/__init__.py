"""Loaders turn the facts in ``cms.demo.content`` into pages, snippets and documents.

Each loader is a small function taking the shared ``DemoContext``; the
``load_demo_data`` command calls them in order.
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")


def at(date, hhmm):
    """An aware datetime in Asia/Tokyo for a date and an "HH:MM" time."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.datetime(
        date.year, date.month, date.day, hour, minute, tzinfo=TOKYO
    )


@dataclass
class DemoContext:
    today: datetime.date
    site_address: str = ""  # e.g. "http://127.0.0.1:8001": set the Site's address
    home: object = None
    regions: dict = field(default_factory=dict)  # slug -> Region
    municipalities: dict = field(
        default_factory=dict
    )  # (region slug, slug) -> Municipality
    people: dict = field(default_factory=dict)  # key -> Person
    organisations: dict = field(default_factory=dict)  # key -> Organisation
    documents: dict = field(default_factory=dict)  # key -> LibraryDocument
    pages: dict = field(default_factory=dict)  # name -> Page, for links between pages

    def municipality(self, region_slug, slug):
        return self.municipalities[(region_slug, slug)] if slug else None

    def docs(self, keys):
        return [self.documents[key] for key in keys]
