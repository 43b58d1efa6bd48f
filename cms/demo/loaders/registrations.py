"""Registrations for upcoming sessions, made through the registration services
(seats counted, numbers given, the waitlist kept, e-mails queued) like a
visitor's sign-up or staff entering a phone application. The rows are
``cms/demo/data/ja/registrations.toml``."""

from cms.demo.content import read
from cms.events.models import EventSession
from cms.registrations.models import Registration
from cms.registrations.services import registration_create


def load_registrations(ctx):
    for entry in read("ja/registrations.toml")["sessions"]:
        page = ctx.pages["event:" + entry["event"]]
        session = page.sessions.order_by("sort_order")[entry["position"]]
        for row in entry["registrations"]:
            # Someone who gave only a phone number cannot be matched by address
            # (as the service does), so a rerun looks for the name.
            if Registration.objects.filter(
                seats__session_key=session.translation_key, name=row["name"]
            ).exists():
                continue
            language = row.get("language", "ja")
            registration_create(
                # The row of the page the person used.
                session=EventSession.objects.get(
                    translation_key=session.translation_key,
                    locale__language_code=language,
                ),
                data=row,
                language=language,
                channel=row.get("channel", "web"),
            )
