"""A snippet of a result's text around the match, with the query marked.

The text is escaped before anything is marked, so a result can never inject
markup; matching compares normalised text (search/text.py), so ＡＢＣ, ｶﾅ and
かな are marked as the search found them.
"""

import unicodedata
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import normalize

SNIPPET_LENGTH = 120

# A result's text is normalised one character at a time, and a page of
# results holds a few thousand characters drawn from a few hundred distinct
# ones: remembering them saves most of a search's time in Python.
_normalize_char = lru_cache(maxsize=8192)(normalize)


def _normalised_with_positions(text):
    """``text`` normalised one character at a time, and for each normalised
    character the index of the original character it came from."""
    chars, positions = [], []
    for index, char in enumerate(text):
        for normalised in _normalize_char(char):
            chars.append(normalised)
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
    """Safe HTML: about ``length`` characters of the first of ``texts`` that
    contains a term, around its first match, with each match in <mark>; the
    start of the first non-empty text when none does; "" when all are empty."""
    texts = [plain(text) for text in texts if text and text.strip()]
    for text in texts:
        spans = _matches(text, terms)
        if spans:
            break
    else:
        if not texts:
            return ""
        text, spans = texts[0], []
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
