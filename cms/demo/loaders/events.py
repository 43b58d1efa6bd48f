"""The event index, past and upcoming events, their sessions and a panel report:
``cms/demo/data/ja/events.toml``."""

import datetime

from cms.demo.builders import block, paragraph, sections_of, upsert_page
from cms.demo.content.events import EVENTS
from cms.events.models import EventIndexPage, EventPage, PanelReportPage

from . import at
from .library import meeting_material_key

ONLINE_URL = "https://zoom.example.jp/j/0000000000"
WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


def load_events(ctx):
    index = upsert_page(
        ctx.home,
        EventIndexPage,
        slug=EVENTS["index"]["slug"],
        title=EVENTS["index"]["title"],
        intro=EVENTS["index"]["intro"],
        show_in_menus=True,
    )
    ctx.pages["events"] = index
    for spec in EVENTS["past_events"]:
        event = _event(ctx, index, spec)
        if "report" in spec:
            _panel_report(ctx, event, spec["report"])
    for spec in upcoming_events(ctx.today):
        _event(ctx, index, spec)


def upcoming_events(today):
    """The upcoming events, their sessions dated from ``today``, so the demo never
    looks finished."""
    return [
        {
            **spec,
            "sessions": [
                {**session, "date": _day_ahead(today, session)}
                for session in spec["sessions"]
            ],
        }
        for spec in EVENTS["upcoming_events"]
    ]


def _day_ahead(today, session):
    """``days_ahead`` days from today, moved forward to ``weekday`` if given."""
    date = today + datetime.timedelta(days=session["days_ahead"])
    if "weekday" in session:
        weekday = WEEKDAYS.index(session["weekday"])
        date += datetime.timedelta(days=(weekday - date.weekday()) % 7)
    # The office is closed from 29 December to 3 January: a week later.
    while in_new_year_closure(date):
        date += datetime.timedelta(days=7)
    return date


def in_new_year_closure(date):
    return (date.month, date.day) >= (12, 29) or (date.month, date.day) <= (1, 3)


def _event(ctx, index, spec):
    fields = {
        "title": spec["title"],
        "kind": spec["kind"],
        "summary": spec["summary"],
        "body": [paragraph(*spec["body"])],
        "topics": spec.get("topics", []),
        "target_audience": _audience(spec),
        "entry_fee": spec.get("entry_fee"),
        "entry_fee_note": spec.get("entry_fee_note", ""),
        "social_gathering_fee": spec.get("social_gathering_fee"),
        "social_gathering_note": spec.get("social_gathering_note", ""),
        "programme": [_timetable_item(ctx, item) for item in spec.get("programme", [])],
        "application_methods": _application_methods(spec),
        "application_note": spec.get("application_note", ""),
        "issues_certificate": spec.get("issues_certificate", False),
        "certificate_note": spec.get("certificate_note", ""),
        "sessions": [
            # Fields every session shares, unless the session sets its own.
            _session(ctx, {**spec.get("every_session", {}), **session})
            for session in spec["sessions"]
        ],
        "people": _people(ctx, spec.get("people", [])),
        "organisations": [
            {
                "organisation": ctx.organisations[row["organisation"]],
                "role": row["role"],
            }
            for row in spec.get("organisations", [])
        ],
    }
    page = upsert_page(index, EventPage, slug=spec["slug"], **fields)
    ctx.pages["event:" + spec["slug"]] = page
    return page


def _audience(spec):
    if "audience" in spec:  # shared by several events
        return EVENTS["audiences"][spec["audience"]]
    return spec.get("target_audience", "")


def _application_methods(spec):
    """The ways to apply of the organiser the event names, those in ``apply_by``
    if it lists some."""
    if "application_methods" not in spec:
        return []
    methods = EVENTS["application_methods"][spec["application_methods"]]
    kinds = spec.get("apply_by", list(methods))
    return [
        {"type": kind, "value": value}
        for kind, value in methods.items()
        if kind in kinds
    ]


def _timetable_item(ctx, item):
    return block(
        "item",
        {
            "starts_at": item["start"],
            "ends_at": item["end"],
            "title": item["title"],
            "description": item.get("description", ""),
            "speakers": [ctx.people[key].pk for key in item.get("speakers", [])],
        },
    )


def _people(ctx, rows):
    return [
        {
            "person": ctx.people[row["person"]],
            "role": row["role"],
            "note": row.get("note", ""),
        }
        for row in rows
    ]


def _session(ctx, spec):
    date = spec["date"]
    deadline = None
    if "deadline_days_before" in spec:
        deadline_day = date - datetime.timedelta(days=spec["deadline_days_before"])
        deadline = at(deadline_day, "23:59")
    online = spec.get("online_available", False)
    return {
        "title": spec.get("title", ""),
        # An online-only session has no region (nor municipality).
        "region": ctx.regions[spec["region"]] if "region" in spec else None,
        "municipality": ctx.municipality(spec.get("region"), spec.get("municipality")),
        "starts_at": at(date, spec["start"]),
        "ends_at": at(date, spec["end"]),
        "venue_name": spec["venue_name"],
        "venue_address": (
            EVENTS["addresses"][spec["address"]]  # shared by several sessions
            if "address" in spec
            else spec.get("venue_address", "")
        ),
        "capacity": spec.get("capacity"),
        "application_deadline": deadline,
        "online_available": online,
        "online_url": ONLINE_URL if online else "",
        "registration_on_site": spec.get("registration_on_site", False),
        "override": spec.get("override", ""),
        "override_note": spec.get("override_note", ""),
        "materials": [
            block("document", ctx.documents[key].pk) for key in _materials(spec)
        ],
    }


def _materials(spec):
    materials = spec.get("materials", [])
    if "handout_note" in spec:
        # The session's own handout, which the library loader draws.
        return [meeting_material_key(spec["date"]), *materials]
    return materials


def _panel_report(ctx, event, spec):
    return upsert_page(
        event,
        PanelReportPage,
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        body=sections_of(spec["sections"]),
        panelists=_people(ctx, spec["panelists"]),
        voices=spec["voices"],  # rows of words and attribute
        materials=[
            block("document", ctx.documents[key].pk) for key in spec["materials"]
        ],
    )
