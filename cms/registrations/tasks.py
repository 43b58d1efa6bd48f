"""Work the task worker does for registrations."""

from django_tasks import task

from cms.mail.tasks import email_message

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

    message = email_message(
        subject=subject, body=body, to=recipients, attachments=attachments
    )
    if checkin_url:
        message.attach(CHECKIN_QR_FILENAME, qr_png(checkin_url), "image/png")
    message.send()
