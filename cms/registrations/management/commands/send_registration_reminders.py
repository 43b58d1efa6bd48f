"""Daily: e-mail registrants the reminder their event asks for (once each).

cron: 0 8 * * *  cd /srv/kaiki && .venv/bin/python manage.py send_registration_reminders
"""

from django.core.management.base import BaseCommand

from cms.registrations.services import registration_send_reminders


class Command(BaseCommand):
    help = "E-mail event reminders to registrants (run daily; never sends twice)."

    def handle(self, *args, **options):
        sent = registration_send_reminders()
        self.stdout.write(f"{sent} reminder(s) sent")
