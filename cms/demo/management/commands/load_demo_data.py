"""Build the demo site: ``python manage.py load_demo_data``. Safe to run again."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.demo.loaders import DemoContext
from cms.demo.loaders.events import load_events
from cms.demo.loaders.images import load_map_images
from cms.demo.loaders.library import load_documents, load_library_page
from cms.demo.loaders.localize import load_english_translations
from cms.demo.loaders.network import load_network
from cms.demo.loaders.news import load_news
from cms.demo.loaders.places import load_places
from cms.demo.loaders.policies import load_policies
from cms.demo.loaders.programmes import load_programmes
from cms.demo.loaders.registrations import load_registrations
from cms.demo.loaders.site import (
    finish_home,
    load_about,
    load_contact,
    load_footer_pages,
    load_home,
    load_organisation,
)
from cms.demo.loaders.site import site_address as site_address_parts
from cms.demo.loaders.stories import load_case_studies
from cms.demo.loaders.taxonomy import load_people, load_regions, load_topics
from cms.demo.pdfs import register_japanese_font
from cms.events.models import EventPage, EventSession
from cms.library.models import LibraryDocument
from cms.people.models import Person
from cms.places.models import CommunityPlace
from cms.regions.models import Municipality, Region

STEPS = [
    load_home,
    load_organisation,
    load_regions,
    load_people,
    load_documents,
    load_about,
    load_events,
    load_library_page,
    load_case_studies,
    load_places,
    load_programmes,
    # Again: the stories mention the grant page, which exists only now.
    load_case_studies,
    load_policies,
    load_news,
    load_contact,
    load_footer_pages,
    load_network,
    finish_home,
    load_topics,
    # The English of every page and snippet, from PO files (wagtail-localize).
    load_english_translations,
    # After the translations: the English pages' own map pictures.
    load_map_images,
    # Last: registrations in English need the English sessions.
    load_registrations,
]


class Command(BaseCommand):
    help = "Create or update the demo site (Aomori): pages, documents, people, places."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-address",
            default="",
            help=(
                "Give the default Site this address (e.g. http://127.0.0.1:8001), "
                "even if it has one. Without it, only a new Site gets an address: "
                "WAGTAILADMIN_BASE_URL."
            ),
        )

    def handle(self, *args, site_address="", **options):
        if site_address:
            try:
                site_address_parts(site_address)
            except ValueError as error:
                raise CommandError(str(error)) from error
        register_japanese_font()  # fail before writing anything if the font is missing
        ctx = DemoContext(today=timezone.localdate(), site_address=site_address)
        # The reference index (what uses what) is built once, at the end: kept
        # up to date on every save, it was rebuilt 1,400 times for 900 rows, as
        # the demo saves most objects several times (drafts, translations,
        # publishing). About 4 s of a 90 s load.
        with transaction.atomic(), disable_reference_index_auto_update():
            for step in STEPS:
                step(ctx)
        call_command("rebuild_references_index", verbosity=0)
        # Outside the transaction: PDF text is extracted on commit, then indexed.
        call_command("update_index", verbosity=0)
        self._summary()

    def _summary(self):
        counts = {
            "pages": Page.objects.count(),
            "events": EventPage.objects.count(),
            "sessions": EventSession.objects.count(),
            "documents": LibraryDocument.objects.count(),
            "people": Person.objects.count(),
            "regions": Region.objects.count(),
            "municipalities": Municipality.objects.count(),
            "community places": CommunityPlace.objects.count(),
        }
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        for label, count in counts.items():
            self.stdout.write(f"  {label}: {count}")
