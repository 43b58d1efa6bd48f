"""Who on the staff hears of something: the addresses of the active users
holding a permission, directly, through a group, or as superusers."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q


def staff_emails(permission):
    """Sorted addresses of active staff with ``permission`` ("app_label.codename");
    users without an address are left out."""
    app_label, codename = permission.split(".")
    permissions = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(is_superuser=True)
            | Q(user_permissions__in=permissions)
            | Q(groups__permissions__in=permissions)
        )
        .distinct()
        .order_by("email")
    )
    return list(users.values_list("email", flat=True))
