"""The Japanese-aware backend on PostgreSQL: tsvector with phrase tsqueries."""

import operator
from functools import reduce

from django.db.models import Case, F, FloatField, IntegerField, Q, Value, When
from modelsearch.backends.database.postgres import postgres
from modelsearch.query import And, Boost, MatchAll, Not, Or

from . import (
    TIER_STEP,
    TIER_SUMMARY,
    TIER_TITLE,
    TokenisingCompilerMixin,
    TokenisingIndexMixin,
    TokenPhrase,
)

# The index entry's columns, annotated once (one join) and filtered on by name:
# title, summary (the autocomplete column, search/backends/__init__.py), body.
COLUMNS = {
    "_title_": "index_entries__title",
    "_summary_": "index_entries__autocomplete",
    "_body_": "index_entries__body",
}
# Within a tier, a title match weighs most. ts_rank, unlike bm25(), grows with
# every repetition in a long body: the title weighs twice SQLite's 10 (as
# modelsearch's own weights did), or a body saying the word often outranks a
# shorter title within the title tier.
TITLE_WEIGHT = 20.0
SUMMARY_WEIGHT = 3.0
# Every lexeme weighs the same in ts_rank: the columns carry the weights.
EVEN_WEIGHTS = "{1,1,1,1}"


def _tsquery(phrase, *, invert):
    # Tokens are letters, digits and CJK characters only: nothing to escape.
    raw = " <-> ".join(f"'{token}'" for token in phrase.tokens)
    if phrase.prefix:
        raw += ":*"
    return f"!({raw})" if invert else raw


def _phrases(query):
    """The TokenPhrases ``query`` asks for (not those it excludes)."""
    if isinstance(query, TokenPhrase):
        return [query]
    if isinstance(query, (And, Or)):
        return [phrase for sub in query.subqueries for phrase in _phrases(sub)]
    if isinstance(query, Boost):
        return _phrases(query.subquery)
    return []


def _answerable(query):
    """Whether ``condition`` can answer every node of ``query``; a MatchAll or
    Fuzzy inside it takes modelsearch's own path instead."""
    if isinstance(query, TokenPhrase):
        return True
    if isinstance(query, (And, Or)):
        return all(_answerable(sub) for sub in query.subqueries)
    if isinstance(query, (Not, Boost)):
        return _answerable(query.subquery)
    return False


class _PostgresCompilerMixin(TokenisingCompilerMixin):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sql_weights = EVEN_WEIGHTS

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, TokenPhrase):
            return postgres.SearchQuery(
                _tsquery(query, invert=invert), search_type="raw", config=config
            )
        return super().build_tsquery_content(query, config=config, invert=invert)

    def condition(self, query, config):
        """Q for the entries ``query`` matches, term by term, each term in
        any one column (as FTS5 matches on SQLite).

        modelsearch filters on ``title || body @@ query``, a vector built
        per row that no index covers: every search read the whole index
        table. Each ``column @@ term`` here is answered by that column's GIN
        index."""
        if isinstance(query, TokenPhrase):
            tsquery = self.build_tsquery_content(query, config=config)
            return reduce(operator.or_, (Q(**{name: tsquery}) for name in COLUMNS))
        if isinstance(query, And):
            return reduce(
                operator.and_, (self.condition(sub, config) for sub in query.subqueries)
            )
        if isinstance(query, Or):
            return reduce(
                operator.or_, (self.condition(sub, config) for sub in query.subqueries)
            )
        if isinstance(query, Not):
            return ~self.condition(query.subquery, config)
        # A Boost: matches() lets no other kind of node through (_answerable).
        return self.condition(query.subquery, config)

    def rank(self, config):
        """The score: the tier (a match in the title, else in the summary,
        else only in the body) times TIER_STEP, plus ts_rank per column."""
        phrases = _phrases(self.query)
        if not phrases:
            return Value(0.0, output_field=FloatField())
        anywhere = reduce(
            operator.or_,
            (self.build_tsquery_content(phrase, config=config) for phrase in phrases),
        )
        tier = Case(
            When(Q(_title_=anywhere), then=Value(TIER_TITLE)),
            When(Q(_summary_=anywhere), then=Value(TIER_SUMMARY)),
            default=Value(0),
            output_field=IntegerField(),
        )
        title, summary, body = (
            self.build_tsrank(F(name), self.query, config=config) for name in COLUMNS
        )
        return (
            tier * Value(float(TIER_STEP))
            + title * F("index_entries__title_norm") * Value(TITLE_WEIGHT)
            + summary * Value(SUMMARY_WEIGHT)
            + body
        )

    def matches(self, config):
        """The queryset's objects that match, unordered; None when the query
        is not a full-text search of the index (modelsearch's own path)."""
        query = self.query
        if (
            self.fields is not None
            or isinstance(query, MatchAll)
            or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
            or not _phrases(query)
            or not _answerable(query)
        ):
            return None
        return self.queryset.annotate(
            **{name: F(column) for name, column in COLUMNS.items()}
        ).filter(self.condition(query, config))

    def search(self, config, start, stop, score_field=None, backend=None):
        matches = self.matches(config)
        if matches is None:
            return super().search(config, start, stop, score_field, backend)
        return self._apply_ordering_and_scoring(
            matches, self.rank(config), start, stop, score_field
        )


class PostgresSearchQueryCompiler(
    _PostgresCompilerMixin, postgres.PostgresSearchQueryCompiler
):
    pass


class PostgresAutocompleteQueryCompiler(
    _PostgresCompilerMixin, postgres.PostgresAutocompleteQueryCompiler
):
    # The admin's page search is an autocomplete: editors find pages by any
    # word in them (every column, as the mixin searches), not only by the
    # start of a title.
    pass


class PostgresIndex(TokenisingIndexMixin, postgres.PostgresIndex):
    pass


class PostgresSearchResults(postgres.PostgresSearchResults):
    def _do_count(self):
        # Counted unordered: ordering by score ranked every match first.
        compiler = self.query_compiler
        matches = compiler.matches(compiler.get_config(self.backend))
        if matches is None:
            return super()._do_count()
        return matches.order_by()[self.start : self.stop].count()


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = PostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
    index_class = PostgresIndex
    results_class = PostgresSearchResults
    higher_score_is_better = True

    def __init__(self, params):
        # No stemming: tokens are already what is compared, as on SQLite.
        super().__init__({"SEARCH_CONFIG": "simple", **params})
