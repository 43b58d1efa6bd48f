"""English translations of the other sections (wagtail-localize), the same way as
``cms.demo.loaders.english``: case studies, community places, news, the policy
and grant pages, the contact page, the web guidebook and the 2016 panel report.

Every page is created with ``copy_for_translation`` and updated in place by
``upsert_translation``; synchronised fields (regions, dates, figures, documents,
people and roles) are copied from the Japanese page on every run. Translatable
children (people's notes, outcome indicators, form fields, participants' voices)
are the Japanese children's rows, matched by ``translation_key``. Every English
page gets the Japanese page's ``show_in_menus``, so both menus list the same
sections.
"""

from cms.demo.builders import (
    _child_relation,
    block,
    default_locale,
    paragraph,
    sections_stream,
    upsert,
    upsert_translation,
)
from cms.demo.content import english_sections as english
from cms.events.models import PanelReportPage
from cms.library.models import GuidebookChapterPage
from cms.news.models import NewsPage
from cms.places.models import CommunityPlace
from cms.stories.models import CaseStudyPage

from .english import _snippet_translation, english_locale


def load_english_sections(ctx):
    locale = english_locale()
    _case_studies(ctx, locale)
    _places(ctx, locale)
    _programme(ctx, locale)
    _policy(ctx, locale)
    _news(ctx, locale)
    _contact(ctx, locale)
    _footer_pages(ctx, locale)
    _guidebook(ctx, locale)
    _panel_reports(ctx, locale)


def _translate(source, locale, **fields):
    """``upsert_translation`` with the Japanese page's menu setting."""
    return upsert_translation(
        source, locale, show_in_menus=source.show_in_menus, **fields
    )


def _same_stream(page, name):
    """A StreamField of ``page`` as stream data (documents stay the same)."""
    return [
        {"type": child["type"], "value": child["value"]}
        for child in getattr(page, name).raw_data
    ]


def _children(page, name):
    """``page``'s ``name`` children as saved (not as held in memory), in order."""
    model = _child_relation(page, name)
    return list(model.objects.filter(page=page).order_by("sort_order"))


def _people(source, name, notes):
    """The same people and roles (synchronised) with English notes."""
    rows = []
    for position, link in enumerate(_children(source, name)):
        rows.append(
            {
                "person": link.person,
                "role": link.role,
                "note": notes[position] if position < len(notes) else "",
                "translation_key": link.translation_key,
            }
        )
    return rows


def _case_studies(ctx, locale):
    source_index = ctx.pages["stories"]
    index = _translate(
        source_index,
        locale,
        title=english.CASE_STUDY_INDEX["title"],
        intro=english.CASE_STUDY_INDEX["intro"],
    )
    ctx.pages["stories:en"] = index
    for slug, texts in english.CASE_STUDIES.items():
        source = CaseStudyPage.objects.child_of(source_index).get(slug=slug)
        _translate(
            source,
            locale,
            title=texts["title"],
            kind=source.kind,
            summary=texts["summary"],
            region=source.region,
            municipality=source.municipality,
            topics=[tag.name for tag in source.topics.all()],
            body=sections_stream(texts["sections"]),
            people=_people(source, "people", texts["people"]),
            related_documents=_same_stream(source, "related_documents"),
        )


def _places(ctx, locale):
    ctx.pages["places:en"] = _translate(
        ctx.pages["places"],
        locale,
        title=english.PLACE_INDEX["title"],
        intro=english.PLACE_INDEX["intro"],
    )
    japanese = default_locale()
    for japanese_name, texts in english.PLACES.items():
        name, organiser, venue, schedule, description = texts
        place = CommunityPlace.objects.get(locale=japanese, name=japanese_name)
        translated = _snippet_translation(place, locale)
        upsert(
            CommunityPlace,
            lookup={"pk": translated.pk},
            name=name,
            organiser=organiser,
            venue=venue,
            schedule=schedule,
            description=description,
            # Synchronised: the same kind, place, contact and approval.
            kind=place.kind,
            region=place.region,
            municipality=place.municipality,
            contact=place.contact,
            status=place.status,
        )


def _programme(ctx, locale):
    source = ctx.pages["startup_grant"]
    grant = english.STARTUP_GRANT
    ctx.pages["startup_grant:en"] = _translate(
        source,
        locale,
        title=grant["title"],
        summary=grant["summary"],
        amount_yen=source.amount_yen,
        max_years=source.max_years,
        eligibility=grant["eligibility"],
        how_to_apply=grant["how_to_apply"],
        body=sections_stream(grant["body"]),
        questions=[
            block("question", {"question": question, "answer": f"<p>{answer}</p>"})
            for question, answer in grant["questions"]
        ],
        documents=_same_stream(source, "documents"),
    )


