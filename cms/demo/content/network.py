"""Members and guides of the demo network: ``cms/demo/data/ja/network.toml``."""

from cms.demo.content import read

NETWORK = read("ja/network.toml")

# The demo's sign-in data (printed by ``manage.py demo_members``).
DEMO_MEMBER = NETWORK["demo_member"]
DEMO_GUIDE = NETWORK["demo_guide"]
