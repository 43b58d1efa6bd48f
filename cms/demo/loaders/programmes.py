"""The start-up grant programme page: ``cms/demo/data/ja/programme.toml``."""

from cms.demo.builders import block, sections_of, upsert_page
from cms.demo.content import read
from cms.programmes.models import ProgrammePage


def load_programmes(ctx):
    grant = read("ja/programme.toml")["startup_grant"]
    ctx.pages["startup_grant"] = upsert_page(
        ctx.home,
        ProgrammePage,
        slug=grant["slug"],
        title=grant["title"],
        summary=grant["summary"],
        amount_yen=grant["amount_yen"],
        max_years=grant["max_years"],
        eligibility=grant["eligibility"],
        how_to_apply=grant["how_to_apply"],
        body=sections_of(grant["sections"]),
        questions=[
            block(
                "question",
                {"question": q["question"], "answer": f"<p>{q['answer']}</p>"},
            )
            for q in grant["questions"]
        ],
        documents=[block("document", d.pk) for d in ctx.docs(grant["documents"])],
        show_in_menus=True,
    )
