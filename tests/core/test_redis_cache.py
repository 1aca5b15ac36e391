"""The Redis cache backend (core.redis_cache): Django's, with one client per connection pool."""

from __future__ import annotations

import threading

from youthvoice.core.redis_cache import RedisCache


def test_one_client_per_pool_and_the_cache_works_across_threads(redis_url):
    cache = RedisCache(redis_url, {})
    assert cache._cache.get_client() is cache._cache.get_client(write=True)
    cache.set("a", {"generation": 1})
    assert cache.get("a") == {"generation": 1}
    seen = []

    def worker(n: int) -> None:
        for i in range(50):
            cache.set(f"k{n}", i)
            seen.append(cache.get(f"k{n}") == i)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 200 and all(seen)
    assert cache.add("a", 2) is False
    assert cache.delete("a") is True


def test_the_project_uses_it_when_redis_is_set():
    from pathlib import Path

    settings_text = (Path(__file__).parents[2] / "src/youthvoice/settings.py").read_text()
    assert '"BACKEND": "youthvoice.core.redis_cache.RedisCache"' in settings_text
