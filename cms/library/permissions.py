"""Documents' collection permissions, as wagtail-localize asks for them.

Wagtail grants document permissions per collection (GroupCollectionPermission,
on its own Document model's permissions, whatever the document model), while
wagtail-localize's translation editor saves a string only for a user with the
model permission ``library.change_librarydocument`` (it treats every object
that is not a page as a snippet). An editor allowed to change documents could
open a document's translation editor and have every string refused.
"""

from django.core.exceptions import PermissionDenied
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation

ACTIONS = ("add", "change", "delete")


def _policy():
    return policy_registry.get_by_type(get_document_model())


class DocumentCollectionPermissionBackend:
    """``library.<action>_librarydocument`` for a user who may <action>
    documents in some collection. Wagtail's own document views ignore model
    permissions, so this grants nothing there; which document may be changed
    is checked per collection by ``DocumentTranslationPermissionMiddleware``."""

    def authenticate(self, request, **credentials):
        return None

    def has_perm(self, user_obj, perm, obj=None):
        if obj is not None or not user_obj.is_active:
            return False
        opts = get_document_model()._meta
        for action in ACTIONS:
            if perm == f"{opts.app_label}.{action}_{opts.model_name}":
                return _policy().user_has_permission(user_obj, action)
        return False


class DocumentTranslationPermissionMiddleware:
    """wagtail-localize's translation views check the model permission only:
    for a document, the user must also be allowed to change that document
    (its collection)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.namespace != "wagtail_localize":
            return None
        translation_id = view_kwargs.get("translation_id")
        if translation_id is None:
            return None
        translation = (
            Translation.objects.filter(pk=translation_id)
            .select_related("source__specific_content_type")
            .first()
        )
        model = get_document_model()
        if (
            translation is None
            or translation.source.specific_content_type.model_class() is not model
        ):
            return None
        document = model.objects.filter(
            translation_key=translation.source.object_id,
            locale_id=translation.target_locale_id,
        ).first()
        if document is not None and not _policy().user_has_permission_for_instance(
            request.user, "change", document
        ):
            raise PermissionDenied
        return None
