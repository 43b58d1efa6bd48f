from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)


def registration_data(**overrides):
    """What a visitor types into the form (cleaned)."""
    data = {
        "name": "青森 太郎",
        "name_kana": "あおもり たろう",
        "email": "taro@example.jp",
        "phone": "",
        "party_size": 1,
        "attendance": "on_site",
        "wants_gathering": False,
        "note": "",
    }
    data.update(overrides)
    return data


def open_session(parent, *, capacity=10, gathering_fee=None, **session_fields):
    """A session taking registrations on this site, on a fresh event page
    (under a new event index when ``parent`` is the home page)."""
    from cms.events.models import EventIndexPage

    if not isinstance(parent.specific, EventIndexPage):
        parent = EventIndexPage.objects.first() or EventIndexPageFactory(parent=parent)
    event = EventPageFactory(parent=parent, social_gathering_fee=gathering_fee)
    session_fields.setdefault("registration_on_site", True)
    return EventSessionFactory(page=event, capacity=capacity, **session_fields)
