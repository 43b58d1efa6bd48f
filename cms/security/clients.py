"""The address of the client that sent a request, read through trusted proxies.

Behind a TLS proxy every request arrives from the proxy's address, so counting
by ``REMOTE_ADDR`` would put every visitor in one bucket. The proxies in front
append the address they received the request from to ``X-Forwarded-For``;
anything to the left of what they appended was written by the client and can
be forged. So the header is read from the right, one hop per trusted proxy,
and only when ``KAIKI_TRUSTED_PROXIES`` says which proxies are trusted:

- unset, ``0`` or empty: ``REMOTE_ADDR``, the header is ignored (the default);
- a number *n*: the last *n* hops are proxies (``1`` for one proxy in front);
- networks, e.g. ``["10.0.0.0/8", "192.168.1.5"]``: every hop from one of them
  is a proxy, and the first address from the right outside them is the client.

The rate limits, the security log and django-axes all ask this one function.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


def client_ip(request):
    """The client's address as the trusted proxies report it ("" when unknown)."""
    trusted = parse_trusted_proxies(_setting())
    address = request.META.get("REMOTE_ADDR", "") or ""
    if not trusted:
        return address
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    proxies_passed = 0
    for hop in reversed(hops):
        if not _is_proxy(address, proxies_passed, trusted):
            break
        hop_address = _parse_address(hop)
        if hop_address is None:
            # A forged or garbled entry: the last address a proxy vouched for
            # is the best we know.
            break
        address = hop_address
        proxies_passed += 1
    return address


def parse_trusted_proxies(value):
    """A proxy count (int) or a tuple of networks; ``None`` when none is trusted.

    Accepts what settings or the environment give: ``None``, an int, a string
    (``"1"`` or ``"10.0.0.0/8,192.168.1.5"``) or a list of networks. Raises
    ``ValueError`` for anything else, so a typo fails at start-up.
    """
    if value is None or value == "" or value == 0:
        return None
    if isinstance(value, bool):
        raise ValueError("KAIKI_TRUSTED_PROXIES is a count or a list of networks.")
    if isinstance(value, int):
        if value < 0:
            raise ValueError("The trusted proxy count cannot be negative.")
        return value
    if isinstance(value, str):
        value = value.strip()
        if value.isdigit():
            return parse_trusted_proxies(int(value))
        value = [part for part in value.split(",") if part.strip()]
    return _networks(tuple(str(part).strip() for part in value)) or None


def _setting():
    value = getattr(settings, "KAIKI_TRUSTED_PROXIES", None)
    # Lists are not hashable; the parsed networks are cached per value.
    return tuple(value) if isinstance(value, list) else value


@lru_cache(maxsize=8)
def _networks(parts):
    return tuple(ipaddress.ip_network(part, strict=False) for part in parts)


def _is_proxy(address, proxies_passed, trusted):
    if isinstance(trusted, int):
        return proxies_passed < trusted
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in trusted)


def _parse_address(hop):
    """The address in one X-Forwarded-For entry, without a port; None if invalid."""
    if hop.startswith("[") and "]" in hop:  # [2001:db8::1]:443
        hop = hop[1 : hop.index("]")]
    elif hop.count(":") == 1:  # 203.0.113.7:443
        hop = hop.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(hop))
    except ValueError:
        return None
