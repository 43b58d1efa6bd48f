from django.core.management.base import BaseCommand

from cms.places.services import place_confirmations_run


class Command(BaseCommand):
    help = (
        "Send the yearly re-confirmation reminders to community places and take "
        "places that were not re-confirmed in time off the public list (staff "
        "are told). Safe to run daily from cron."
    )

    def handle(self, *args, **options):
        reminded, lapsed = place_confirmations_run()
        self.stdout.write(f"Reminded {reminded} place(s); {lapsed} lapsed.")
