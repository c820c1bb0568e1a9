"""The Redis backends on the topologies users buy, each started once for this module: a 3-master cluster,
a master + replica + Sentinel (and a failover, the master killed by PID), and a Redis that speaks only
TLS with ACL users. For each: the rate budget across 3 processes, the token cache across 4 cold
processes, the replay guard and the drift store; and the faults that are configuration, not outage."""

from __future__ import annotations

import collections
import json
import math
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import anyio
import attrs
import httpx
import pytest
import redis
import redis.cluster
import redis.sentinel

import bench.server
from herohealth_async import (
    RedisConfigurationError,
    RedisDriftStore,
    RedisIdempotencyStore,
    RedisRateLimiter,
    RedisReplayGuard,
    RedisTokenCache,
)
from herohealth_async.testing import FakeHero
from herohealth_facade.lib.drift import DriftRecord
from herohealth_facade.lib.idempotency import Answer, Entry
from herohealth_facade.redis_backends._link import Link
from tests.helpers import API_KEY
from tests.redis_topologies import (
    ACL_PASSWORD,
    ACL_USER,
    NO_TIME_USER,
    RESTRICTED_PASSWORD,
    RESTRICTED_USER,
    SentinelSet,
    redis_cluster,
    redis_sentinel,
    redis_tls_acl,
    wait_for,
)
from tests.servers import ROOT, asgi_server, fake_server, stop_process

# Run by the 3.11 suite only: what they exercise is Redis and redis-py, not the interpreter, and three copies of
# every topology side by side would load a 2-core machine past what the calendar-second checks allow.
pytestmark = pytest.mark.topologies

TOPOLOGIES = ["cluster", "sentinel", "tls_acl"]
Topology = tuple[str, dict[str, Any]]
"""A backend URL and the options every backend takes with it (the CA bundle, for TLS)."""


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    with ExitStack() as stack:
        root = tmp_path_factory.mktemp("redis")
        yield {
            "cluster": stack.enter_context(redis_cluster(root / "cluster")),
            "sentinel": stack.enter_context(redis_sentinel(root / "sentinel")),
            "tls_acl": stack.enter_context(redis_tls_acl(root / "tls")),
        }


@pytest.fixture(params=TOPOLOGIES)
def topology(request: pytest.FixtureRequest, running: dict[str, Any]) -> Topology:
    started = running[request.param]
    if request.param == "cluster":
        return started, {}
    if request.param == "sentinel":
        return started.url, {}
    return started.url, {"verify": str(started.certificates.ca_bundle)}


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    with asgi_server(bench.server.app) as url:
        yield url


BUDGET_WORKER = """
import json, sys, time, anyio
from herohealth_async import HeroHealth, HeroHealthError, RedisRateLimiter

async def main(url, redis_url, options, seconds):
    limiter = RedisRateLimiter(redis_url, per_second=10, **json.loads(options))
    options = {"rate_limiter": limiter, "max_retries": 0}
    async with HeroHealth(api_key="k", practice_group_id="1", base_url=url, **options) as hero:
        print("ready", flush=True)
        start_at = float(await anyio.to_thread.run_sync(sys.stdin.readline))
        await anyio.sleep(max(0.0, start_at - time.time()))  # every process starts on one whole second
        stop = start_at + float(seconds)
        async def loop():
            while time.time() < stop:
                try:
                    await hero.practice_group.get_practice_group_by_id()
                except HeroHealthError:
                    pass
        async with anyio.create_task_group() as tg:
            for _ in range(4):
                tg.start_soon(loop)

anyio.run(main, *sys.argv[1:5], backend=sys.argv[5])
"""


