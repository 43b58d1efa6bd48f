"""The migration and 関係人口 policy page and its outcome indicators:
``cms/demo/data/ja/policy.toml``."""

from cms.demo.content import read

_DATA = read("ja/policy.toml")
POLICY = _DATA["page"]
INDICATORS = _DATA["indicators"]
