"""Wagtail's database search backend, Japanese-aware (see search/text.py).

WAGTAILSEARCH_BACKENDS points here, so pages, snippets, documents and the admin
all search through it. Both halves of modelsearch's database backend are kept
(its tables, FTS5 on SQLite, tsvector on PostgreSQL, ranking, filters); only
the text going in and the query going out change:

- indexing: every search field's value is replaced by its tokens (character
  bigrams for Japanese, words otherwise), which both databases then split on
  spaces only;
- querying: each query term becomes the phrase of its tokens, so several words
  narrow the results (AND) and a word matches only where its characters stand
  together;
- ranking: a match in the title first, then in the summary, then in the body
  (``TIER_*``). The index has three columns (title, autocomplete, body), so a
  summary field (``SUMMARY_FIELDS``) is indexed in the autocomplete column,
  which on both databases is searched like the others and holds nothing but
  the summary and the autocomplete fields (a title, a name).
"""

import copy
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.utils.encoding import force_str
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, MatchAll, Not, Or, Phrase, PlainText

from ..text import index_text, term_tokens

# PostgreSQL keeps word positions only up to 16,383 (later ones all count as the
# last), which breaks phrases further on; every field is cut to this many
# tokens on both databases, so both find the same things.
DEFAULT_MAX_TOKENS = 16_000

# The fields each page type, document or place says what it is about in a
# sentence or two: a match there ranks below the title, above the body.
SUMMARY_FIELDS = frozenset({"summary", "intro", "description"})

# A result's tier (a match in the title, else in the summary, else only in the
# body) outweighs any score within a tier: scores are offset by tier times
# this, far above what bm25() or ts_rank give for a 200-character query.
TIER_TITLE = 2
TIER_SUMMARY = 1
TIER_STEP = 1_000_000


class TokenPhrase(Phrase):
    """A query term as the phrase of its index tokens (``text.TermTokens``).

    A Phrase, so modelsearch's query normalising and ranking take it as one."""

    def __init__(self, term):
        super().__init__(" ".join(term.tokens))
        self.tokens = term.tokens
        self.prefix = term.prefix

    def __repr__(self):
        return f"<TokenPhrase {self.query_string!r} prefix={self.prefix}>"


def tokenise_query(query, *, prefix_last=False):
    """``query`` (a modelsearch query tree) with every term a TokenPhrase; None
    when nothing in it is searchable."""
    if isinstance(query, TokenPhrase):
        return query
    if isinstance(query, PlainText):
        words = query.query_string.split()
        phrases = [
            TokenPhrase(term)
            for position, word in enumerate(words)
            if (
                term := term_tokens(
                    word, prefix_last=prefix_last and position == len(words) - 1
                )
            )
        ]
        if len(phrases) <= 1:
            return phrases[0] if phrases else None
        return And(phrases) if query.operator == "and" else Or(phrases)
    if isinstance(query, Phrase):
        term = term_tokens(query.query_string, prefix_last=prefix_last)
        return TokenPhrase(term) if term else None
    if isinstance(query, (And, Or)):
        subqueries = [
            tokenised
            for subquery in query.subqueries
            if (tokenised := tokenise_query(subquery, prefix_last=prefix_last))
        ]
        if len(subqueries) <= 1:
            return subqueries[0] if subqueries else None
        return type(query)(subqueries)
    if isinstance(query, Not):
        subquery = tokenise_query(query.subquery, prefix_last=prefix_last)
        return Not(subquery) if subquery else None
    if isinstance(query, Boost):
        subquery = tokenise_query(query.subquery, prefix_last=prefix_last)
        return Boost(subquery, query.boost) if subquery else None
    return query  # MatchAll, Fuzzy


def _flatten(value):
    """A field's value as one string, as modelsearch's indexers join it."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(_flatten(item) for item in value.values())
    return "" if value is None else force_str(value)


def field_text(obj):
    """The text of ``obj``'s own search fields other than its title, in the
    order the model declares them: what a result's snippet is cut from.

    Lazily, one field at a time: a snippet stops at the first field holding
    a match, and a body's text (a StreamField's rich text, stripped of its
    tags) is the dear one."""
    return (
        _flatten(field.get_value(obj))
        for field in type(obj).get_search_fields()
        if isinstance(field, SearchField) and field.field_name != "title"
    )


class SummaryTokens(AutocompleteField):
    """A summary field's tokens, indexed in the autocomplete column (where
    both databases rank it between the title and the body)."""

    def __init__(self, field):
        super().__init__(field.field_name)
        self.get_value = field.get_value


def _tokenising(field, *, top=True):
    """A copy of a search field whose value is the tokens of the original's
    (a model's own summary field, ``top``, goes to the summary column)."""
    field = copy.copy(field)
    get_value = field.get_value
    if isinstance(field, RelatedFields):
        field.fields = [_tokenising(sub_field, top=False) for sub_field in field.fields]
        field.get_value = lambda obj: get_value(_unwrap(obj))
    elif isinstance(field, SearchField) or hasattr(field, "get_value"):
        max_tokens = getattr(settings, "KAIKI_SEARCH_MAX_TOKENS", DEFAULT_MAX_TOKENS)
        field.get_value = lambda obj: index_text(
            _flatten(get_value(_unwrap(obj))), max_tokens=max_tokens
        )
        if top and type(field) is SearchField and field.field_name in SUMMARY_FIELDS:
            return SummaryTokens(field)
    return field


@cache
def _tokenising_fields(model):
    return [_tokenising(field) for field in model.get_search_fields()]


def _unwrap(obj):
    return obj.obj if isinstance(obj, _Tokenised) else obj


class _Tokenised:
    """What modelsearch's ObjectIndexer reads of an object (its primary key and
    search fields), with every searchable value turned into tokens."""

    def __init__(self, obj):
        self.obj = obj
        self.pk = obj.pk

    def get_search_fields(self):
        return _tokenising_fields(type(self.obj))


class TokenisingIndexMixin:
    def add_items(self, model, objs):
        super().add_items(model, [_Tokenised(obj) for obj in objs])


class TokenisingCompilerMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = tokenise_query(
            self.query, prefix_last=self.LAST_TERM_IS_PREFIX
        ) or Not(MatchAll())


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks a backend up by)
    """The backend for the default database, as modelsearch's own chooses."""
    # Imported here: each module loads its database's own models.
    if connection.vendor == "postgresql":
        from .postgres import PostgresSearchBackend

        return PostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import (
            SQLiteSearchBackend as FTS5Backend,
        )

        # modelsearch falls back to LIKE queries without FTS5.
        if isinstance(database_backend(params), FTS5Backend):
            from .sqlite import SQLiteSearchBackend

            return SQLiteSearchBackend(params)
    raise ImproperlyConfigured(
        "Japanese-aware search needs PostgreSQL, or SQLite with FTS5."
    )
