"""The demo's PDFs read as their content says."""

from io import BytesIO

from pypdf import PdfReader

from cms.demo.loaders.library import document_specs
from cms.demo.pdfs import register_japanese_font, render_pdf


def test_text_is_not_read_as_markup():
    register_japanese_font()
    spec = {
        **document_specs()["qa_startup"],
        "sections": [
            {"heading": "Q&A <1>", "paragraphs": ["・A & B", "x < y & z > w"]}
        ],
    }
    reader = PdfReader(BytesIO(render_pdf(spec)))
    cover = reader.pages[0].extract_text()
    assert "Q&A(2022年6月13日現在)" in cover
    assert "Q&A;" not in cover
    text = reader.pages[1].extract_text()
    assert "Q&A <1>" in text
    assert "A & B" in text
    assert "x < y & z > w" in text
