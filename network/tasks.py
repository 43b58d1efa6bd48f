"""Work the task worker does for the network app."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_member_email(*, subject, body, to, from_email=None, html=""):
    """Mail one member (account e-mails, guide decisions)."""
    message = EmailMultiAlternatives(subject, body, from_email, to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