def _policy(ctx, locale):
    source = ctx.pages["policy"]
    indicators = []
    for indicator, (name, unit, target_note, notes) in zip(
        _children(source, "indicators"), english.INDICATORS, strict=True
    ):
        actuals = sorted(indicator.actual_values, key=lambda v: v["fiscal_year"])
        indicators.append(
            {
                "translation_key": indicator.translation_key,
                "name": name,
                "unit": unit,
                "target_note": target_note,
                "baseline_fiscal_year": indicator.baseline_fiscal_year,
                "baseline_value": indicator.baseline_value,
                "target_fiscal_year": indicator.target_fiscal_year,
                "target_value": indicator.target_value,
                "actuals": [
                    block(
                        "actual",
                        {
                            "fiscal_year": actual["fiscal_year"],
                            "value": str(actual["value"]),
                            "note": note,
                        },
                    )
                    for actual, note in zip(actuals, notes, strict=True)
                ],
            }
        )
    ctx.pages["policy:en"] = _translate(
        source,
        locale,
        title=english.POLICY["title"],
        summary=english.POLICY["summary"],
        situation_and_issues=english.POLICY["situation_and_issues"],
        basic_direction=english.POLICY["basic_direction"],
        main_actions=english.POLICY["main_actions"],
        indicators=indicators,
    )


def _news(ctx, locale):
    source_index = ctx.pages["news"]
    ctx.pages["news:en"] = _translate(
        source_index,
        locale,
        title=english.NEWS_INDEX["title"],
        intro=english.NEWS_INDEX["intro"],
    )
    for slug, (title, summary, paragraphs) in english.NEWS.items():
        source = NewsPage.objects.child_of(source_index).get(slug=slug)
        _translate(
            source,
            locale,
            title=title,
            date=source.date,
            summary=summary,
            body=[paragraph(*paragraphs)],
        )


def _contact(ctx, locale):
    source = ctx.pages["contact"]
    contact = english.CONTACT
    fields = [
        {
            "translation_key": field.translation_key,
            "label": label,
            "help_text": help_text,
            # Synchronised: answers are stored under the same names in both languages.
            "clean_name": field.clean_name,
            "field_type": field.field_type,
            "required": field.required,
        }
        for field, (label, help_text) in zip(
            _children(source, "form_fields"), contact["fields"], strict=True
        )
    ]
    ctx.pages["contact:en"] = _translate(
        source,
        locale,
        title=contact["title"],
        intro=contact["intro"],
        thank_you_text=contact["thank_you_text"],
        to_address=source.to_address,
        from_address=source.from_address,
        subject=contact["subject"],
        form_fields=fields,
    )


def _footer_pages(ctx, locale):
    for name, content in (
        ("privacy", english.PRIVACY),
        ("accessibility", english.ACCESSIBILITY),
    ):
        ctx.pages[name + ":en"] = _translate(
            ctx.pages[name],
            locale,
            title=content["title"],
            intro=content["intro"],
            body=sections_stream(content["sections"]),
        )


def _guidebook(ctx, locale):
    source = ctx.pages["guidebook"]
    guidebook = _translate(
        source,
        locale,
        title=english.GUIDEBOOK["title"],
        intro=english.GUIDEBOOK["intro"],
        pdf=source.pdf,  # the Japanese PDF edition
    )
    ctx.pages["guidebook:en"] = guidebook
    for slug, (title, summary, sections) in english.CHAPTERS.items():
        chapter = GuidebookChapterPage.objects.child_of(source).get(slug=slug)
        _translate(
            chapter,
            locale,
            title=title,
            summary=summary,
            body=sections_stream(sections),
        )


def _panel_reports(ctx, locale):
    for event_slug, texts in english.PANEL_REPORTS.items():
        event = ctx.pages["event:" + event_slug]
        for source in PanelReportPage.objects.child_of(event):
            voices = [
                {
                    "translation_key": voice.translation_key,
                    "words": words,
                    "attribute": attribute,
                }
                for voice, (words, attribute) in zip(
                    _children(source, "voices"), texts["voices"], strict=True
                )
            ]
            _translate(
                source,
                locale,
                title=texts["title"],
                summary=texts["summary"],
                body=sections_stream(texts["body"]),
                panelists=_people(source, "panelists", texts["panelists"]),
                voices=voices,
                materials=_same_stream(source, "materials"),
            )
