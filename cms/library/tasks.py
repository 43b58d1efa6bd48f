import logging

from django_tasks import task
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .models import LibraryDocument

logger = logging.getLogger(__name__)


@task()
def extract_document_text(document_id):
    """Store the text layer of a PDF so search can find words inside it."""
    document = LibraryDocument.objects.filter(pk=document_id).first()
    if document is None:
        return
    try:
        with document.file.open("rb") as handle:
            reader = PdfReader(handle)
            text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (OSError, PdfReadError, ValueError) as error:
        logger.warning("Could not read text of document %s: %s", document_id, error)
        return
    LibraryDocument.objects.filter(pk=document_id).update(extracted_text=text.strip())
