"""When an event page is published, registrants hear what changed for them
(postponed, cancelled, a new date) and a raised capacity promotes the waitlist.

Only the default language's page triggers it: translations are synchronised
from it, and what registrants were told is remembered per session.
"""

from django.dispatch import receiver
from wagtail.models import Locale
from wagtail.signals import page_published

from cms.events.models import EventPage


@receiver(page_published, sender=EventPage, dispatch_uid="registrations_on_publish")
def notify_registrants(sender, instance, **kwargs):
    from .services import session_changes_notify

    if instance.locale_id != Locale.get_default().pk:
        return
    for session in instance.sessions.all():
        session_changes_notify(session=session)
