"""Work the task worker does for the home app."""

from django_tasks import task
from wagtail.admin.mail import send_mail


@task()
def send_contact_message(*, subject, body, recipients, from_email, reply_to=()):
    """Mail a contact form message to the office (Wagtail's form e-mail);
    ``reply_to`` is the visitor's address, so the office answers them."""
    send_mail(subject, body, recipients, from_email, reply_to=list(reply_to) or None)
