"""The Japanese-aware backend on PostgreSQL: tsvector with phrase tsqueries."""

from django.db.models import F
from modelsearch.backends.database.postgres import postgres

from . import TokenisingCompilerMixin, TokenisingIndexMixin, TokenPhrase


def _tsquery(phrase, *, invert):
    # Tokens are letters, digits and CJK characters only: nothing to escape.
    raw = " <-> ".join(f"'{token}'" for token in phrase.tokens)
    if phrase.prefix:
        raw += ":*"
    return f"!({raw})" if invert else raw


class _PostgresCompilerMixin(TokenisingCompilerMixin):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, TokenPhrase):
            return postgres.SearchQuery(
                _tsquery(query, invert=invert), search_type="raw", config=config
            )
        return super().build_tsquery_content(query, config=config, invert=invert)


class PostgresSearchQueryCompiler(
    _PostgresCompilerMixin, postgres.PostgresSearchQueryCompiler
):
    pass


class PostgresAutocompleteQueryCompiler(
    _PostgresCompilerMixin, postgres.PostgresAutocompleteQueryCompiler
):
    def get_index_vectors(self, search_query):
        # As on SQLite: every word, not only the autocomplete fields.
        return [
            (F("index_entries__autocomplete"), 1.0),
            *super(postgres.PostgresAutocompleteQueryCompiler, self).get_index_vectors(
                search_query
            ),
        ]


class PostgresIndex(TokenisingIndexMixin, postgres.PostgresIndex):
    pass


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = PostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
    index_class = PostgresIndex
    higher_score_is_better = True

    def __init__(self, params):
        # No stemming: tokens are already what is compared, as on SQLite.
        super().__init__({"SEARCH_CONFIG": "simple", **params})
