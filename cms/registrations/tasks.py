"""Work the task worker does for registrations."""

from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_registration_email(*, subject, body, recipients, attachments=()):
    """Mail a registrant or the staff (written by services.py); ``attachments``
    are ``(filename, text, mimetype)`` lists (the .ics file)."""
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, list(recipients))
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()
