"""Django's Redis cache, with one Redis client object per connection pool instead of one per call.

Django's ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` on every cache call (its
``__init__`` fills a table of about 170 response callbacks), which was most of a cache get's CPU on a
journey page, where every page reads the journey cache's generation (bench/README.md, "A journey page's
CPU"). A ``redis.Redis`` over a connection pool is safe to share between threads (each command takes a
connection from the pool), so one per pool is kept. ``count_within`` (rate limits) counts in one round
trip. Everything else is Django's backend.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None or client.connection_pool is not pool:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def count_within(self, key, *, timeout: int, version=None) -> int:
        """Add one to the counter at ``key``, started at 0 with ``timeout`` if missing: the new count, in one
        round trip (MULTI: SET NX EX, INCR; EXEC), where ``add`` then ``incr`` takes two. The counter reads
        back with ``get`` as an int, as ``incr``'s do."""
        key = self.make_and_validate_key(key, version=version)
        pipeline = self._cache.get_client(key, write=True).pipeline(transaction=True)
        pipeline.set(key, 0, ex=timeout, nx=True)
        pipeline.incr(key)
        return pipeline.execute()[1]
