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


def test_count_within_counts_in_one_round_trip_with_the_windows_timeout(redis_url, monkeypatch):
    cache = RedisCache(redis_url, {})
    client = cache._cache.get_client(write=True)
    sent = []
    pipeline_class = type(client.pipeline())
    real_execute = pipeline_class.execute
    monkeypatch.setattr(
        pipeline_class, "execute", lambda self, *a, **k: sent.append(1) or real_execute(self, *a, **k)
    )
    assert [cache.count_within("bucket", timeout=60) for _ in range(3)] == [1, 2, 3]
    assert len(sent) == 3  # one pipeline (one round trip) a count
    assert cache.get("bucket") == 3  # read back as incr's counters are
    assert 0 < client.ttl(cache.make_and_validate_key("bucket")) <= 60  # started with the timeout, kept
    cache.delete("bucket")
    assert cache.count_within("bucket", timeout=60) == 1


def test_rate_limits_count_through_it_and_keep_the_limit(redis_url, monkeypatch, rf):
    from youthvoice.voices import ratelimit

    cache = RedisCache(redis_url, {})
    monkeypatch.setattr(ratelimit, "cache", cache)
    ratelimit.rate_limit_memory_forget()
    secret_reads = []
    real_get = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *a, **k: secret_reads.append(key) or real_get(key, *a, **k))
    request = rf.post("/", REMOTE_ADDR="203.0.113.9")
    assert [ratelimit.rate_limit_hit(request=request, action="t", limit=2) for _ in range(3)] == [
        False,
        False,
        True,
    ]
    other = rf.post("/", REMOTE_ADDR="203.0.113.10")
    assert ratelimit.rate_limit_hit(request=other, action="t", limit=2) is False
    assert len(secret_reads) == 1  # the day's secret is read once a minute, not on every count
    ratelimit.rate_limit_memory_forget()
