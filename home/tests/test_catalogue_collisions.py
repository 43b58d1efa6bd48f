"""Kaiki's Japanese catalogue never changes what the packages' admin says.

Django merges the catalogues of Django, of every installed app and of the
project's LOCALE_PATHS into one, and the project's wins: a plain msgid in
locale/ja that Wagtail also uses replaces Wagtail's Japanese all over the admin
(Wagtail's "Reports" menu once read 開催報告, Kaiki's event reports). So Kaiki's
own words carry a message context, and a Kaiki entry shares a msgid with a
package only to say what the package says, or to supply the Japanese that the
package ships without (wagtail-localize).
"""

import contextlib
import shutil
from pathlib import Path

import django
import polib
import pytest
import wagtail_localize
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

from home.tests.test_translations import IGNORE, MakeMessagesIntoLocalePaths

# With test_translations' tests, on one xdist worker: makemessages writes
# temporary files in the source tree (see there).
pytestmark = pytest.mark.xdist_group("makemessages")

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
WAGTAIL_LOCALIZE_LOCALE = Path(wagtail_localize.__file__).parent / "locale"


def package_locale_dirs():
    """Where Django finds the packages' catalogues: its own, then each app's."""
    dirs = [Path(django.__file__).parent / "conf" / "locale"]
    dirs += [Path(app.path) / "locale" for app in apps.get_app_configs()]
    return [d for d in dirs if d.is_dir() and d.resolve() != LOCALE_DIR.resolve()]


def read_catalogue(locale_dir, language, domain):
    """A package's catalogue, from its .po or (when it ships none) its .mo."""
    base = locale_dir / language / "LC_MESSAGES" / domain
    for suffix, read in ((".po", polib.pofile), (".mo", polib.mofile)):
        path = base.with_suffix(suffix)
        if path.exists():
            return path, read(str(path))
    return None, []


def japanese(entry):
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


def package_japanese(domain):
    """{(msgctxt, msgid): {Japanese: [the catalogues that say it]}}."""
    found = {}
    for locale_dir in package_locale_dirs():
        path, catalogue = read_catalogue(locale_dir, "ja", domain)
        for entry in catalogue:
            if entry.msgid and not entry.obsolete and japanese(entry):
                where = str(path.relative_to(locale_dir.parent.parent))
                found.setdefault((entry.msgctxt, entry.msgid), {}).setdefault(
                    japanese(entry), []
                ).append(where)
    return found


def package_msgids_without_japanese(domain):
    """Msgids some package uses with no Japanese: its English catalogue holds
    every msgid of the package, its Japanese one may hold only a few."""
    msgids = set()
    for locale_dir in package_locale_dirs():
        for language in ("en", "ja"):
            _path, catalogue = read_catalogue(locale_dir, language, domain)
            msgids |= {(e.msgctxt, e.msgid) for e in catalogue if e.msgid}
    return msgids - set(package_japanese(domain))


def kaiki_entries(domain):
    path = LOCALE_DIR / "ja" / "LC_MESSAGES" / f"{domain}.po"
    return [e for e in polib.pofile(str(path)) if not e.obsolete and japanese(e)]


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_kaiki_says_what_the_packages_say_for_their_msgids(domain):
    theirs = package_japanese(domain)
    assert len(theirs) > (1000 if domain == "django" else 100), (
        "the packages' Japanese catalogues were not found"
    )
    collisions = [
        f"{entry.msgid!r}: Kaiki {japanese(entry)!r}, "
        f"{' and '.join(where)} {their_japanese!r}"
        for entry in kaiki_entries(domain)
        for their_japanese, where in theirs.get(
            (entry.msgctxt, entry.msgid), {}
        ).items()
        if their_japanese != japanese(entry)
    ]
    assert not collisions, (
        f"{len(collisions)} msgid(s) of locale/ja/LC_MESSAGES/{domain}.po would "
        "replace a package's Japanese in the admin; give Kaiki's string a message "
        "context (pgettext), or take the package's word if it means the same:\n"
        + "\n".join(collisions)
    )


@pytest.fixture(scope="module")
def kaiki_code_catalogue(tmp_path_factory):
    """locale/ja's django.po merged with the msgids of Kaiki's code right now:
    an entry with occurrences is one that Kaiki's code uses."""
    tmp_path = tmp_path_factory.mktemp("locale")
    po_path = tmp_path / "ja" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    shutil.copy(LOCALE_DIR / "ja" / "LC_MESSAGES" / "django.po", po_path)
    with (
        contextlib.chdir(settings.BASE_DIR),
        override_settings(LOCALE_PATHS=[tmp_path]),
    ):
        call_command(
            MakeMessagesIntoLocalePaths(),
            locale=["ja"],
            ignore_patterns=IGNORE,
            no_obsolete=True,
            verbosity=0,
        )
    return polib.pofile(str(po_path))


def test_kaiki_code_leaves_the_packages_untranslated_msgids_alone(
    kaiki_code_catalogue,
):
    # A msgid a package ships without Japanese gets Kaiki's Japanese in the admin
    # too: wagtail-localize's "Manual" (translation) read マニュアル, Kaiki's
    # document kind. Kaiki's catalogue supplies those for the package's meaning.
    theirs = package_msgids_without_japanese("django")
    assert (None, "Sync translated pages") in theirs
    shared = sorted(
        f"{entry.msgid!r} ({', '.join(sorted({f for f, _ in entry.occurrences}))})"
        for entry in kaiki_code_catalogue
        if entry.occurrences and (entry.msgctxt, entry.msgid) in theirs
    )
    assert not shared, (
        "Kaiki's code uses msgid(s) that a package uses with no Japanese of its "
        "own, so Kaiki's translation would also be the package's; give Kaiki's "
        "string a message context (pgettext):\n" + "\n".join(shared)
    )


def _translate(catalogue, entry):
    if entry.msgid_plural:
        return catalogue.ngettext(entry.msgid, entry.msgid_plural, 1)
    if entry.msgctxt:
        return catalogue.pgettext(entry.msgctxt, entry.msgid)
    return catalogue.gettext(entry.msgid)


def wagtail_localize_msgids(domain):
    path = WAGTAIL_LOCALIZE_LOCALE / "en" / "LC_MESSAGES" / f"{domain}.po"
    return [e for e in polib.pofile(str(path)) if e.msgid]


def test_wagtail_localize_speaks_japanese_in_the_admin():
    source = wagtail_localize_msgids("django")
    assert len(source) > 70
    with translation.override("ja"):
        catalogue = translation.trans_real.translation("ja")
        english = [e.msgid for e in source if _translate(catalogue, e) == e.msgid]
        assert translation.gettext("Sync translated pages") != "Sync translated pages"
    assert not english, (
        f"{len(english)} wagtail-localize string(s) show in English to a Japanese "
        "editor; add them to locale/ja/LC_MESSAGES/django.po:\n" + "\n".join(english)
    )


def test_wagtail_localize_translation_editor_speaks_japanese():
    # The translation editor's JavaScript reads wagtail-localize's own JavaScript
    # catalogue, which Django merges with locale/ja's djangojs.
    source = wagtail_localize_msgids("djangojs")
    assert len(source) > 40
    catalogue = DjangoTranslation(
        "ja", domain="djangojs", localedirs=[WAGTAIL_LOCALIZE_LOCALE]
    )
    english = [e.msgid for e in source if _translate(catalogue, e) == e.msgid]
    assert not english, (
        f"{len(english)} string(s) of the translation editor show in English; add "
        "them to locale/ja/LC_MESSAGES/djangojs.po:\n" + "\n".join(english)
    )
