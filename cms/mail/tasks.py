"""The one e-mail task every app queues (see the package's docstring)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django_tasks import task


def email_message(
    *, subject, body, to, from_email="", reply_to=(), html="", attachments=()
):
    """The message to send. ``attachments`` are ``(filename, text, mimetype)``
    (the task's arguments stay JSON-safe text); ``reply_to`` is whom an answer
    goes to (a visitor's own address on a contact message)."""
    message = EmailMultiAlternatives(
        subject,
        body,
        from_email or settings.DEFAULT_FROM_EMAIL,
        list(to),
        reply_to=list(reply_to) or None,
        # RFC 3834: written by the site, so no out-of-office replies to it.
        headers={"Auto-Submitted": "auto-generated"},
    )
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message


@task()
def send_email(**message):
    email_message(**message).send()


def queue_email(**message):
    """Send ``message`` (the arguments of ``email_message``) from the worker
    after the current transaction commits."""
    message["to"] = list(message["to"])
    message["reply_to"] = list(message.get("reply_to", ()))
    message["attachments"] = [list(a) for a in message.get("attachments", ())]
    transaction.on_commit(lambda: send_email.enqueue(**message))
