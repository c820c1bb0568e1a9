"""State shared by many processes and machines, in Redis (``pip install herohealth-async[redis]``).

- :class:`RedisTokenCache`: Elements tokens, refreshed by one process at a time.
- :class:`RedisRateLimiter`: one request budget and one 429 pause per API key, for every process.
- :class:`RedisReplayGuard`: webhook deliveries claimed and processed, for every receiver.
- :class:`RedisDriftStore`: response drift, recorded and logged once for every process.
- :class:`RedisIdempotencyStore`: writes sent with an idempotency key, for every worker (fails closed).

Each takes a URL (one server, a cluster, a Sentinel service, over TLS, with an ACL user: see
``_connect``) or a redis-py client of one's own. Every key is namespaced by the client's scope (a hash of
its base URL and API key, never the key itself) and carries it as a hash tag, so clients of different
keys or environments share nothing and each script runs on one node of a cluster.

They use redis-py's synchronous client in worker threads, under a limit of their own, and work under
asyncio and trio alike. Every call has short socket timeouts; after a failure Redis is left alone for a
few seconds, so an outage costs one timeout, not one per request. The token cache and the rate limiter
then go on without it (fail open) and log a WARNING; the replay guard refuses to vouch for a delivery.
A configuration fault (a wrong password, a missing permission, a replica, a plain client on a cluster)
raises :class:`RedisConfigurationError` instead: the shared state is never silently off.
"""

from herohealth_facade.redis_backends._link import RedisBackend, RedisConfigurationError, RedisOptions
from herohealth_facade.redis_backends.drift import RedisDriftStore
from herohealth_facade.redis_backends.idempotency import RedisIdempotencyStore
from herohealth_facade.redis_backends.rate_limit import RedisRateLimiter
from herohealth_facade.redis_backends.replay import RedisReplayGuard
from herohealth_facade.redis_backends.tokens import RedisTokenCache

__all__ = [
    "RedisBackend",
    "RedisConfigurationError",
    "RedisDriftStore",
    "RedisIdempotencyStore",
    "RedisOptions",
    "RedisRateLimiter",
    "RedisReplayGuard",
    "RedisTokenCache",
]
