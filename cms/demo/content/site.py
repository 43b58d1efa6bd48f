"""The demo site's name, the home page, About, Contact and the footer's pages:
``cms/demo/data/ja/site.toml``."""

from cms.demo.content import read

SITE = read("ja/site.toml")
