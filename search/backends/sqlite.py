"""The Japanese-aware backend on SQLite: FTS5 with weighted bm25()."""

from django.db.models import F
from modelsearch.backends.database.sqlite import query as sqlite_query
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from . import TokenisingCompilerMixin, TokenisingIndexMixin, TokenPhrase


class WeightedBM25(sqlite_query.BM25):
    """FTS5's bm25() with a weight per column: (autocomplete, body, title)."""

    def __init__(self, weights):
        super().__init__()
        self.weights = weights

    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in self.weights)
        table = sqlite.SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, {weights})", []


class _SQLiteCompilerMixin(TokenisingCompilerMixin):
    # A title match weighs most.
    COLUMN_WEIGHTS = (0.0, 1.0, 10.0)

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

    def ranked(self, config):
        """[(pk, score)] of every match the queryset lets through, best first
        (ties: the higher pk first, as modelsearch orders); None when the
        query is not a ranked search (modelsearch's own path handles it).

        modelsearch annotates each result's score with a correlated subquery
        that runs the FTS MATCH (and bm25()'s statistics) again for every
        row: ≈ 0.2 s at 200 pages, seconds at 10,000. Here the MATCH runs
        twice per search, whatever the number of rows: once for the scores,
        once inside the queryset's filter. Cached: a count and the slices of
        one search share it (they share this compiler)."""
        if hasattr(self, "_ranked"):
            return self._ranked
        self._ranked = None
        query = sqlite_query.normalize(self.query)
        if not self.order_by_relevance or isinstance(query, (MatchAll, Not)):
            return None
        model = self.queryset.model
        matches = sqlite.SQLiteFTSIndexEntry.objects.annotate(
            # "+ 0": with an index on the content type, SQLite would loop
            # over a model's every entry and run the MATCH for each.
            content_type_id=F("index_entry__content_type_id") + 0
        ).filter(
            sqlite_query.MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS,
                self.build_search_query(query, config=config),
            ),
            content_type_id__in=get_descendants_content_types_pks(model),
        )
        to_pk = model._meta.pk.to_python
        scores = {}
        for object_id, score in matches.annotate(
            score=WeightedBM25(self.COLUMN_WEIGHTS)
        ).values_list("index_entry__object_id", "score"):
            scores.setdefault(to_pk(object_id), score)
        if not scores:
            self._ranked = []
            return self._ranked
        pks = (
            self.queryset.filter(pk__in=matches.values("index_entry__object_id"))
            .order_by()
            .values_list("pk", flat=True)
        )
        by_pk = sorted(((pk, scores[pk]) for pk in pks), reverse=True)
        self._ranked = sorted(by_pk, key=lambda pair: pair[1])
        return self._ranked


class SQLiteIndex(TokenisingIndexMixin, sqlite.SQLiteIndex):
    pass


class SQLiteSearchQueryCompiler(_SQLiteCompilerMixin, sqlite.SQLiteSearchQueryCompiler):
    pass


class SQLiteAutocompleteQueryCompiler(
    _SQLiteCompilerMixin, sqlite.SQLiteAutocompleteQueryCompiler
):
    # The admin's page search is an autocomplete: editors find pages by any
    # word in them, not only by the start of a title.
    FTS_TABLE_FIELDS = ["autocomplete", "title", "body"]
    COLUMN_WEIGHTS = (1.0, 1.0, 10.0)


class SQLiteSearchResults(sqlite.SQLiteSearchResults):
    """A ranked search in three queries (see ``ranked``): the matches with
    their scores, the ones the queryset lets through, and the slice asked for."""

    def _ranked(self):
        compiler = self.query_compiler
        return compiler.ranked(compiler.get_config(self.backend))

    def _do_count(self):
        ranked = self._ranked()
        if ranked is None:
            return super()._do_count()
        return len(ranked)

    def _do_search(self):
        ranked = self._ranked()
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
