"""The start-up grant programme page."""

from cms.demo.builders import block, sections_stream, upsert_page
from cms.demo.content.programme import STARTUP_GRANT as GRANT
from cms.programmes.models import ProgrammePage


def load_programmes(ctx):
    ctx.pages["startup_grant"] = upsert_page(
        ctx.home,
        ProgrammePage,
        slug=GRANT["slug"],
        title=GRANT["title"],
        summary=GRANT["summary"],
        amount_yen=GRANT["amount_yen"],
        max_years=GRANT["max_years"],
        eligibility=GRANT["eligibility"],
        how_to_apply=GRANT["how_to_apply"],
        body=sections_stream(GRANT["body"]),
        questions=[
            block("question", {"question": question, "answer": f"<p>{answer}</p>"})
            for question, answer in GRANT["questions"]
        ],
        documents=[block("document", d.pk) for d in ctx.docs(GRANT["documents"])],
        show_in_menus=True,
    )
