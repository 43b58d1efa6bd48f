"""The Japanese catalogue covers every interface string in the current code.

makemessages runs from the project root into a copy of locale/ja/LC_MESSAGES/
django.po in a temporary LOCALE_PATHS; msgmerge then adds any new msgid as
untranslated (or fuzzy, when it resembles an existing one), which fails the test.
"""

import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.commands import makemessages
from django.test import override_settings

REPO_PO = Path(settings.BASE_DIR) / "locale" / "ja" / "LC_MESSAGES" / "django.po"
IGNORE = [".venv", "node_modules", "static", "media", "test-artifacts", "tests"]


class MakeMessagesIntoLocalePaths(makemessages.Command):
    """makemessages that writes every string to settings.LOCALE_PATHS[0].

    Run from the project root, the stock command files each source file under
    the nearest ./locale it finds while walking the tree, whatever LOCALE_PATHS
    says, so override_settings alone would rewrite the repository's catalogue.
    """

    def find_files(self, root):
        files = super().find_files(root)
        target = str(settings.LOCALE_PATHS[0])
        for translatable in files:
            translatable.locale_dir = target
        return files


@pytest.fixture
def merged_catalogue(tmp_path, monkeypatch):
    """locale/ja's django.po, merged with the strings of the current code."""
    assert REPO_PO.exists(), "run makemessages -l ja first"
    po_path = tmp_path / "ja" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    shutil.copy(REPO_PO, po_path)
    copy_mtime = po_path.stat().st_mtime_ns
    repo_mtime = REPO_PO.stat().st_mtime_ns

    monkeypatch.chdir(settings.BASE_DIR)
    with override_settings(LOCALE_PATHS=[tmp_path]):
        call_command(
            MakeMessagesIntoLocalePaths(),
            locale=["ja"],
            ignore_patterns=IGNORE,
            no_obsolete=True,
            verbosity=0,
        )

    assert REPO_PO.stat().st_mtime_ns == repo_mtime, (
        "makemessages wrote to the repository's locale/ instead of tmp_path"
    )
    assert po_path.stat().st_mtime_ns != copy_mtime, (
        "makemessages did not write to tmp_path"
    )
    assert not (tmp_path / "django.pot").exists()
    return polib.pofile(str(po_path))


def test_japanese_catalogue_is_complete(merged_catalogue):
    untranslated = [e.msgid for e in merged_catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in merged_catalogue.fuzzy_entries()]
    assert not untranslated, (
        f"{len(untranslated)} untranslated msgid(s) in locale/ja: {untranslated}"
    )
    assert not fuzzy, f"{len(fuzzy)} fuzzy msgid(s) in locale/ja: {fuzzy}"
    assert len(merged_catalogue) > 300


def test_japanese_catalogue_has_one_plural_form(merged_catalogue):
    assert merged_catalogue.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert merged_catalogue.metadata["Language"] == "ja"
    plurals = [e for e in merged_catalogue if e.msgid_plural]
    assert plurals
    wrong = [e.msgid for e in plurals if list(e.msgstr_plural) != [0]]
    assert not wrong, f"plural entries with more than msgstr[0]: {wrong}"