def test_the_budget_holds_at_the_server_for_three_processes(topology: Topology) -> None:
    """Budget 10/s, 3 processes sending as fast as they can for 3 s: no calendar second at the server
    above 10, and at least 85% of the budget used."""
    url, options = topology
    fake = FakeHero()
    with fake_server(fake) as served:
        seconds = 3
        command = [sys.executable, "-c", BUDGET_WORKER, served, url, json.dumps(options), str(seconds)]
        loops = ["asyncio", "trio", "asyncio"]
        processes = [
            subprocess.Popen([*command, loop], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for loop in loops
        ]
        try:
            # The same start for all, once every process has its client (a cold start can take seconds on a busy
            # machine).
            assert [p.stdout.readline() for p in processes if p.stdout] == ["ready\n"] * 3
            start_at = math.ceil(time.time()) + 1
            for process in processes:
                assert process.stdin is not None
                process.stdin.write(f"{start_at}\n")
                process.stdin.close()
            assert [p.wait(timeout=60) for p in processes] == [0, 0, 0]
        finally:
            for process in processes:  # a worker left waiting for its start (another failed first) is stopped
                stop_process(process)
    per_second = collections.Counter(int(r.at) for r in fake.requests)
    counted = [per_second[second] for second in range(start_at, start_at + seconds)]
    assert max(per_second.values()) <= 10, per_second
    assert sum(counted) / len(counted) >= 8.5, counted


TOKEN_WORKER = """
import json, sys, anyio
from herohealth_async import HeroHealth, RedisTokenCache

async def main(url, redis_url, options):
    cache = RedisTokenCache(redis_url, **json.loads(options))
    async with HeroHealth(api_key="k", practice_group_id="3", base_url=url, token_cache=cache) as hero:
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(hero.practice_group.elements_token)

anyio.run(main, *sys.argv[1:4], backend=sys.argv[4])
"""


def test_four_cold_processes_make_one_upstream_token_call(topology: Topology, upstream: str) -> None:
    url, options = topology
    httpx.get(upstream + "/reset")
    command = [sys.executable, "-c", TOKEN_WORKER, upstream, url, json.dumps(options)]
    processes = [subprocess.Popen([*command, loop], cwd=ROOT) for loop in ("asyncio", "trio") * 2]
    assert [p.wait(timeout=60) for p in processes] == [0] * 4
    assert httpx.get(upstream + "/stats").json()["access_token"] == 1


@pytest.mark.anyio
async def test_a_second_receiver_sees_a_replay_and_the_drift_is_recorded_once(topology: Topology) -> None:
    url, options = topology
    one, two = RedisReplayGuard(url, **options), RedisReplayGuard(url, **options)
    delivery = f"delivery-{time.time_ns()}"
    assert await anyio.to_thread.run_sync(one.claim, delivery, "first", 5.0) == "claimed"
    assert await anyio.to_thread.run_sync(two.claim, delivery, "second", 5.0) == "in_progress"
    await anyio.to_thread.run_sync(one.commit, delivery, "first", 60.0)
    assert await anyio.to_thread.run_sync(two.claim, delivery, "second", 5.0) == "done"
    scope = f"scope-{time.time_ns()}"
    record = DriftRecord("list_slots", "GET", "/v1/slots", "data.room", "not in the document", "string")
    stores = RedisDriftStore(url, **options), RedisDriftStore(url, **options)
    assert await stores[0].add(scope, record) is True
    assert await stores[1].add(scope, record) is False  # the first process to meet it logs it
    assert await stores[1].all(scope) == [record]
    # Two workers' idempotency stores: the second finds the first's record.
    one_store, two_store = RedisIdempotencyStore(url, **options), RedisIdempotencyStore(url, **options)
    key, now = f"key-{time.time_ns()}", time.time()
    claim = Entry("in_flight", "fingerprint", "worker-1", now, now + 60)
    assert await one_store.claim(key, claim) is None
    assert (await two_store.claim(key, attrs.evolve(claim, owner="worker-2"))) == claim
    await one_store.finish(key, attrs.evolve(claim, state="done", answer=Answer(200, {}, b"{}")))
    found = await two_store.claim(key, claim)
    assert found is not None and found.state == "done" and found.answer == Answer(200, {}, b"{}")


@pytest.mark.anyio
async def test_every_key_is_in_the_scopes_slot_and_names_no_secret(running: dict[str, Any]) -> None:
    url = running["cluster"]
    fake = FakeHero()
    limiter, tokens = RedisRateLimiter(url, per_second=100), RedisTokenCache(url)
    async with fake.client(api_key=API_KEY, rate_limiter=limiter, token_cache=tokens) as hero:
        await hero.practice_group.get_practice_group_by_id()
        await hero.practice_group.elements_token()
        scope = hero._config.scope
    cluster = redis.cluster.RedisCluster.from_url(url.replace("redis+cluster://", "redis://").split(",")[0])
    keys = [key.decode() for key in cluster.scan_iter(match="herohealth:*", target_nodes=cluster.ALL_NODES)]
    ours = [key for key in keys if f"{{{scope}}}" in key]
    assert {key.split("{")[0] for key in ours} == {"herohealth:rate:"}
    assert {cluster.keyslot(key) for key in ours} == {cluster.keyslot(f"{{{scope}}}")}
    assert any(key.startswith("herohealth:elements:{") for key in keys)
    assert not [key for key in keys if API_KEY in key or "http" in key or "fake" in key]


def test_a_plain_url_to_a_cluster_node_is_used_as_a_cluster(running: dict[str, Any]) -> None:
    seed = running["cluster"].replace("redis+cluster://", "redis://").split(",")[0]
    limiter = RedisRateLimiter(seed, per_second=1000)
    for scope in (f"a-{time.time_ns()}", f"b-{time.time_ns()}", f"c-{time.time_ns()}"):  # slots on other nodes
        anyio.run(limiter.acquire, scope, 1.0)
    assert isinstance(limiter._link.redis, redis.cluster.RedisCluster)


def test_a_plain_client_of_ones_own_on_a_cluster_is_refused_naming_the_url_to_use(running: dict[str, Any]) -> None:
    port = int(running["cluster"].split(",")[0].rsplit(":", 1)[1])
    limiter = RedisRateLimiter(client=redis.Redis(port=port), per_second=100)
    with pytest.raises(RedisConfigurationError, match=r"^RedisRateLimiter: .*redis\+cluster://") as caught:
        anyio.run(limiter.acquire, "scope", 1.0)
    assert caught.value.backend == "RedisRateLimiter"


def test_a_cross_slot_answer_is_a_configuration_error_not_an_outage(running: dict[str, Any]) -> None:
    cluster = redis.cluster.RedisCluster.from_url(
        running["cluster"].replace("redis+cluster://", "redis://").split(",")[0]
    )
    link = Link("RedisRateLimiter", cluster, from_url=False)
    script = cluster.register_script("return 1")
    with pytest.raises(RedisConfigurationError) as caught:  # refused by redis-py before it is sent
        link.run_sync("checking", lambda: script(keys=["{a}x", "{b}y"]))
    assert caught.value.redis_error == "ClusterCrossSlotError" and "hash tag" in caught.value.fix
    with pytest.raises(RedisConfigurationError) as caught:  # refused by a node
        link.run_sync("checking", lambda: cluster.get_node_from_key("{a}").redis_connection.mget("{a}x", "{b}y"))
    assert caught.value.redis_error == "ClusterCrossSlotError" and "cluster-aware client" in caught.value.fix
    assert link.run_sync("checking", lambda: cluster.ping())  # not left alone as if Redis were down


def test_a_wrong_password_or_a_missing_permission_is_raised_through_the_call(running: dict[str, Any]) -> None:
    tls = running["tls_acl"]
    bundle = str(tls.certificates.ca_bundle)
    wrong = RedisRateLimiter(f"rediss://127.0.0.1:{tls.port}/0", username=ACL_USER, password="wrong", verify=bundle)
    restricted = f"rediss://{RESTRICTED_USER}:{RESTRICTED_PASSWORD}@127.0.0.1:{tls.port}/0"
    no_time = f"rediss://{NO_TIME_USER}:{RESTRICTED_PASSWORD}@127.0.0.1:{tls.port}/0"
    cases = [
        (wrong, "AuthenticationError", "check the username and password"),
        (RedisRateLimiter(restricted, per_second=5, verify=bundle), "NoPermissionError", "grant the ACL user"),
        (RedisRateLimiter(no_time, per_second=5, verify=bundle), "NoPermissionError", "+time"),
    ]
    fake = FakeHero()
    for limiter, name, fix in cases:
        for _ in range(2):  # every call, not once: a misconfiguration is never ridden out as an outage
            with pytest.raises(RedisConfigurationError) as caught:
                anyio.run(_one_call, fake, limiter)
            assert caught.value.redis_error == name and fix in str(caught.value)
            assert ACL_PASSWORD not in str(caught.value) and "wrong" not in str(caught.value)
    assert [r.operation for r in fake.requests] == []  # nothing was sent without the shared budget


async def _one_call(fake: FakeHero, limiter: RedisRateLimiter) -> None:
    async with fake.client(rate_limiter=limiter) as hero:
        await hero.practice_group.get_practice_group_by_id()


def test_tls_is_verified_and_an_unknown_ca_is_a_configuration_error(running: dict[str, Any]) -> None:
    tls = running["tls_acl"]
    untrusted = RedisDriftStore(tls.url)  # certifi's bundle: the private CA is not in it
    with pytest.raises(RedisConfigurationError, match="verify='/path/ca.pem'") as caught:
        anyio.run(untrusted.all, "scope")
    assert ACL_PASSWORD not in str(caught.value)
    context = ssl.create_default_context(cafile=tls.certificates.ca_bundle)
    assert anyio.run(RedisDriftStore(tls.url, verify=context).all, "scope") == []


def test_a_plain_url_to_a_replica_is_refused(running: dict[str, Any]) -> None:
    replica = running["sentinel"].replica_port
    limiter = RedisRateLimiter(f"redis://127.0.0.1:{replica}/0", per_second=5)
    with pytest.raises(RedisConfigurationError, match="point it at the master"):
        anyio.run(limiter.acquire, "scope", 1.0)


def test_sentinel_follows_a_failover_and_the_budget_goes_on(tmp_path: Path) -> None:
    with redis_sentinel(tmp_path) as sentinel_set:
        anyio.run(_through_failover, sentinel_set)


async def _through_failover(sentinel_set: SentinelSet) -> None:
    limiter = RedisRateLimiter(sentinel_set.url, per_second=1000)
    await limiter.acquire("before", 1.0)
    sentinel_set.master.send_signal(signal.SIGKILL)
    sentinel_set.master.wait()
    started = time.monotonic()
    promoted = redis.Redis(port=sentinel_set.replica_port, socket_timeout=0.5)
    while promoted.info("replication")["role"] != "master":
        with anyio.fail_after(2):  # during the failover: bounded, and going on without Redis
            await limiter.acquire(f"during-{time.monotonic()}", 1.0)
        assert time.monotonic() - started < 30, "Sentinel did not promote the replica"
        await anyio.sleep(0.2)

    def budget_on_the_new_master() -> bool:
        anyio.from_thread.run(limiter.acquire, "after", 1.0)
        return bool(promoted.exists("herohealth:rate:{after}:budget"))

    await anyio.to_thread.run_sync(lambda: wait_for(budget_on_the_new_master, "a budget on the new master", 20.0))


@pytest.mark.anyio
async def test_a_client_of_ones_own_of_each_kind(running: dict[str, Any]) -> None:
    seed = running["cluster"].replace("redis+cluster://", "redis://").split(",")[0]
    sentinel_port = int(running["sentinel"].url.rsplit(":", 1)[1].split("/")[0])
    sentinel = redis.sentinel.Sentinel([("127.0.0.1", sentinel_port)], socket_timeout=0.5)
    clients = [redis.cluster.RedisCluster.from_url(seed), sentinel.master_for("hero", socket_timeout=0.5)]
    record = DriftRecord("list_slots", "GET", "/v1/slots", "data.room", "not in the document", "string")
    for client in clients:
        scope = f"own-{time.time_ns()}"
        store = RedisDriftStore(client=client)
        assert await store.add(scope, record) is True and await store.all(scope) == [record]
        limiter = RedisRateLimiter(client=client, per_second=5)
        await limiter.acquire(scope, 1.0)
        assert client.exists(f"herohealth:rate:{{{scope}}}:budget")
