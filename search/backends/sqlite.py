"""The Japanese-aware backend on SQLite: FTS5 with weighted bm25()."""

import operator
from functools import reduce

from django.db import connection
from django.db.models import Exists, F, IntegerField, OuterRef, Q, TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import query as sqlite_query
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from . import (
    TIER_STEP,
    TIER_SUMMARY,
    TIER_TITLE,
    TokenisingCompilerMixin,
    TokenisingIndexMixin,
    TokenPhrase,
)


def _entries(match_expression, condition):
    return (
        sqlite.SQLiteFTSIndexEntry.objects.annotate(
            # "+ 0": with an index on the content type, SQLite would loop
            # over a model's every entry and run the MATCH for each.
            content_type_id=F("index_entry__content_type_id") + 0,
            object_id=F("index_entry__object_id"),
        )
        .filter(match_expression)
        .filter(condition)
    )


class WeightedBM25(sqlite_query.BM25):
    """FTS5's bm25() with a weight per column: (autocomplete, body, title),
    lowered by the result's tier (``TIER_STEP``): a match in the title, else
    in the summary (the autocomplete column), else in the body."""

    def __init__(self, weights):
        super().__init__()
        self.weights = weights

    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in self.weights)
        table = sqlite.SQLiteFTSIndexEntry._meta.db_table
        # bm25() is 0 when none of the query's phrases is in a weighted
        # column, negative otherwise.
        tier = (
            f"CASE WHEN bm25({table}, 0, 0, 1) < 0 THEN {TIER_TITLE}"
            f" WHEN bm25({table}, 1, 0, 0) < 0 THEN {TIER_SUMMARY} ELSE 0 END"
        )
        return f"(bm25({table}, {weights}) - {TIER_STEP} * {tier})", []


class _SQLiteCompilerMixin(TokenisingCompilerMixin):
    # Every column is searched: the autocomplete column holds the summary
    # (search/backends/__init__.py). Within a tier, a title match weighs most.
    FTS_TABLE_FIELDS = ["autocomplete", "title", "body"]
    COLUMN_WEIGHTS = (3.0, 1.0, 10.0)

    def build_search_query_content(self, query, config=None):
        if isinstance(query, TokenPhrase):
            return sqlite_query.SearchQueryExpression(
                sqlite_query.Lexeme(query.query_string, prefix=query.prefix)
            )
        return super().build_search_query_content(query, config=config)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # bm25() scores the whole MATCH expression at once; modelsearch's
        # products of per-term scores flip its (negative) sign for two terms.
        return WeightedBM25(self.COLUMN_WEIGHTS)

    def get_index_vectors(self):
        # One weighted score covers every column.
        return [(None, 1.0)]

    def is_ranked(self):
        """Whether this is a ranked search (else modelsearch's own path)."""
        query = sqlite_query.normalize(self.query)
        return self.order_by_relevance and not isinstance(query, (MatchAll, Not))

    def match_expression(self, config):
        query = sqlite_query.normalize(self.query)
        return sqlite_query.MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(query, config=config),
        )

    def content_types(self):
        """The content type ids of the queryset's model and its subclasses,
        read once per search (modelsearch walks every model for them)."""
        if "_content_types" not in self.__dict__:
            self._content_types = get_descendants_content_types_pks(self.queryset.model)
        return self._content_types

    def entry_condition(self):
        """Q for the index entries of the objects the queryset lets through.

        Asked of each match by its primary key (a correlated ``EXISTS``): an
        ``IN`` over the queryset's ids had SQLite read every visible id
        (10,000 pages) into a list on every search, however few matched."""
        pk = self.queryset.model._meta.pk
        if isinstance(pk, IntegerField):
            # Object ids are stored as text: compared as numbers, the lookup
            # uses the primary key.
            visible = self.queryset.filter(
                pk=Cast(OuterRef("object_id"), IntegerField())
            )
        else:
            visible = self.queryset.annotate(object_id=Cast("pk", TextField())).filter(
                object_id=OuterRef("object_id")
            )
        return Q(
            Exists(visible.order_by().values("pk")),
            content_type_id__in=self.content_types(),
        )

    def matches(self, config):
        """The index entries that match and that the queryset lets through
        (``object_id`` annotated, unordered); None when the query is not a
        ranked search (modelsearch's own path handles it).

        modelsearch's own path scores each result in a correlated subquery
        that runs the ``MATCH`` (and bm25()'s statistics) again for every
        row: seconds at 10,000 pages. Here the ``MATCH`` drives one scan."""
        if not self.is_ranked():
            return None
        return _entries(self.match_expression(config), self.entry_condition())

    def ranked(self, config, *, stop=None):
        """[(pk, score)] of the best ``stop`` matches (all when None), best
        first (ties: the higher pk first, as modelsearch orders); None when
        the query is not a ranked search.

        Ranked in SQL: bm25() is computed for every match, but only the best
        rows reach Python. Cached per ``stop``: the slices of one search share
        it (they share this compiler)."""
        cache = self.__dict__.setdefault("_ranked", {})
        if stop in cache:
            return cache[stop]
        matches = self.matches(config)
        if matches is None:
            return None
        pk = self.queryset.model._meta.pk
        # Object ids are stored as text: "-pk" compares them as numbers.
        tie_break = (
            Cast("object_id", IntegerField())
            if isinstance(pk, IntegerField)
            else F("object_id")
        )
        rows = (
            matches.annotate(score=WeightedBM25(self.COLUMN_WEIGHTS))
            .order_by("score", tie_break.desc())
            .values_list("object_id", "score")
        )
        if stop is not None:
            rows = rows[:stop]
        cache[stop] = [(pk.to_python(object_id), score) for object_id, score in rows]
        return cache[stop]


