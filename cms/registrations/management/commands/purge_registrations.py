"""Daily: delete registrants' personal data some months after their session.

cron: 30 3 * * *  cd /srv/kaiki && .venv/bin/python manage.py purge_registrations
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.registrations.services import registrations_purge


class Command(BaseCommand):
    help = "Delete personal data of registrations for sessions that ended long ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=settings.KAIKI_REGISTRATION_RETENTION_MONTHS,
            help="Sessions that ended more than this many months ago.",
        )

    def handle(self, *args, months, **options):
        count = registrations_purge(months=months)
        self.stdout.write(f"{count} registration(s) anonymised")
