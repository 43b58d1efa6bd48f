"""Idempotent writers the demo loaders share: pages, child rows, snippets.

Every writer looks its object up by a natural key (a page's slug under its parent,
a snippet's name or slug) and updates it in place, so running the demo twice
gives the same site. Pages are published the way the admin does it, through a
revision, and only when something actually changed.
"""

import datetime
import re
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from modelcluster.fields import ParentalKey
from taggit.managers import TaggableManager
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin


def default_locale():
    return Locale.get_default()


# --- snippets and plain models ------------------------------------------------


def upsert(model, *, lookup, **values):
    """Get the object matching ``lookup`` and make its fields equal ``values``.

    Saves only when something differs, so a rerun doesn't touch unchanged rows.
    """
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.save()
        return obj
    changed = [name for name, value in values.items() if _differs(obj, name, value)]
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save()
    return obj


def _differs(obj, name, value):
    current = getattr(obj, name)
    if isinstance(value, models.Model) or isinstance(current, models.Model):
        return getattr(current, "pk", current) != getattr(value, "pk", value)
    return current != value


# --- pages ---------------------------------------------------------------------


def upsert_page(parent, model, *, slug, **fields):
    """Create ``model`` under ``parent`` (found by ``slug``) or update it; publish.

    ``fields`` may hold plain fields, StreamField data (lists of
    ``{"type": ..., "value": ...}``), child relations (lists of dicts, matched to
    existing rows by position so their ids survive a rerun) and ``topics`` (a list
    of tag names).
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug)
        _apply(page, fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    before = _fingerprint(page, fields)
    _apply(page, fields)
    if _fingerprint(page, fields) != before:
        page.save_revision().publish()
    elif not page.live:
        page.save_revision().publish()
    return page


def _child_relation(page, name):
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    remote = getattr(field, "remote_field", None)
    if field.one_to_many and isinstance(remote, ParentalKey):
        return field.related_model
    return None


def _is_tags(page, name):
    try:
        return isinstance(page._meta.get_field(name), TaggableManager)
    except FieldDoesNotExist:
        return False


def _apply(page, fields):
    for name, value in fields.items():
        if _is_tags(page, name):
            continue  # tags are applied after the page has an id, see below
        child_model = _child_relation(page, name)
        if child_model is not None:
            _apply_children(page, name, child_model, value)
        else:
            setattr(page, name, value)
    for name, value in fields.items():
        if _is_tags(page, name):
            manager = getattr(page, name)
            current = {tag.name for tag in manager.all()}
            if current != set(value):
                manager.set(list(value))


def _apply_children(page, name, child_model, rows):
    """Make ``page``'s ``name`` children equal ``rows``, updating rows in place.

    Each row updates the child at the same position, so existing children keep
    their ids and whatever points at a session survives a rerun. Translatable
    children get the page's locale.
    """
    existing = list(getattr(page, name).all()) if page.pk else []
    translatable = issubclass(child_model, TranslatableMixin)
    objects = []
    for position, row in enumerate(rows):
        obj = existing[position] if position < len(existing) else child_model()
        for key, value in row.items():
            setattr(obj, key, value)
        if hasattr(obj, "sort_order"):
            obj.sort_order = position
        if translatable:
            obj.locale_id = page.locale_id
        objects.append(obj)
    setattr(page, name, objects)


# --- change detection -------------------------------------------------------------


def _fingerprint(page, fields):
    """What ``fields`` currently look like on ``page``, in comparable form."""
    result = {}
    for name, value in fields.items():
        if _is_tags(page, name):
            result[name] = sorted(tag.name for tag in getattr(page, name).all())
        elif _child_relation(page, name) is not None:
            keys = sorted({key for row in value for key in row})
            result[name] = [
                {key: _normalise(getattr(obj, key), obj, key) for key in keys}
                for obj in getattr(page, name).all()
            ]
        else:
            result[name] = _normalise(getattr(page, name), page, name)
    return result


def _normalise(value, obj=None, name=None):
    if obj is not None and name is not None:
        try:
            field = obj._meta.get_field(name)
        except FieldDoesNotExist:
            field = None
        if isinstance(field, StreamField):
            return _strip_ids(field.get_prep_value(value))
    if isinstance(value, models.Model):
        return ("pk", value.pk)
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _strip_ids(data):
    """Stream data without block ids (new random ids on every assignment) and with
    times written one way ("14:00" and "14:00:00" are the same time)."""
    if isinstance(data, list):
        return [_strip_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: _strip_ids(value) for key, value in data.items() if key != "id"}
    if (
        isinstance(data, str)
        and len(data) == 5
        and data[2] == ":"
        and data.replace(":", "").isdigit()
    ):
        return data + ":00"
    return data


# --- streams ----------------------------------------------------------------------


def block(type_, value):
    return {"type": type_, "value": value}


def heading(text, level="h2"):
    return block("heading", {"text": text, "level": level})


_MENTION = re.compile(r"\[\[(page|document):([^|\]]+)\|([^\]]+)\]\]")


def mentions(text):
    """``text`` with ``[[page:<slug>|words]]`` and ``[[document:<key>|words]]``
    as rich-text links to the Japanese page with that slug (Wagtail shows each
    language its own translation) or the library document with that key.

    Words whose page or document doesn't exist yet stay plain: a loader that
    runs before its targets exist is run again once they do.
    """

    def link(match):
        kind, key, words = match.groups()
        if kind == "page":
            target = Page.objects.filter(slug=key, locale=default_locale()).first()
        else:
            from cms.demo.content.library import DOCUMENTS
            from cms.library.models import LibraryDocument

            target = LibraryDocument.objects.filter(
                title=DOCUMENTS[key]["title"]
            ).first()
        if target is None:
            return words
        return f'<a linktype="{kind}" id="{target.pk}">{words}</a>'

    return _MENTION.sub(link, text)


def paragraph(*texts):
    """A rich-text paragraph block from plain sentences (one <p> each), with
    their ``mentions`` linked."""
    return block("paragraph", "".join(f"<p>{mentions(text)}</p>" for text in texts))


def html_list(items):
    return "<ul>" + "".join(f"<li>{mentions(item)}</li>" for item in items) + "</ul>"


def sections_stream(sections):
    """Blocks for ``[(heading, [sentence, ...]), ...]``: a heading, the sentences as
    a paragraph, and sentences starting with "・" as a bulleted list after them."""
    stream = []
    for title, sentences in sections:
        stream.append(heading(title))
        prose = [text for text in sentences if not text.startswith("・")]
        items = [text[1:] for text in sentences if text.startswith("・")]
        if prose:
            stream.append(paragraph(*prose))
        if items:
            stream.append(block("paragraph", html_list(items)))
    return stream


def sections_of(tables):
    """``sections_stream`` for a data file's sections, tables with a ``heading``
    and its ``paragraphs``."""
    return sections_stream((table["heading"], table["paragraphs"]) for table in tables)


def root_page():
    return Page.get_first_root_node()
