"""Give the demo's member and guide a fresh password and print their sign-in:
``python manage.py demo_members`` (after ``load_demo_data``)."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.demo.content.network import DEMO_GUIDE, DEMO_MEMBER

LOGIN_URL = "http://127.0.0.1:8000/ja/accounts/login/"


class Command(BaseCommand):
    help = "Reset the demo member's and guide's passwords and print them."

    def handle(self, *args, **options):
        for label, email in (("Member", DEMO_MEMBER), ("Guide", DEMO_GUIDE)):
            user = get_user_model().objects.filter(email=email).first()
            if user is None:
                raise CommandError(f"{email} does not exist: run load_demo_data first.")
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(
                f"{label}: {LOGIN_URL}  e-mail: {email}  password: {password}"
            )
