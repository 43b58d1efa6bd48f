"""Create or reset the demo superuser: ``python manage.py demo_admin``."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Create the superuser 'admin' (or reset its password) and print the password."
    )

    def handle(self, *args, **options):
        password = secrets.token_urlsafe(12)
        user, _created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.org"}
        )
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            f"Admin: http://127.0.0.1:8000/admin/  user: {USERNAME}  "
            f"password: {password}"
        )
