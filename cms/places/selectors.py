from django.db.models import Q


def place_reviewer_emails():
    """The addresses of the active staff who may change community places: they
    are told of new applications, re-submissions and lapsed listings."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    permission = Permission.objects.filter(
        content_type__app_label="places", codename="change_communityplace"
    )
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(is_superuser=True)
            | Q(user_permissions__in=permission)
            | Q(groups__permissions__in=permission)
        )
        .distinct()
        .order_by("email")
    )
    return list(users.values_list("email", flat=True))
