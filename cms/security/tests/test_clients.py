"""The client address behind proxies: X-Forwarded-For only from trusted ones."""

import pytest
from django.core.checks import Error
from django.test import RequestFactory, override_settings

from cms.security.checks import trusted_proxies_check
from cms.security.clients import client_ip, parse_trusted_proxies

PROXY = "10.0.0.5"


def request_from(remote_addr, forwarded=None):
    headers = {} if forwarded is None else {"X-Forwarded-For": forwarded}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, headers=headers)


def test_by_default_a_spoofed_header_is_ignored():
    request = request_from("198.51.100.9", "203.0.113.7")
    assert client_ip(request) == "198.51.100.9"


@override_settings(KAIKI_TRUSTED_PROXIES=1)
def test_one_trusted_proxy_gives_the_address_it_saw():
    # The client wrote "1.1.1.1" itself; the proxy appended what it saw.
    assert client_ip(request_from(PROXY, "1.1.1.1, 203.0.113.7")) == "203.0.113.7"


@override_settings(KAIKI_TRUSTED_PROXIES="2")
def test_a_count_from_the_environment_walks_that_many_hops():
    request = request_from(PROXY, "1.1.1.1, 203.0.113.7, 10.0.0.9")
    assert client_ip(request) == "203.0.113.7"


@override_settings(KAIKI_TRUSTED_PROXIES=1)
def test_without_the_header_the_peer_is_the_client():
    assert client_ip(request_from("198.51.100.9")) == "198.51.100.9"


@override_settings(KAIKI_TRUSTED_PROXIES="10.0.0.0/8,192.168.1.5")
def test_trusted_networks_are_skipped_from_the_right():
    request = request_from(PROXY, "1.1.1.1, 203.0.113.7, 192.168.1.5, 10.1.2.3")
    assert client_ip(request) == "203.0.113.7"


@override_settings(KAIKI_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_a_client_outside_the_trusted_networks_cannot_forge_the_header():
    request = request_from("198.51.100.9", "203.0.113.7")
    assert client_ip(request) == "198.51.100.9"


@override_settings(KAIKI_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_ports_and_ipv6_are_read_and_garbage_stops_the_walk():
    assert client_ip(request_from(PROXY, "203.0.113.7:51234")) == "203.0.113.7"
    assert client_ip(request_from(PROXY, "[2001:db8::7]:443")) == "2001:db8::7"
    assert client_ip(request_from(PROXY, "<script>, 10.0.0.9")) == "10.0.0.9"


@pytest.mark.parametrize(
    ("value", "parsed"),
    [(None, None), ("", None), ("0", None), (0, None), ("1", 1), (3, 3)],
)
def test_setting_forms(value, parsed):
    assert parse_trusted_proxies(value) == parsed


@pytest.mark.parametrize("value", ["10.0.0.0/33", "proxy.example", -1, True])
def test_a_mistyped_setting_is_reported_by_the_checks(value):
    with override_settings(KAIKI_TRUSTED_PROXIES=value):
        (error,) = trusted_proxies_check(None)
    assert isinstance(error, Error)
    assert error.id == "security.E001"


@override_settings(KAIKI_TRUSTED_PROXIES="192.168.1.5")
def test_a_valid_setting_passes_the_checks():
    assert trusted_proxies_check(None) == []
