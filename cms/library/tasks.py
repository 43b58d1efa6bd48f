from django_tasks import task

from .extraction import document_extract_text


@task()
def extract_document_text(*, document_id):
    """Store the text layer of a PDF so search can find words inside it."""
    document_extract_text(document_id=document_id)
