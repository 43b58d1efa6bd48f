"""The demo's facts, as data. Sentences are written for the demo; people are invented.

Facts about past events (dates, venues, capacities, fees, programmes) follow the
public pages the product was conceived from; names of people never do. The
Japanese text is moving into TOML files in ``cms/demo/data/ja/`` (read with
``read``); the English is in PO files beside it (``cms.demo.loaders.localize``).
"""

import tomllib
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def read(name):
    """The TOML data file ``cms/demo/data/<name>`` as a dict."""
    with (DATA / name).open("rb") as file:
        return tomllib.load(file)