class SQLiteIndex(TokenisingIndexMixin, sqlite.SQLiteIndex):
    pass


class SQLiteSearchQueryCompiler(_SQLiteCompilerMixin, sqlite.SQLiteSearchQueryCompiler):
    pass


class SQLiteAutocompleteQueryCompiler(
    _SQLiteCompilerMixin, sqlite.SQLiteAutocompleteQueryCompiler
):
    # The admin's page search is an autocomplete: editors find pages by any
    # word in them (every column, as the mixin searches), not only by the
    # start of a title.
    pass


class SQLiteSearchResults(sqlite.SQLiteSearchResults):
    """A ranked search in SQL (see ``matches`` and ``ranked``): the count, the
    best matches up to the slice's end with their scores, and the slice's
    objects; one query each, however many match."""

    def _do_count(self):
        compiler = self.query_compiler
        matches = compiler.matches(compiler.get_config(self.backend))
        if matches is None:
            return super()._do_count()
        return matches.values("pk")[self.start : self.stop].count()

    def _do_search(self):
        compiler = self.query_compiler
        ranked = compiler.ranked(compiler.get_config(self.backend), stop=self.stop)
        if ranked is None:
            return super()._do_search()
        window = ranked[self.start : self.stop]
        if not window:
            return []
        objects = {
            obj.pk: obj
            for obj in self.query_compiler.queryset.filter(
                pk__in=[pk for pk, _score in window]
            )
        }
        results = []
        for pk, score in window:
            obj = objects.get(pk)
            if obj is None:  # gone between the two queries
                continue
            if self._score_field:
                setattr(obj, self._score_field, score)
            results.append(obj)
        return results


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    results_class = SQLiteSearchResults
    query_compiler_class = SQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
    index_class = SQLiteIndex
    # bm25() is lower for a better match: results sort ascending.
    higher_score_is_better = False

    def rank_together(self, searches):
        return rank_together(searches, self)


