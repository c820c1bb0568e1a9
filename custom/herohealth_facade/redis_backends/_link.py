"""How a backend talks to Redis: blocking redis-py calls in worker threads of its own (so asyncio and
trio alike, and a hung Redis cannot take the threads the rest of the application needs), nothing sent
for a while after Redis failed to answer, and the difference between an outage and a mistake.

An outage (no answer, a timeout, a cluster or Sentinel failing over) is ridden out: the call raises
:class:`RedisUnavailable`, which each backend handles (the rate limiter and token cache go on without
Redis, logging a WARNING at most every 30 s). A mistake (a wrong password, a missing ACL permission,
a replica that cannot be written, a plain client on a cluster, a command the server lacks) is raised as
:class:`RedisConfigurationError` at every call: the shared state is never silently off.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar, TypedDict, TypeVar

import anyio
import anyio.to_thread
import redis
import redis.cluster
import redis.exceptions as errors

from herohealth_facade._exceptions import HeroHealthError
from herohealth_facade.lib.threads import ThreadLimit
from herohealth_facade.redis_backends._connect import AnyRedis, Verify, cluster_of, connect

logger = logging.getLogger("herohealth_async")
T = TypeVar("T")
COOL_OFF_S = 2.0
"""After Redis failed to answer, it is not asked again for this long (calls fail at once meanwhile)."""
WARN_EVERY_S = 30.0

# Answers that say Redis (or the cluster, or Sentinel) is there but cannot serve right now.
_TRANSIENT = (
    errors.ConnectionError,  # also BusyLoadingError, Sentinel's MasterNotFoundError and its READONLY
    errors.TimeoutError,
    errors.ClusterDownError,  # also MasterDownError
    errors.TryAgainError,
    errors.RedisClusterException,  # "Redis Cluster cannot be connected": no seed answered
    OSError,
)
GRANT = "grant the ACL user +@read +@write +@scripting +time and the keys ~herohealth:*"
_FIXES = (
    (errors.AuthenticationError, "check the username and password (in the URL, or username=/password=)"),
    (errors.AuthenticationWrongNumberOfArgsError, "this Redis has no ACL users: pass the password alone"),
    (errors.NoPermissionError, GRANT),
    (errors.ClusterCrossSlotError, "use a cluster-aware client: a redis+cluster:// URL, or client=RedisCluster(...)"),
    (errors.ReadOnlyError, "point it at the master: a replica cannot be written (redis+sentinel:// follows failovers)"),
)


class RedisConfigurationError(HeroHealthError):
    """Redis answered, but cannot serve this backend as it is configured: ``backend`` (the class),
    ``redis_error`` (the error's class name) and ``fix``. Raised at every call until fixed."""

    def __init__(self, backend: str, redis_error: str, detail: str, fix: str) -> None:
        super().__init__(f"{backend}: Redis refused ({redis_error}: {detail}); {fix}")
        self.backend = backend
        self.redis_error = redis_error
        self.fix = fix


class RedisUnavailable(Exception):
    """Redis did not answer (or failed recently and is being left alone)."""


class Link:
    """One backend's Redis client and the rules above. A plain client made from a ``redis://`` URL that
    turns out to reach a cluster node (cluster mode on) is replaced, at the first call, by a cluster
    client seeded with that node; a plain ``client=`` of the caller's own is refused there."""

    def __init__(self, backend: str, client: AnyRedis, *, from_url: bool, threads: int = 8) -> None:
        self.backend = backend
        self._client = client
        self._from_url = from_url  # a client the backend made may be replaced; a caller's own is not
        self._checked = isinstance(client, redis.cluster.RedisCluster) or not isinstance(client, redis.Redis)
        self._check_lock = threading.Lock()
        self._threads = ThreadLimit(threads)
        self._down_until = 0.0
        self._warned_at = -WARN_EVERY_S
        self._scripts: dict[str, Any] = {}

    @property
    def redis(self) -> AnyRedis:
        """The client (a cluster client once a plain URL has been found to reach a cluster). Blocking."""
        if not self._checked:
            with self._check_lock:
                if not self._checked:
                    self._client = self._resolved(self._client)
                    self._scripts.clear()
                    self._checked = True
        return self._client

    def script(self, source: str) -> Any:
        """A registered Lua script of the current client (``script(keys=[...], args=[...])``). Blocking."""
        client = self.redis
        registered = self._scripts.get(source)
        if registered is None:
            registered = self._scripts[source] = client.register_script(source)
        return registered

    def run_sync(self, what: str, call: Callable[[], T]) -> T:
        """``call()`` in this thread: its answer, :class:`RedisUnavailable` or :class:`RedisConfigurationError`."""
        if time.monotonic() < self._down_until:
            raise RedisUnavailable(what)
        try:
            return call()
        except (errors.RedisError, errors.RedisClusterException) as exc:
            misconfigured = self._misconfiguration(exc)
            if misconfigured is not None:
                raise misconfigured from None
            raise self._unavailable(what, exc) from None
        except OSError as exc:
            raise self._unavailable(what, exc) from None

    async def run(self, what: str, call: Callable[[], T]) -> T:
        """``call()`` in a worker thread of this link (see :meth:`run_sync`)."""
        if time.monotonic() < self._down_until:
            raise RedisUnavailable(what)
        # Checked again in the thread: callers queued behind a call that just failed give up at once.
        return await anyio.to_thread.run_sync(self.run_sync, what, call, limiter=self._threads.limiter())

    def _unavailable(self, what: str, exc: BaseException) -> RedisUnavailable:
        self._down_until = time.monotonic() + COOL_OFF_S
        now = time.monotonic()
        if now - self._warned_at >= WARN_EVERY_S:  # an outage must not flood the logs
            self._warned_at = now
            logger.warning("Redis unreachable (%s) while %s; going on without it", type(exc).__name__, what)
        return RedisUnavailable(what)

    def _misconfiguration(self, exc: Exception) -> RedisConfigurationError | None:
        name = type(exc).__name__
        detail = str(exc).split("\n", 1)[0][:200]
        for kind, fix in _FIXES:  # first: a refused password is also a ConnectionError
            if isinstance(exc, kind):
                return RedisConfigurationError(self.backend, name, detail, fix)
        if "can't run this command" in detail:  # an ACL refusal inside a script is a plain error reply
            return RedisConfigurationError(self.backend, "NoPermissionError", detail, GRANT)
        if "same key slot" in detail:  # redis-py's own check, before anything is sent
            fix = "every key of one call must carry the same hash tag: keep key_prefix free of braces"
            return RedisConfigurationError(self.backend, "ClusterCrossSlotError", detail, fix)
        if "certificate verify failed" in detail.lower():  # the same certificate will be presented again
            fix = "trust the CA of Redis's certificate: verify='/path/ca.pem' (or an ssl.SSLContext)"
            return RedisConfigurationError(self.backend, name, detail, fix)
        if isinstance(exc, _TRANSIENT):
            return None
        if detail.startswith(("MOVED", "ASK")):
            fix = "this is a Redis Cluster node: use a redis+cluster:// URL (or client=RedisCluster(...))"
        elif "unknown command" in detail.lower():
            fix = "this server lacks a command the backend needs (Redis 6.2 or later, scripting enabled)"
        else:
            fix = "see the Redis error; nothing was stored"
        return RedisConfigurationError(self.backend, name, detail, fix)

    def _resolved(self, client: AnyRedis) -> AnyRedis:
        """``client``, or a cluster client if it reaches a node with cluster mode on."""
        try:
            info = client.info("cluster")  # an outage raises: the question is asked again at the next call
        except errors.NoPermissionError:
            return client  # INFO refused by an ACL: used as it is; a MOVED answer would name the fix
        if not isinstance(client, redis.Redis) or info.get("cluster_enabled") not in (1, "1"):
            return client
        if self._from_url:
            return cluster_of(client)
        fix = "pass client=redis.cluster.RedisCluster(...), or url='redis+cluster://host:port'"
        raise RedisConfigurationError(
            self.backend, "cluster mode", "a plain redis.Redis client reaches a cluster node", fix
        )


class RedisOptions(TypedDict, total=False):
    """The keyword arguments every Redis backend takes besides ``url`` (see :class:`RedisBackend`)."""

    client: AnyRedis | None
    username: str | None
    password: str | None
    verify: Verify
    key_prefix: str | None


class RedisBackend:
    """What every Redis backend takes: ``url`` (one of the URL forms of the many-workers guide) or
    ``client=`` a redis-py client of one's own; ``username=``/``password=`` for an ACL user (they win over
    the URL's); ``verify=`` for ``rediss``; ``key_prefix`` (each backend has its own by default)."""

    default_prefix: ClassVar[str]

    def __init__(
        self,
        url: str | None = None,
        *,
        client: AnyRedis | None = None,
        username: str | None = None,
        password: str | None = None,
        verify: Verify = True,
        key_prefix: str | None = None,
    ) -> None:
        name = type(self).__name__
        if client is not None:
            self._link = Link(name, client, from_url=False)
        else:
            self._link = Link(name, connect(url, username=username, password=password, verify=verify), from_url=True)
        self._prefix = self.default_prefix if key_prefix is None else key_prefix
