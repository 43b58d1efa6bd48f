"""Site-wide StreamField blocks. ``BaseStreamBlock`` is the one body stream."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "あおもり回帰の集い", "level": "h2"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {
            "text": "地域に入るきっかけをくれたのは、先に移り住んだ人でした。",
            "attribution": "30代・Iターン",
        }


class DocumentLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    documents = blocks.ListBlock(
        DocumentChooserBlock(), label=pgettext_lazy("library", "documents")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_links_block.html"
        label = pgettext_lazy("library", "Documents")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "link", "ul"])
    link = blocks.PageChooserBlock(label=_("link"), required=False)

    class Meta:
        icon = "pick"
        template = "blocks/callout_block.html"
        label = _("Callout")
        preview_value = {
            "title": "案内役に相談する",
            "text": "<p>地域の先輩移住者が、暮らしや仕事の相談にのります。</p>",
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"))
    answer = blocks.RichTextBlock(
        label=_("answer"), features=["bold", "link", "ul", "ol"]
    )

    class Meta:
        icon = "help"
        template = "blocks/question_block.html"
        label = _("Question and answer")
        preview_value = {
            "question": "補助金は何年間受けられますか?",
            "answer": "<p>最長3年間です。</p>",
        }


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    documents = DocumentLinksBlock()
    callout = CalloutBlock()
    question = QuestionBlock()
    embed = EmbedBlock(
        label=_("Embedded media"), icon="media", template="blocks/embed_block.html"
    )