class JointRanking:
    """Searches for the same words in several querysets (the site search's
    pages, documents, guides...) counted and ranked together.

    The FTS ``MATCH`` costs the same whichever model is asked for (a phrase
    reads the whole position lists of its bigrams, common ones included), so
    ranking each queryset on its own scans it once per queryset, twice with
    the count. Here one scan counts and one ranks them all."""

    def __init__(self, compilers, config):
        self.compilers = compilers
        self.search_of = {
            content_type: index
            for index, compiler in enumerate(compilers)
            for content_type in compiler.content_types()
        }
        first = compilers[0]
        self.weights = first.COLUMN_WEIGHTS
        self.entries = _entries(
            first.match_expression(config),
            reduce(
                operator.or_, (compiler.entry_condition() for compiler in compilers)
            ),
        )

    # How many of the best rows the count's query reads too: a search page's
    # results, which the paginator asks for right after the count.
    FIRST_ROWS = 50

    def _best(self, limit):
        """[(content type, object id, score)] of the best ``limit`` matches
        (all when None), and how many match in all.

        One query answers both (the total is a window over every match, which
        ranking them has read anyway), so a count then a first page cost one
        ``MATCH`` and one read of the visible ids, not two. Cached: a page
        within the rows already read costs no query."""
        cached = self.__dict__.get("_read")
        if cached is not None:
            read, rows, total = cached
            if read is None or (limit is not None and limit <= read):
                return rows[:limit], total
        ranked = (
            self.entries.annotate(score=WeightedBM25(self.weights))
            .order_by()
            .values_list("content_type_id", "object_id", "score")
        )
        sql, params = ranked.query.sql_with_params()
        # bm25() can't be computed beside a window function: the total is
        # counted over the scored rows.
        sql = (
            "SELECT content_type_id, object_id, score, COUNT(*) OVER () "
            f"FROM ({sql}) ORDER BY score"
        )
        if limit is not None:
            sql, params = f"{sql} LIMIT %s", (*params, limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            found = cursor.fetchall()
        total = found[0][3] if found else 0
        rows = [row[:3] for row in found]
        self._read = (limit, rows, total)
        return rows, total

    def count(self, *, limit):
        """How many match, no more than ``limit``."""
        return min(self._best(self.FIRST_ROWS)[1], limit)

    def top(self, stop):
        """[(search index, pk, score)] of the best ``stop`` matches (all when
        None) and of any that tie with the last of them, best first; the
        order among equal scores is left to the caller."""
        if stop == 0:
            return []
        if stop is None:
            found = self._best(None)[0]
        else:
            limit = max(stop + 1, self.FIRST_ROWS)
            while True:
                found = self._best(limit)[0]
                if len(found) < limit or found[stop - 1][2] != found[-1][2]:
                    break
                limit *= 2  # ties run past the end: read further
            if len(found) > stop:
                last = found[stop - 1][2]
                found = [row for row in found if row[2] <= last]
        result = []
        for content_type, object_id, score in found:
            index = self.search_of[content_type]
            pk = self.compilers[index].queryset.model._meta.pk.to_python(object_id)
            result.append((index, pk, score))
        return result


def rank_together(searches, backend):
    """A JointRanking of ``searches`` (modelsearch results of one query), or
    None when they cannot share one: not ranked searches, or two of them over
    the same content type."""
    compilers = [search.query_compiler for search in searches]
    if not compilers or not all(
        isinstance(compiler, _SQLiteCompilerMixin) and compiler.is_ranked()
        for compiler in compilers
    ):
        return None
    first = compilers[0]
    if any(
        type(compiler) is not type(first)
        or repr(compiler.query) != repr(first.query)
        or compiler.fields != first.fields
        for compiler in compilers
    ):
        return None
    content_types = [
        content_type
        for compiler in compilers
        for content_type in compiler.content_types()
    ]
    if len(content_types) != len(set(content_types)):
        return None
    return JointRanking(compilers, first.get_config(backend))
