"""A programme page shows the grant's amount, eligibility and Q&A."""

import pytest

from cms.programmes.tests.factories import ProgrammePageFactory
from home.tests.utils import KaikiPageTestCase

pytestmark = pytest.mark.django_db


class RenderTests(KaikiPageTestCase):
    def test_programme_page_is_renderable(self):
        self.assertPageIsRenderable(ProgrammePageFactory(parent=self.home))


def test_programme_page(client, home_page):
    page = ProgrammePageFactory(
        parent=home_page,
        eligibility="<p>県内で居場所を始める団体</p>",
        questions=[
            (
                "question",
                {
                    "question": "何年間受けられますか?",
                    "answer": "<p>最長3年間です。</p>",
                },
            )
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "居場所づくり立ち上げ補助金" in html
    assert "300,000円" in html
    assert "県内で居場所を始める団体" in html
    assert "何年間受けられますか?" in html
