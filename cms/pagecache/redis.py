"""Django's Redis cache backend, keeping one client per connection pool.

Django's ``RedisCacheClient`` makes a new ``redis.Redis`` for every call, and
each one rebuilds redis-py's table of response callbacks (about 170 entries):
under load that cost more CPU than the round trip it wraps. A client holds no
connection of its own (it borrows one from the pool for each command), so one
per pool serves every call, in a thread as in a forked worker (the pool checks
its process id).
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Pool -> client; Django keeps each pool for the process's lifetime.
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
