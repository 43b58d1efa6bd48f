"""Work the task worker does for registrations."""

from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task

CHECKIN_QR_FILENAME = "checkin-qr.png"


@task()
def send_registration_email(
    *, subject, body, recipients, attachments=(), checkin_url=""
):
    """Mail a registrant or the staff (written by services.py); ``attachments``
    are ``(filename, text, mimetype)`` lists (the .ics file). With
    ``checkin_url`` the message carries it as a QR code to show at the door
    (drawn here: the task's arguments stay small, JSON-safe text)."""
    from .qr import qr_png

    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, list(recipients))
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    if checkin_url:
        message.attach(CHECKIN_QR_FILENAME, qr_png(checkin_url), "image/png")
    message.send()
