from itertools import groupby

from django.db.models import Q

from cms.regions.models import Region
from home.i18n import localize_related

from .models import CommunityPlace, PlaceKind


def community_place_list_context(*, page, request):
    """Listed places grouped by region, optionally one region and one kind: in
    the page's language where translated, else in the default language."""
    places = CommunityPlace.objects.public(locale_id=page.locale_id).select_related(
        "region", "municipality"
    )
    regions = list(Region.objects.filter(locale_id=page.locale_id))
    region = next((r for r in regions if r.slug == request.GET.get("region")), None)
    if region:
        places = places.filter(region__translation_key=region.translation_key)
    kind = request.GET.get("kind", "")
    if kind in PlaceKind.values:
        places = places.filter(kind=kind)
    else:
        kind = ""
    places = places.order_by(
        "region__sort_order", "region_id", "municipality__sort_order", "name"
    )
    places = localize_related(places, "region", "municipality", locale=page.locale_id)
    grouped = [(r, list(items)) for r, items in groupby(places, key=lambda p: p.region)]
    return {
        "places_by_region": grouped,
        "place_count": sum(len(items) for _, items in grouped),
        "regions": regions,
        "selected_region": region,
        "kinds": PlaceKind.choices,
        "selected_kind": kind,
    }


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
