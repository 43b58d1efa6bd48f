"""Run hourly: remind guides who have not answered an introduction request,
pass requests on after a second wait, queue them for staff when no guide is
left, and expire visitors' requests never confirmed.

    17 * * * *  cd /srv/kaiki && .venv/bin/python manage.py escalate_introductions
"""

from django.core.management.base import BaseCommand

from network.introductions.services import introductions_escalate


class Command(BaseCommand):
    help = "Remind, pass on, queue or expire unanswered introduction requests."

    def handle(self, *args, **options):
        counts = introductions_escalate()
        self.stdout.write(
            "reminded={reminded} reoffered={reoffered} queued={queued} "
            "expired={expired}".format(**counts)
        )
