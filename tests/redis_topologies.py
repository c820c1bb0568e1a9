"""The Redis topologies users deploy, started for real on loopback and stopped by PID: a 3-master cluster
(``redis-cli --cluster create``), a master and replica watched by a Sentinel, and a server that speaks
only TLS with an ACL user. Ports are below 55,535: a cluster node also listens on its port + 10,000."""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import attrs
import redis

from tests.servers import stop_process
from tests.tls import Issued, issue

SENTINEL_SERVICE = "hero"
ACL_USER, ACL_PASSWORD = "hero-worker", "s3cret-acl-password"
RESTRICTED_USER, RESTRICTED_PASSWORD = "other-app", "other-password"
NO_TIME_USER = "no-time"
"""Everything but TIME, which the budget's script asks for: refused inside the script."""


def binary(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is not installed: run `make install` (Debian package redis-server)")
    return found


def low_port() -> int:
    """A free loopback port below 55,535 whose port + 10,000 is free too (a cluster node's bus)."""
    for _ in range(200):
        port = random.randint(20_000, 55_534)
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + 10_000))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port pair below 55,535")


def answers(port: int, **options: Any) -> bool:
    try:
        return bool(redis.Redis(host="127.0.0.1", port=port, socket_timeout=0.5, **options).ping())
    except (redis.RedisError, OSError):
        return False


def wait_for(condition: Any, what: str, deadline_s: float = 30.0) -> None:
    stop = time.monotonic() + deadline_s
    while not condition():
        if time.monotonic() > stop:
            raise RuntimeError(f"{what} did not happen within {deadline_s} s")
        time.sleep(0.05)


@contextmanager
def redis_process(directory: Path, port: int, *arguments: str, ping: dict[str, Any] | None = None) -> Iterator[Any]:
    """One ``redis-server`` (no persistence) with ``arguments``; yields its process once it answers."""
    directory.mkdir(parents=True, exist_ok=True)
    command = [binary("redis-server"), *arguments]
    if "--sentinel" not in arguments:
        command += ["--save", "", "--appendonly", "no", "--dir", str(directory)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=directory)
    try:
        wait_for(lambda: process.poll() is None and answers(port, **(ping or {})), f"redis on {port} answering")
        yield process
    finally:
        stop_process(process)


@contextmanager
def redis_cluster(directory: Path) -> Iterator[str]:
    """Three masters with cluster mode on, joined by ``redis-cli --cluster create``; yields a
    ``redis+cluster://`` URL naming two of them as seeds."""
    ports = [low_port() for _ in range(3)]
    with ExitStack() as stack:
        for port in ports:
            stack.enter_context(
                redis_process(
                    directory / str(port),
                    port,
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--cluster-enabled",
                    "yes",
                    "--cluster-config-file",
                    f"nodes-{port}.conf",
                    "--cluster-node-timeout",
                    "2000",
                )
            )
        nodes = [f"127.0.0.1:{port}" for port in ports]
        subprocess.run(
            [binary("redis-cli"), "--cluster", "create", *nodes, "--cluster-yes"],
            check=True,
            capture_output=True,
            timeout=60,
        )

        def ready() -> bool:
            infos = [redis.Redis(port=port, socket_timeout=0.5).cluster("info") for port in ports]
            return all(info.get("cluster_state") == "ok" for info in infos)

        wait_for(ready, "the cluster's state ok")
        yield f"redis+cluster://{nodes[0]},{nodes[1]}"


@attrs.define
class SentinelSet:
    """A master, its replica and a Sentinel watching them: ``url`` (``redis+sentinel://``), ``master``
    (its process, to kill for a failover) and the ports."""

    url: str
    master: Any
    master_port: int
    replica_port: int


@contextmanager
def redis_sentinel(directory: Path) -> Iterator[SentinelSet]:
    master_port, replica_port, sentinel_port = low_port(), low_port(), low_port()
    base = ("--bind", "127.0.0.1")
    with ExitStack() as stack:
        master = stack.enter_context(
            redis_process(directory / "master", master_port, "--port", str(master_port), *base)
        )
        replicated = ("--replicaof", "127.0.0.1", str(master_port))
        stack.enter_context(
            redis_process(directory / "replica", replica_port, "--port", str(replica_port), *base, *replicated)
        )
        config = directory / "sentinel.conf"
        config.write_text(
            f"port {sentinel_port}\nbind 127.0.0.1\ndir {directory}\n"
            f"sentinel monitor {SENTINEL_SERVICE} 127.0.0.1 {master_port} 1\n"
            f"sentinel down-after-milliseconds {SENTINEL_SERVICE} 1000\n"
            f"sentinel failover-timeout {SENTINEL_SERVICE} 5000\n",
            encoding="utf-8",
        )
        stack.enter_context(redis_process(directory / "sentinel", sentinel_port, str(config), "--sentinel"))
        sentinel = redis.Redis(port=sentinel_port, socket_timeout=0.5)
        wait_for(lambda: sentinel.sentinel_slaves(SENTINEL_SERVICE), "the Sentinel seeing the replica")
        yield SentinelSet(
            f"redis+sentinel://127.0.0.1:{sentinel_port}/{SENTINEL_SERVICE}", master, master_port, replica_port
        )


@attrs.define
class TlsRedis:
    """A Redis that speaks only TLS, with an ACL user for the backends and one without their keys."""

    url: str
    """``rediss://hero-worker:...@127.0.0.1:PORT/0``"""
    port: int
    certificates: Issued


@contextmanager
def redis_tls_acl(directory: Path) -> Iterator[TlsRedis]:
    port = low_port()
    certificates = issue(directory / "certs", "127.0.0.1")
    acl = directory / "users.acl"
    acl.write_text(
        "user default off\n"
        # Exactly what the many-workers guide says the backends need (INFO is not granted: a plain URL's
        # cluster check is then skipped).
        f"user {ACL_USER} on >{ACL_PASSWORD} ~herohealth:* +@read +@write +@scripting +time +ping\n"
        f"user {RESTRICTED_USER} on >{RESTRICTED_PASSWORD} ~other:* +@all\n"
        f"user {NO_TIME_USER} on >{RESTRICTED_PASSWORD} ~herohealth:* +@read +@write +@scripting\n",
        encoding="utf-8",
    )
    ping = {
        "ssl": True,
        "ssl_ca_certs": str(certificates.ca_bundle),
        "username": ACL_USER,
        "password": ACL_PASSWORD,
    }
    tls = ("--tls-cert-file", str(certificates.server_pem), "--tls-key-file", str(certificates.server_pem))
    with redis_process(
        directory,
        port,
        "--port",
        "0",
        "--tls-port",
        str(port),
        *tls,
        "--tls-auth-clients",
        "no",
        "--bind",
        "127.0.0.1",
        "--aclfile",
        str(acl),
        ping=ping,
    ):
        yield TlsRedis(f"rediss://{ACL_USER}:{ACL_PASSWORD}@127.0.0.1:{port}/0", port, certificates)
