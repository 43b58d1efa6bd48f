"""Aomori prefecture's six regions and its 40 municipalities, in the usual order:
``cms/demo/data/ja/regions.toml``."""

from cms.demo.content import read

REGIONS = read("ja/regions.toml")["regions"]
