"""The home page (replacing Wagtail's welcome page), the Site, the organisation
settings, and the About and Contact pages."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from cms.demo.builders import (
    block,
    paragraph,
    root_page,
    sections_of,
    upsert,
    upsert_page,
)
from cms.demo.content import read
from cms.demo.content.site import SITE
from cms.organisation.models import OrganisationProfile
from home.models import ContactPage, HomePage, OrganisationSettings, StandardPage

HOME_SLUG = "home"


def load_home(ctx):
    """Make a HomePage the default site's root, retiring Wagtail's welcome page."""
    root = root_page()
    home = HomePage.objects.child_of(root).filter(slug=HOME_SLUG).first()
    if home is None:
        welcome = root.get_children().filter(slug=HOME_SLUG).first()
        if welcome is not None:
            # Free the slug; the page itself goes once the site points elsewhere.
            welcome.slug = "wagtail-welcome"
            welcome.save()
        home = upsert_page(root, HomePage, slug=HOME_SLUG, **_home_fields(ctx))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or ctx.site_address or _is_wagtail_placeholder(site):
        # Absolute links (canonical, hreflang, Open Graph, sitemap, calendar files)
        # name this address. A Site someone set up (in the admin, or an earlier
        # run) keeps its own unless an address is asked for explicitly.
        site = site or Site(is_default_site=True)
        site.hostname, site.port = site_address(
            ctx.site_address or settings.WAGTAILADMIN_BASE_URL
        )
    site.root_page = home
    site.site_name = SITE["site_name"]
    site.save()
    _delete_welcome_page(root)
    ctx.home = home


def site_address(url):
    """(hostname, port) of an address such as ``http://127.0.0.1:8001``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not an http(s) address: {url!r}")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def _is_wagtail_placeholder(site):
    """The Site Wagtail's first migration makes: localhost:80 on its welcome page."""
    return (
        site.hostname == "localhost"
        and site.port == 80
        and site.root_page.specific_class is Page
    )


def _delete_welcome_page(root):
    """Wagtail's "Welcome to your new Wagtail site!" page: a bare Page, no children."""
    for page in root.get_children().filter(slug="wagtail-welcome"):
        if page.specific_class is Page and page.numchild == 0:
            page.delete()


def _home_fields(ctx):
    home = SITE["home"]
    fields = {
        "title": home["title"],
        "hero_heading": home["hero_heading"],
        "hero_text": home["hero_text"],
        "hero_link_label": home["hero_link_label"],
        "body": [paragraph(*home["intro"])],
    }
    events = ctx.pages.get("events")
    if events is not None:
        fields["hero_link"] = events
    about = ctx.pages.get("about")
    if about is not None:
        fields["body"] = [
            paragraph(*home["intro"]),
            block(
                "callout",
                {
                    "title": home["callout_title"],
                    "text": home["callout_text"],
                    # The guide box leads to the guide directory once it exists.
                    "link": ctx.pages.get("guides", about).pk,
                },
            ),
        ]
    return fields


def finish_home(ctx):
    """Link the hero and callout once the pages they point to exist."""
    ctx.home = upsert_page(root_page(), HomePage, slug=HOME_SLUG, **_home_fields(ctx))


def load_organisation(ctx):
    """The organisation's contact details (the site's settings) and its texts
    (the Japanese profile; its English comes with the other snippets'
    translations, ``cms.demo.loaders.localize``)."""
    site = Site.objects.get(root_page=ctx.home)
    organisation = read("ja/organisation.toml")
    upsert(OrganisationSettings, lookup={"site": site}, **organisation["contact"])
    upsert(
        OrganisationProfile,
        lookup={"site": site, "locale": Locale.get_default()},
        **organisation["profile"],
    )


def load_about(ctx):
    about = SITE["about"]
    ctx.pages["about"] = upsert_page(
        ctx.home,
        StandardPage,
        slug=about["slug"],
        title=about["title"],
        intro=about["intro"],
        body=sections_of(about["sections"]),
        show_in_menus=True,
    )


def load_contact(ctx):
    contact = SITE["contact"]
    fields = [
        {
            "label": field["label"],
            "field_type": field["field_type"],
            "required": field["required"],
            # TOML has no none: a field left out is empty.
            "help_text": field.get("help_text", ""),
        }
        for field in contact["fields"]
    ]
    ctx.pages["contact"] = upsert_page(
        ctx.home,
        ContactPage,
        slug=contact["slug"],
        title=contact["title"],
        intro=contact["intro"],
        thank_you_text=contact["thank_you_text"],
        to_address=contact["to_address"],
        from_address=contact["from_address"],
        subject=contact["subject"],
        form_fields=fields,
    )


def load_footer_pages(ctx):
    """The privacy policy and accessibility statement, and the organisation
    settings' footer links to them and to the contact page."""
    for name in ("privacy", "accessibility"):
        content = SITE[name]
        ctx.pages[name] = upsert_page(
            ctx.home,
            StandardPage,
            slug=content["slug"],
            title=content["title"],
            intro=content["intro"],
            body=sections_of(content["sections"]),
        )
    upsert(
        OrganisationSettings,
        lookup={"site": Site.objects.get(root_page=ctx.home)},
        contact_page=ctx.pages["contact"],
        privacy_page=ctx.pages["privacy"],
        accessibility_page=ctx.pages["accessibility"],
    )
