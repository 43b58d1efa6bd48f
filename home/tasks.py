"""Work the task worker does for the home app."""

from django_tasks import task
from wagtail.admin.mail import send_mail


@task()
def send_contact_message(*, subject, body, recipients, from_email):
    """Mail a contact form message to the office (Wagtail's form e-mail)."""
    send_mail(subject, body, recipients, from_email)
