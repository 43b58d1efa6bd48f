"""The Japanese and English catalogues cover every interface string in the code.

makemessages runs from the project root into a copy of locale/<lang>/LC_MESSAGES/
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

# makemessages writes a temporary .py beside each template it reads, in the
# source tree: two xdist workers running it at once remove each other's. One
# worker runs this module's tests (--dist loadgroup, scripts/test.sh).
pytestmark = pytest.mark.xdist_group("makemessages")

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
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


@pytest.fixture(params=["ja", "en"])
def merged_catalogue(request, tmp_path, monkeypatch):
    """locale/<lang>'s django.po, merged with the strings of the current code."""
    language = request.param
    repo_po = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    assert repo_po.exists(), f"run makemessages -l {language} first"
    po_path = tmp_path / language / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    shutil.copy(repo_po, po_path)
    copy_mtime = po_path.stat().st_mtime_ns
    repo_mtime = repo_po.stat().st_mtime_ns

    monkeypatch.chdir(settings.BASE_DIR)
    with override_settings(LOCALE_PATHS=[tmp_path]):
        call_command(
            MakeMessagesIntoLocalePaths(),
            locale=[language],
            ignore_patterns=IGNORE,
            no_obsolete=True,
            verbosity=0,
        )

    assert repo_po.stat().st_mtime_ns == repo_mtime, (
        "makemessages wrote to the repository's locale/ instead of tmp_path"
    )
    assert po_path.stat().st_mtime_ns != copy_mtime, (
        "makemessages did not write to tmp_path"
    )
    assert not (tmp_path / "django.pot").exists()
    return polib.pofile(str(po_path))


def test_catalogue_is_complete(merged_catalogue):
    language = merged_catalogue.metadata["Language"]
    untranslated = [e.msgid for e in merged_catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in merged_catalogue.fuzzy_entries()]
    assert not untranslated, (
        f"{len(untranslated)} untranslated msgid(s) in locale/{language}: "
        f"{untranslated}"
    )
    assert not fuzzy, f"{len(fuzzy)} fuzzy msgid(s) in locale/{language}: {fuzzy}"
    assert len(merged_catalogue) > 300


PLURAL_FORMS = {
    "ja": ("nplurals=1; plural=0;", [0]),
    "en": ("nplurals=2; plural=(n != 1);", [0, 1]),
}


def test_catalogue_has_the_language_plural_forms(merged_catalogue):
    language = merged_catalogue.metadata["Language"]
    header, indexes = PLURAL_FORMS[language]
    assert merged_catalogue.metadata["Plural-Forms"] == header
    plurals = [e for e in merged_catalogue if e.msgid_plural]
    assert plurals
    wrong = [
        e.msgid
        for e in plurals
        if sorted(e.msgstr_plural) != indexes or not all(e.msgstr_plural.values())
    ]
    assert not wrong, f"plural entries without exactly {indexes} filled: {wrong}"


def test_english_plurals_differ_from_the_singular():
    catalogue = polib.pofile(str(LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"))
    same = [
        e.msgid
        for e in catalogue
        if e.msgid_plural and e.msgstr_plural[0] == e.msgstr_plural[1]
    ]
    assert not same, f"English plural forms equal to the singular: {same}"
