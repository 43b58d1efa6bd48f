from itertools import groupby

from cms.regions.models import Region

from .models import CommunityPlace, PlaceKind, PlaceStatus


def community_place_list_context(*, page, request):
    """Approved places grouped by region, optionally one region and one kind."""
    places = CommunityPlace.objects.filter(
        status=PlaceStatus.APPROVED, locale_id=page.locale_id
    ).select_related("region", "municipality")
    regions = list(Region.objects.filter(locale_id=page.locale_id))
    region = next((r for r in regions if r.slug == request.GET.get("region")), None)
    if region:
        places = places.filter(region=region)
    kind = request.GET.get("kind", "")
    if kind in PlaceKind.values:
        places = places.filter(kind=kind)
    else:
        kind = ""
    places = places.order_by(
        "region__sort_order", "region_id", "municipality__sort_order", "name"
    )
    grouped = [(r, list(items)) for r, items in groupby(places, key=lambda p: p.region)]
    return {
        "places_by_region": grouped,
        "place_count": sum(len(items) for _, items in grouped),
        "regions": regions,
        "selected_region": region,
        "kinds": PlaceKind.choices,
        "selected_kind": kind,
    }
