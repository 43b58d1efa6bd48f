"""A snippet of a result's text around the match, with the query marked.

The text is escaped before anything is marked, so a result can never inject
markup; matching compares normalised text (search/text.py), so ＡＢＣ, ｶﾅ and
かな are marked as the search found them.
"""

import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import normalize

SNIPPET_LENGTH = 120

# A result's text is normalised one character at a time, and a page of
# results holds a few thousand characters drawn from a few hundred distinct
# ones: each character's form is remembered, in a table str.translate reads.
_TABLE_SIZE = 8192


class _CharTable(dict):
    """{code point: normalised text}, filled as characters are met;
    ``uneven`` holds the characters met whose form is not one character
    (ﬁ → fi, ㌔ → きろ), the only ones that shift positions."""

    def __init__(self):
        super().__init__()
        self.uneven = set()

    def __missing__(self, code):
        char = chr(code)
        normalised = normalize(char)
        if len(normalised) != 1:
            self.uneven.add(char)
        if len(self) < _TABLE_SIZE:
            self[code] = normalised
        return normalised


_TABLE = _CharTable()


def _normalised_with_positions(text):
    """``text`` normalised one character at a time, and for each normalised
    character the index of the original character it came from."""
    normalised = text.translate(_TABLE)
    if _TABLE.uneven.isdisjoint(text):
        # Every character became one (nearly always): the same positions, in
        # one pass in C rather than a loop in Python per character.
        return normalised, range(len(normalised))
    chars, positions = [], []
    for index, char in enumerate(text):
        for normalised_char in _TABLE[ord(char)]:
            chars.append(normalised_char)
            positions.append(index)
    return "".join(chars), positions


def _matches(text, terms):
    """(start, end) spans of ``text`` where ``terms`` (normalised) stand, left
    to right, overlapping ones joined."""
    normalised, positions = _normalised_with_positions(text)
    spans = []
    for term in terms:
        start = normalised.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((positions[start], positions[end - 1] + 1))
            start = normalised.find(term, end)
    spans.sort()
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            # Overlapping or touching (UIJ|ターン): one mark.
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def plain(text):
    """Text with line breaks and runs of spaces as single spaces."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def snippet(texts, terms, *, length=SNIPPET_LENGTH):
    """Safe HTML: about ``length`` characters of the first of ``texts`` (an
    iterable, read up to the first match) that contains a term, around its
    first match, with each match in <mark>; the start of the first non-empty
    text when none does; "" when all are empty."""
    first_text = None
    for raw in texts:
        if not raw or not raw.strip():
            continue
        text = plain(raw)
        if first_text is None:
            first_text = text
        spans = _matches(text, terms)
        if spans:
            break
    else:
        if first_text is None:
            return ""
        text, spans = first_text, []
    first = spans[0][0] if spans else 0
    start = max(0, first - length // 3)
    end = min(len(text), start + length)
    parts = ["…" if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))  # noqa: S308 (every part is escaped)
