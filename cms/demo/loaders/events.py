"""The event index, past and upcoming events, their sessions and a panel report."""

import datetime

from cms.demo.builders import block, paragraph, sections_stream, upsert_page
from cms.demo.content.events import (
    COURSE_LECTURES,
    COURSE_SERIES,
    EVENT_INDEX,
    NETWORK_MEETING,
    NETWORK_MEETING_VENUES,
    ONLINE_VENUES,
    PAST_EVENTS,
    SHARED_MEETING_MATERIALS,
    upcoming_events,
)
from cms.events.models import EventIndexPage, EventPage, PanelReportPage

from . import at
from .library import meeting_material_key

ONLINE_URL = "https://zoom.example.jp/j/0000000000"


def load_events(ctx):
    index = upsert_page(
        ctx.home,
        EventIndexPage,
        slug=EVENT_INDEX["slug"],
        title=EVENT_INDEX["title"],
        intro=EVENT_INDEX["intro"],
        show_in_menus=True,
    )
    ctx.pages["events"] = index
    for spec in PAST_EVENTS:
        event = _event(ctx, index, spec)
        if "report" in spec:
            _panel_report(ctx, event, spec["report"])
    _event(ctx, index, {**NETWORK_MEETING, "sessions": _network_meeting_sessions()})
    _event(ctx, index, {**COURSE_SERIES, "sessions": _course_sessions(ctx)})
    for spec in upcoming_events(ctx.today):
        _event(ctx, index, spec)


def _network_meeting_sessions():
    return [
        {
            "title": title,
            "region": region,
            "municipality": town,
            "date": date,
            "start": "13:30",
            "end": "16:00",
            "venue_name": venue,
            "venue_address": address,
            "deadline_days_before": 7,
            "online_available": title in ONLINE_VENUES,
            "materials": [
                meeting_material_key(date),
                *SHARED_MEETING_MATERIALS.get(title, []),
            ],
        }
        for title, region, town, date, venue, address, _ in NETWORK_MEETING_VENUES
    ]


def _course_sessions(ctx):
    return [
        {
            "title": title,
            "region": "tosei",
            "municipality": "aomori",
            "date": date,
            "start": "13:00",
            "end": "16:15",
            "venue_name": venue,
            "venue_address": address,
            "deadline_days_before": 7,
            "online_available": True,
            "materials": materials,
        }
        for title, date, venue, address, _lecturer, materials in COURSE_LECTURES
    ]


def _event(ctx, index, spec):
    fields = {
        "title": spec["title"],
        "kind": spec["kind"],
        "summary": spec["summary"],
        "body": [paragraph(*spec["body"])],
        "topics": spec.get("topics", []),
        "target_audience": spec.get("target_audience", ""),
        "entry_fee": spec.get("entry_fee"),
        "entry_fee_note": spec.get("entry_fee_note", ""),
        "social_gathering_fee": spec.get("social_gathering_fee"),
        "social_gathering_note": spec.get("social_gathering_note", ""),
        "programme": [_timetable_item(ctx, item) for item in spec.get("programme", [])],
        "application_methods": spec.get("application_methods", []),
        "application_note": spec.get("application_note", ""),
        "issues_certificate": spec.get("issues_certificate", False),
        "certificate_note": spec.get("certificate_note", ""),
        "sessions": [_session(ctx, session) for session in spec["sessions"]],
        "people": _people(ctx, spec.get("people", [])),
        "organisations": [
            {"organisation": ctx.organisations[key], "role": role}
            for key, role in spec.get("organisations", [])
        ],
    }
    page = upsert_page(index, EventPage, slug=spec["slug"], **fields)
    ctx.pages["event:" + spec["slug"]] = page
    return page


def _timetable_item(ctx, item):
    starts_at, ends_at, title, description, speakers = item
    return block(
        "item",
        {
            "starts_at": starts_at,
            "ends_at": ends_at,
            "title": title,
            "description": description,
            "speakers": [ctx.people[key].pk for key in speakers],
        },
    )


def _people(ctx, rows):
    return [
        {"person": ctx.people[key], "role": role, "note": note}
        for key, role, note in rows
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
        "venue_address": spec.get("venue_address", ""),
        "capacity": spec.get("capacity"),
        "application_deadline": deadline,
        "online_available": online,
        "online_url": ONLINE_URL if online else "",
        "registration_on_site": spec.get("registration_on_site", False),
        "override": spec.get("override", ""),
        "override_note": spec.get("override_note", ""),
        "materials": [
            block("document", ctx.documents[key].pk)
            for key in spec.get("materials", [])
        ],
    }


def _panel_report(ctx, event, spec):
    return upsert_page(
        event,
        PanelReportPage,
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        body=sections_stream(spec["body"]),
        panelists=_people(ctx, spec["panelists"]),
        voices=[
            {"words": words, "attribute": attribute}
            for words, attribute in spec["voices"]
        ],
        materials=[
            block("document", ctx.documents[key].pk) for key in spec["materials"]
        ],
    )
