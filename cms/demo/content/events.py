"""Events, their sessions and a panel report: ``cms/demo/data/ja/events.toml``."""

from cms.demo.content import read

EVENTS = read("ja/events.toml")
