"""Japanese-aware text for the search index: normalisation and character bigrams.

Japanese has no spaces between words, so a full-text tokeniser (SQLite FTS5's
unicode61, PostgreSQL's default parser) sees a whole run of Japanese as one
token and a word inside a sentence is never found. Here every run of CJK
characters (kanji, hiragana, katakana, the prolonged sound mark) becomes its
overlapping character bigrams, followed by the run's last character alone:

    子ども食堂 -> こど ども も食 食堂 堂

and a query becomes the *phrase* of its bigrams (こど ども も食 食堂), so it
matches exactly where those characters stand side by side. The extra last
character lets a one-character query (町) match as a prefix of the token that
starts with it, wherever it stands. Latin letters and digits stay whole words.

Before that, text is NFKC-normalised (full-width Ａ１ → A1, half-width ｶﾀｶﾅ →
カタカナ), case-folded, and katakana folded to hiragana, so ターン and たーん
find each other. Index and query go through the same functions, so the two
databases receive the same tokens and only ever split on spaces.
"""

import re
import unicodedata
from dataclasses import dataclass

# Kanji (with extension A and compatibility ideographs), hiragana, katakana with
# the prolonged sound mark, and the iteration marks 々 〆 〇.
_CJK = (
    "\u3005-\u3007"
    "\u3041-\u3096\u309d-\u309f"
    "\u30a1-\u30fa\u30fc-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
# A token is a CJK run or a run of other letters and digits (underscore splits,
# as it does in both databases' tokenisers).
_TOKEN_RUN = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_QUOTED = re.compile(r'"([^"]*)"')


def normalize(text):
    """NFKC, case-folded, katakana as hiragana: what index and query compare."""
    return (
        unicodedata.normalize("NFKC", text).casefold().translate(_KATAKANA_TO_HIRAGANA)
    )


def _runs(text):
    """(is_cjk, run) for each token run of normalised ``text``."""
    for match in _TOKEN_RUN.finditer(normalize(text)):
        cjk, other = match.groups()
        yield (True, cjk) if cjk else (False, other)


def _bigrams(run):
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_tokens(text):
    """The tokens ``text`` is indexed under, in order."""
    tokens = []
    for is_cjk, run in _runs(text):
        if is_cjk:
            tokens.extend(_bigrams(run))
            tokens.append(run[-1])
        else:
            tokens.append(run)
    return tokens


def index_text(text, *, max_tokens=None):
    """``text`` as the space-separated tokens the database stores."""
    tokens = index_tokens(text)
    if max_tokens is not None:
        tokens = tokens[:max_tokens]
    return " ".join(tokens)


@dataclass(frozen=True)
class TermTokens:
    """One query term as the phrase of index tokens that must stand in a row.

    ``prefix``: the last token may be the start of a longer token (a term that
    ends with a single CJK character, which in the text is followed by more).
    """

    tokens: tuple
    prefix: bool = False


def term_tokens(term, *, prefix_last=False):
    """The phrase one query term (a word or a quoted phrase) must match, or
    None when the term has nothing searchable (only punctuation)."""
    runs = list(_runs(term))
    if not runs:
        return None
    tokens = []
    prefix = False
    for position, (is_cjk, run) in enumerate(runs):
        last = position == len(runs) - 1
        if not is_cjk:
            tokens.append(run)
            prefix = prefix_last and last
        elif len(run) == 1:
            # In the text this character may start a longer run (a bigram
            # token) unless something that is not CJK follows it in the query.
            tokens.append(run)
            prefix = last
        else:
            tokens.extend(_bigrams(run))
            # The run's last character stands alone in the index only where
            # the run ends, which the query knows when more follows it.
            if not last:
                tokens.append(run[-1])
            prefix = False
    return TermTokens(tuple(tokens), prefix)


def split_query(query):
    """A visitor's query as (terms, phrases): words split on spaces, and the
    text of each "quoted phrase", each matched as a whole."""
    phrases = [phrase for phrase in _QUOTED.findall(query) if phrase.strip()]
    words = _QUOTED.sub(" ", query).replace('"', " ").split()
    return words, phrases


def highlight_terms(query):
    """The normalised runs to mark in a result for ``query``, longest first."""
    words, phrases = split_query(query)
    runs = {run for term in [*words, *phrases] for _, run in _runs(term)}
    return sorted(runs, key=lambda run: (-len(run), run))
