"""Which Redis a backend talks to: the URL forms, TLS, ACL users and a client of one's own.

    redis://[user:password@]host:port[/db]        one server (a cluster node is detected: see below)
    rediss://...                                   the same over TLS
    unix:///path/to/redis.sock
    redis+cluster://[user:password@]host:port[,host:port...]    a Redis Cluster (any node as the seed)
    rediss+cluster://...                                        the same over TLS
    redis+sentinel://[user:password@]host:port[,host:port...]/service_name   the master Sentinel names
    rediss+sentinel://...                                                    the same over TLS (to the master)

``username`` and ``password`` arguments win over the URL's; with Sentinel they are the master's (the
Sentinels themselves are asked without credentials: pass ``client=`` for Sentinels that need them).
``verify`` (for ``rediss``): ``True`` (certifi's bundle), a CA bundle path, or an ``ssl.SSLContext`` whose
CAs are trusted.
"""

from __future__ import annotations

import os
import ssl
from typing import Any
from urllib.parse import unquote, urlsplit

import certifi

from herohealth_facade._exceptions import RequestValidationError

try:
    import redis
    import redis.cluster
    import redis.sentinel
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("the Redis backends need the [redis] extra: pip install 'herohealth-async[redis]'") from exc

SOCKET_TIMEOUT_S = 0.5
TIMEOUTS = {"socket_timeout": SOCKET_TIMEOUT_S, "socket_connect_timeout": SOCKET_TIMEOUT_S}
"""Every connection's, to data nodes and to Sentinels alike."""
AnyRedis = redis.Redis | redis.cluster.RedisCluster
Verify = bool | str | os.PathLike[str] | ssl.SSLContext
"""The CAs a ``rediss`` connection trusts: ``True`` (certifi's bundle), a PEM bundle path, or an SSLContext's."""
PLAIN_SCHEMES = ("redis", "rediss", "unix")
CLUSTER_SCHEMES = ("redis+cluster", "rediss+cluster")
SENTINEL_SCHEMES = ("redis+sentinel", "rediss+sentinel")


def connect(
    url: str | None,
    *,
    username: str | None = None,
    password: str | None = None,
    verify: Verify = True,
) -> AnyRedis:
    """A redis-py client for ``url`` (see the module's docstring), with short socket timeouts."""
    if not isinstance(url, str) or "://" not in url:
        raise RequestValidationError("url", "must be a Redis URL (redis://, rediss://, redis+cluster://, ...)")
    scheme = url.split("://", 1)[0].lower()
    options: dict[str, Any] = dict(TIMEOUTS)
    if scheme.startswith("rediss"):
        options |= tls_options(verify)
        if scheme not in PLAIN_SCHEMES:
            options["ssl"] = True  # a plain rediss:// URL says so itself
    if scheme in PLAIN_SCHEMES:
        credentials = {k: v for k, v in (("username", username), ("password", password)) if v is not None}
        return redis.Redis.from_url(url, **options, **credentials)
    parts = urlsplit(url)
    user = username if username is not None else _unquoted(parts.username)
    secret = password if password is not None else _unquoted(parts.password)
    nodes = _nodes(parts.netloc.rpartition("@")[2])
    if scheme in CLUSTER_SCHEMES:
        startup = [redis.cluster.ClusterNode(host, port) for host, port in nodes]  # type: ignore[no-untyped-call]
        return redis.cluster.RedisCluster(startup_nodes=startup, username=user, password=secret, **options)
    if scheme in SENTINEL_SCHEMES:
        service = parts.path.strip("/")
        if not service:
            raise RequestValidationError("url", "a redis+sentinel:// URL ends with /service_name (the master's name)")
        sentinel = redis.sentinel.Sentinel(nodes, sentinel_kwargs=dict(TIMEOUTS), **options)  # type: ignore[no-untyped-call]
        master: redis.Redis = sentinel.master_for(service, username=user, password=secret)  # type: ignore[no-untyped-call]
        return master
    raise RequestValidationError(
        "url", "must start with redis://, rediss://, unix://, redis+cluster:// or redis+sentinel:// (or pass client=)"
    )


def cluster_of(client: redis.Redis) -> redis.cluster.RedisCluster:
    """A cluster client seeded with the node ``client`` talks to, with the same credentials and TLS."""
    kwargs = client.connection_pool.connection_kwargs
    keep = ("username", "password", "socket_timeout", "socket_connect_timeout")
    options = {name: kwargs[name] for name in keep if kwargs.get(name) is not None}
    if "ssl_ca_data" in kwargs or "ssl_ca_certs" in kwargs or kwargs.get("ssl"):
        options |= {name: kwargs[name] for name in ("ssl_ca_data", "ssl_ca_certs") if kwargs.get(name)}
        options["ssl"] = True
    return redis.cluster.RedisCluster(host=kwargs.get("host", "localhost"), port=kwargs.get("port", 6379), **options)


def tls_options(verify: Verify) -> dict[str, Any]:
    """redis-py's TLS arguments for a ``verify=``-style setting (the CAs to trust)."""
    if isinstance(verify, ssl.SSLContext):
        authorities = verify.get_ca_certs(binary_form=True)
        if not authorities:
            raise RequestValidationError(
                "verify", "the SSLContext has no CA loaded (load_verify_locations(cafile=...))"
            )
        return {"ssl_cert_reqs": "required", "ssl_ca_data": b"".join(authorities)}
    if verify is True:
        return {"ssl_cert_reqs": "required", "ssl_ca_certs": certifi.where()}
    if isinstance(verify, bool) or not os.fspath(verify).strip():
        raise RequestValidationError("verify", "must be True, a CA bundle path or an ssl.SSLContext")
    path = os.path.expanduser(os.fspath(verify))
    if not os.path.isfile(path):
        raise RequestValidationError("verify", f"no CA bundle at {path}")
    return {"ssl_cert_reqs": "required", "ssl_ca_certs": path}


def _nodes(netloc: str) -> list[tuple[str, int]]:
    nodes = []
    for part in netloc.split(","):
        host, _, port = part.strip().rpartition(":")
        if not host or not port.isdigit():
            raise RequestValidationError("url", "nodes are host:port, separated by commas")
        nodes.append((host.strip("[]"), int(port)))
    return nodes


def _unquoted(value: str | None) -> str | None:
    return None if value is None else unquote(value)
