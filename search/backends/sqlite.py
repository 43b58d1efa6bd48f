"""The Japanese-aware backend on SQLite: FTS5 with weighted bm25()."""

from modelsearch.backends.database.sqlite import query as sqlite_query
from modelsearch.backends.database.sqlite import sqlite

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


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
    index_class = SQLiteIndex
    # bm25() is lower for a better match: results sort ascending.
    higher_score_is_better = False
