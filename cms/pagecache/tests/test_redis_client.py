"""The production cache backend keeps one redis-py client per connection pool
(cms/pagecache/redis.py) instead of Django's new client for every call."""

import socket
from uuid import uuid4

import pytest

from cms.pagecache.redis import RedisCache

SERVER = "redis://127.0.0.1:6390/14"


def backend(location=SERVER):
    return RedisCache(location, {})


def test_every_call_gets_the_same_client():
    cache = backend()
    client = cache._cache.get_client("a")
    assert cache._cache.get_client("b") is client
    assert cache._cache.get_client("c", write=True) is client


def test_each_server_has_its_own_client():
    # The first server takes the writes, the others the reads (Django's rule).
    cache = backend([SERVER, "redis://127.0.0.1:6390/15"])
    writer = cache._cache.get_client(write=True)
    reader = cache._cache.get_client()
    assert writer is not reader
    assert writer.connection_pool is not reader.connection_pool
    assert cache._cache.get_client(write=True) is writer
    assert cache._cache.get_client() is reader


def test_values_make_the_round_trip():
    try:
        socket.create_connection(("127.0.0.1", 6390), timeout=1).close()
    except OSError:
        pytest.skip("no Redis server on 127.0.0.1:6390 (scripts/services.sh)")
    cache = backend()
    key = f"kaiki-test:{uuid4().hex}"
    try:
        assert cache.get(key) is None
        cache.set(key, {"generation": 1}, 30)
        assert cache.get(key) == {"generation": 1}
        assert cache.add(key, "other", 30) is False
    finally:
        cache.delete(key)
