"""Case studies and their index."""

from cms.demo.builders import block, sections_of, upsert_page
from cms.demo.content.stories import CASE_STUDIES, CASE_STUDY_INDEX
from cms.places.models import CommunityPlace
from cms.stories.models import CaseStudyIndexPage, CaseStudyPage


def load_case_studies(ctx):
    index = upsert_page(
        ctx.home,
        CaseStudyIndexPage,
        slug=CASE_STUDY_INDEX["slug"],
        title=CASE_STUDY_INDEX["title"],
        intro=CASE_STUDY_INDEX["intro"],
        show_in_menus=True,
    )
    ctx.pages["stories"] = index
    for spec in CASE_STUDIES:
        upsert_page(
            index,
            CaseStudyPage,
            slug=spec["slug"],
            title=spec["title"],
            kind=spec["kind"],
            summary=spec["summary"],
            region=ctx.regions[spec["region"]],
            municipality=ctx.municipality(spec["region"], spec["municipality"]),
            topics=spec["topics"],
            body=sections_of(spec["sections"]),
            people=[
                {
                    "person": ctx.people[row["person"]],
                    "role": row["role"],
                    "note": row["note"],
                }
                for row in spec["people"]
            ],
            related_documents=[
                block("document", document.pk)
                for document in ctx.docs(spec["documents"])
            ],
            # None on the first pass, which runs before the places exist.
            community_place=_place(spec.get("place"), index.locale_id),
        )


def _place(name, locale_id):
    if name is None:
        return None
    return CommunityPlace.objects.filter(name=name, locale_id=locale_id).first()
