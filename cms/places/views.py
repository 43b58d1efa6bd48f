"""The public routes of the places page (see CommunityPlaceIndexPage): thin
views over the forms, the services and ``CommunityPlace.objects.public``.

The page routes here with top-level imports: this module imports no page
model (each view is handed the page, ``index``), only the places below it.
"""

import copy
from itertools import groupby

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from cms.core.i18n import localize_related
from cms.regions.models import Region
from cms.security.ratelimit import rate_limit_count, rate_limit_exceeded

from .choices import PlaceKind, PlaceStatus
from .filters import PlaceFilterForm
from .forms import PlaceApplicationForm
from .links import CONFIRM, UPDATE, place_from_token
from .models.places import CommunityPlace
from .services import place_apply, place_confirm, place_resubmit

# Applications one visitor may send in an hour: a group sends one, perhaps two.
APPLICATIONS_PER_WINDOW = 3
WINDOW_SECONDS = 60 * 60
RATE_SCOPE = "place_application"


def place_list_view(request, *, index):
    return index.render(
        request, context_overrides=place_list_context(request, index=index)
    )


def place_list_context(request, *, index):
    """Listed places grouped by region, optionally one region and one kind
    (the query string's): in the page's language where translated, else in
    the default language."""
    places = CommunityPlace.objects.public(locale_id=index.locale_id)
    form = PlaceFilterForm(
        request.GET,
        regions=Region.objects.filter(locale_id=index.locale_id),
    )
    filters = form.filters()
    if "region" in filters:
        places = places.filter(
            region__translation_key=filters["region"].translation_key
        )
    if "kind" in filters:
        places = places.filter(kind=filters["kind"])
    places = localize_related(
        places.select_related("region", "municipality").order_by(
            "region__sort_order", "region_id", "municipality__sort_order", "name"
        ),
        "region",
        "municipality",
        locale=index.locale_id,
    )
    grouped = [
        (region, list(items))
        for region, items in groupby(places, key=lambda p: p.region)
    ]
    return {
        "places_by_region": grouped,
        "place_count": sum(len(items) for _region, items in grouped),
        "filter_form": form,
        "regions": form.regions,
        "selected_region": filters.get("region"),
        "kinds": PlaceKind.choices,
        "selected_kind": filters.get("kind", ""),
    }


def place_apply_view(request, *, index):
    form = PlaceApplicationForm(
        request.POST if request.method == "POST" else None, locale=index.locale
    )
    status = 200
    if request.method == "POST":
        if rate_limit_exceeded(
            request,
            scope=RATE_SCOPE,
            limit=APPLICATIONS_PER_WINDOW,
            window_seconds=WINDOW_SECONDS,
        ):
            # Keep what they typed; say when they can try again.
            form.add_error(
                None,
                _(
                    "You have sent several applications in a short time. Please "
                    "wait an hour, then send this one again."
                ),
            )
            status = 429
        elif form.is_valid():
            place_apply(data=form.cleaned_data, language=index.locale.language_code)
            # Only accepted applications count: fixing a typo is not flooding.
            rate_limit_count(request, scope=RATE_SCOPE, window_seconds=WINDOW_SECONDS)
            return redirect(index.url + index.reverse_subpage("applied"))
    response = index.render(
        request,
        template="places/place_application.html",
        context_overrides={"form": form},
    )
    response.status_code = status
    return response


def place_applied_view(request, *, index):
    return index.render(request, template="places/place_application_sent.html")


def place_update_view(request, *, index, token):
    """The group updates its application after staff asked for changes."""
    place = place_from_token(token=token, purpose=UPDATE)
    if place is None or place.status != PlaceStatus.CHANGES_REQUESTED:
        return _link_not_valid(request, index)
    return _group_form(
        request, index=index, place=place, service=place_resubmit, mode="update"
    )


def place_confirm_view(request, *, index, token):
    """The group confirms (or updates) its listing for another year."""
    place = place_from_token(token=token, purpose=CONFIRM)
    if place is None or place.status not in {
        PlaceStatus.APPROVED,
        PlaceStatus.LAPSED,
    }:
        return _link_not_valid(request, index)
    return _group_form(
        request, index=index, place=place, service=place_confirm, mode="confirm"
    )


def place_detail_view(request, *, index, slug):
    place = (
        CommunityPlace.objects.public(locale_id=index.locale_id)
        .filter(slug=slug)
        .select_related("region", "municipality")
        .first()
    )
    if place is None:
        raise Http404
    localize_related([place], "region", "municipality", locale=index.locale_id)
    return index.render(
        request,
        template="places/community_place.html",
        context_overrides={
            "place": place,
            "place_subpath": index.reverse_subpage("place", args=(place.slug,)),
        },
    )


def _group_form(request, *, index, place, service, mode):
    # The form works on a copy: the service compares the group's changes with
    # the place as stored.
    form = PlaceApplicationForm(
        request.POST if request.method == "POST" else None,
        instance=copy.copy(place),
        locale=index.locale,
    )
    if request.method == "POST" and form.is_valid():
        try:
            place = service(place=place, data=form.cleaned_data)
        except ValidationError:
            # The link was used in another tab a moment ago.
            return _link_not_valid(request, index)
        return index.render(
            request,
            template="places/place_link_done.html",
            context_overrides={"place": place, "mode": mode},
        )
    staff_message = (
        place.status_changes.filter(to_status=PlaceStatus.CHANGES_REQUESTED)
        .values_list("message", flat=True)
        .first()
        if mode == "update"
        else ""
    )
    return index.render(
        request,
        template="places/place_link_form.html",
        context_overrides={
            "form": form,
            "place": place,
            "mode": mode,
            "staff_message": staff_message,
        },
    )


def _link_not_valid(request, index):
    response = index.render(request, template="places/place_link_invalid.html")
    response.status_code = 404
    return response
