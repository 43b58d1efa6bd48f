"""Work the task worker does for community places."""

from django_tasks import task
from wagtail.admin.mail import send_mail


@task()
def send_place_email(*, subject, body, recipients):
    """Mail a group or the staff about a place (written by services.py)."""
    send_mail(subject, body, recipients)
