"""Map links for an address: plain links to OpenStreetMap and Google Maps (no
map script or frame of theirs on our pages)."""

from urllib.parse import urlencode


def openstreetmap_url(address):
    if not address:
        return ""
    return "https://www.openstreetmap.org/search?" + urlencode({"query": address})


def google_maps_url(address):
    if not address:
        return ""
    return "https://www.google.com/maps/search/?" + urlencode(
        {"api": "1", "query": address}
    )
