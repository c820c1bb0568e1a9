"""`make bench`: the SDK against its peers, side by side in one run, installed as users install it.

    python bench/run.py [--repeats 7] [--backend asyncio|trio]

Builds the wheel and two fresh virtualenvs from it (bench/venvs.py), then runs again inside the
default one. Starts bench/server.py in its own process on loopback. Rows 1 to 4 compare the peers
(raw aiohttp, the limit; raw httpx; openapi-python-client's own output; the SDK on each backend),
each round a fresh process per peer, peers interleaved, medians of ``--repeats`` rounds. Rows 5 on
measure the SDK's own features. Prints the table, writes bench/results.json; asserts no time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import httpx

ROOT = Path(__file__).resolve().parent.parent
# After site-packages: the herohealth_async imported is the installed wheel's, never the checkout's.
sys.path.append(str(ROOT))

from bench import many_processes, venvs  # noqa: E402
from herohealth_async import HeroHealth  # noqa: E402
from tests.servers import free_port, redis_server, wait_until_answers  # noqa: E402

IN_VENV = "HEROHEALTH_BENCH_VENV"
PEERS = ("aiohttp", "httpx", "vanilla", "sdk", "sdk_aiohttp")
PEER_NAMES = {
    "aiohttp": "raw aiohttp + json.loads (the limit)",
    "httpx": "raw httpx.AsyncClient + json.loads",
    "vanilla": "openapi-python-client output, no templates",
    "sdk": "herohealth-async, default backend (httpx)",
    "sdk_aiohttp": "herohealth-async, http_backend='aiohttp'",
}

HEADERS = {"x-api-key": "bench-key", "x-practice-group-id": "3"}
Row = dict[str, Any]
DEFAULT_OUT = ROOT / "bench" / "results.json"
SHOWN_IN = (ROOT / "README.md", ROOT / "docs" / "guides" / "performance.md")
"""The pages that show the latest run's rows 1 to 4 (between ``<!-- bench-peers -->`` marks)."""


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


def hero(base_url: str) -> HeroHealth:
    return HeroHealth(api_key="bench-key", practice_group_id="3", base_url=base_url)


# ---------------------------------------------------------------------- 1-4. the peers


def peer_rounds(url: str, pythons: dict[str, Path], repeats: int, loop: str) -> dict[str, Any]:
    """Each round runs every peer once, each in a fresh process of its virtualenv; medians per peer."""
    peers = PEERS if loop == "asyncio" else ("httpx", "sdk")  # aiohttp and its peers run only under asyncio
    rounds: dict[str, list[dict[str, float]]] = {peer: [] for peer in peers}
    for number in range(repeats):
        print(f"  round {number + 1}/{repeats}: {', '.join(peers)}", flush=True)
        for peer in peers:
            rounds[peer].append(_peer(pythons, peer, url, "--loop", loop))
    figures: dict[str, Any] = {}
    for peer, results in rounds.items():
        figures[peer] = {key: median_of([r[key] for r in results]) for key in results[0]}
        figures[peer]["errors"] = sum(r["errors"] for r in results)
    return figures


TLS_PEERS = ("aiohttp", "httpx", "sdk", "sdk_aiohttp")


def tls_rounds(pythons: dict[str, Path], repeats: int) -> dict[str, Any]:
    """Row 11: raw aiohttp, raw httpx and the SDK on each backend over HTTPS (bench/server.py with a certificate from a
    throwaway CA that every peer trusts), interleaved rounds of one call and 1,000 concurrent; medians."""
    import trustme  # noqa: PLC0415 (in the default virtualenv only)

    authority, directory = trustme.CA(), venvs.HOME / "tls"
    directory.mkdir(exist_ok=True)
    bundle, certificate = directory / "ca.pem", directory / "server.pem"
    authority.cert_pem.write_to_path(str(bundle))
    authority.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(certificate))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.server", str(port), str(certificate)], cwd=ROOT)
    rounds: dict[str, list[dict[str, float]]] = {peer: [] for peer in TLS_PEERS}
    try:
        _wait_for_port(port)
        for number in range(repeats):
            print(f"  TLS round {number + 1}/{repeats}: {', '.join(TLS_PEERS)}", flush=True)
            for peer in TLS_PEERS:
                rounds[peer].append(_peer(pythons, peer, f"https://127.0.0.1:{port}", "--ca", str(bundle)))
    finally:
        server.terminate()
        server.wait(timeout=10)
    return {
        peer: {
            "one_call_us": median_of([r["one_call_us"] for r in results]),
            "burst_s": median_of([r["burst_s"] for r in results]),
            "errors": sum(r["errors"] for r in results),
        }
        for peer, results in rounds.items()
    }


def _wait_for_port(port: int, deadline_s: float = 20.0) -> None:
    stop = time.monotonic() + deadline_s
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > stop:
                raise
            time.sleep(0.05)


def peer_memory(url: str, pythons: dict[str, Path]) -> dict[str, float]:
    return {peer: _peer(pythons, peer, url, "--memory")["memory_growth_kb"] for peer in PEERS}


def peer_parse(url: str, pythons: dict[str, Path]) -> dict[str, Any]:
    """The default install's parse, and the same without orjson (as on PyPy)."""
    return {
        "sdk": _peer(pythons, "sdk", url, "--parse"),
        "sdk_stdlib": _peer(pythons, "sdk", url, "--parse", "--decoder", "json"),
    }


def _peer(pythons: dict[str, Path], peer: str, url: str, *options: str) -> dict[str, Any]:
    python = pythons["aiohttp" if peer == "sdk_aiohttp" else "default"]
    out = subprocess.run(
        [str(python), str(ROOT / "bench" / "peers.py"), peer, url, *options],
        check=True,
        capture_output=True,
        text=True,
        cwd=venvs.HOME,
    ).stdout
    result: dict[str, Any] = json.loads(out)
    return result


async def _fetch(url: str, path: str) -> httpx.Response:
    async with httpx.AsyncClient(base_url=url) as client:
        return await client.get(path)


# ---------------------------------------------------------------------- 4. 20,000 slots


async def pagination(url: str, repeats: int) -> Row:
    memory = {str(total): await _peak_growth(url, total) for total in (2_000, 20_000)}
    delayed = f"{url}/delay20"
    samples: dict[str, list[float]] = {"prefetch_off": [], "prefetch_on": []}
    for _ in range(repeats):
        for name, prefetch in (("prefetch_off", False), ("prefetch_on", True)):
            async with hero(delayed) as sdk:
                started = time.perf_counter()
                pager = sdk.booking.list_slots(page_size=100, prefetch=prefetch)
                async with pager:
                    async for page in pager.pages():
                        assert page.data
                        await anyio.sleep(0.02)  # the consumer's own work on each page
                samples[name].append(time.perf_counter() - started)
    s = {name: median_of(values) for name, values in samples.items()}
    return {
        "peak_memory_growth_mb": memory,
        "seconds_20ms_server_20ms_consumer": s,
        "prefetch_on_vs_off": s["prefetch_on"] / s["prefetch_off"],
        "goal": "memory growth <= 5 MB and the same for 2,000 and 20,000 slots; prefetch <= 0.6x",
    }


async def _peak_growth(url: str, total: int) -> float:
    async with hero(url) as sdk:
        await sdk.booking.list_slots(page_index=0, page_size=100)  # warm up outside the measurement
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
        seen = 0
        async for _ in sdk.booking.list_slots(page_size=100, max_items=total):
            seen += 1
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert seen == total
    return (peak - baseline) / 1e6


# ---------------------------------------------------------------------- 5. Elements tokens


async def elements(url: str, repeats: int, callers: int = 10_000, hits: int = 100_000) -> Row:
    upstream: list[int] = []
    hit_us: list[float] = []
    for _ in range(repeats):
        before = (await _fetch(url, "/stats")).json().get("access_token", 0)
        async with hero(url) as sdk:
            async with anyio.create_task_group() as tg:
                for _ in range(callers):
                    tg.start_soon(sdk.practice_group.elements_token)
            upstream.append((await _fetch(url, "/stats")).json()["access_token"] - before)
            started = time.perf_counter()
            for _ in range(hits):
                await sdk.practice_group.elements_token()
            hit_us.append((time.perf_counter() - started) / hits * 1e6)
    return {
        "upstream_calls_per_cold_burst": upstream,
        "cache_hit_us": median_of(hit_us),
        "goal": "exactly 1 upstream call; cache hit <= 5 us",
    }


# ---------------------------------------------------------------------- 6. cold import


def cold_import(repeats: int, runs: int = 10) -> Row:
    """Whole interpreters, side by side: `import httpx` against `from herohealth_async import HeroHealth`."""
    statements = {"httpx": "import httpx", "herohealth_async": "from herohealth_async import HeroHealth"}
    samples: dict[str, list[float]] = {name: [] for name in statements}
    for _ in range(repeats):
        for name, statement in statements.items():
            started = time.perf_counter()
            for _ in range(runs):
                subprocess.run([sys.executable, "-c", statement], check=True)
            samples[name].append((time.perf_counter() - started) / runs * 1000)
    ms = {name: median_of(values) for name, values in samples.items()}
    return {"ms_per_process": ms, "hero_vs_httpx": ms["herohealth_async"] / ms["httpx"], "goal": "<= 1.3x"}


# ---------------------------------------------------------------------- running


async def run_own(url: str, repeats: int) -> dict[str, Row]:
    """Rows 5 and on: the SDK's own features, in this (the default) virtualenv."""
    results: dict[str, Row] = {}
    measures: list[tuple[str, Callable[[], Awaitable[Row]]]] = [
        ("pagination_20000", lambda: pagination(url, min(repeats, 3))),
        ("elements_tokens", lambda: elements(url, repeats)),
    ]
    for name, measure in measures:
        print(f"  measuring {name} ...", flush=True)
        results[name] = await measure()
    print("  measuring cold_import ...", flush=True)
    results["cold_import"] = cold_import(repeats)
    return results


PEER_HEADER = (
    "peer",
    "1. one call",
    "vs limit",
    "2. 1,000 in flight, gather (wall)",
    "vs limit",
    "task group (wall)",
    "vs limit",
    "100 in flight, gather: client CPU per call",
    "vs limit",
    "errors",
    "3. 100-slot page fetched + parsed",
    "vs limit",
    "4. memory after 10,000 calls",
)


def peer_rows(peers: dict[str, Any]) -> list[tuple[str, ...]]:
    """Rows 1 to 4 for each peer, with its ratio to raw aiohttp (the limit; raw httpx under trio)."""
    limit = peers["figures"]["aiohttp"] if "aiohttp" in peers["figures"] else peers["figures"]["httpx"]

    def cell(f: dict[str, Any], key: str, unit: str) -> tuple[str, str]:
        if key not in f or key not in limit:
            return "-", "-"
        shown = f"{f[key]:.3f} s" if unit == "s" else f"{f[key]:.0f} us"
        return shown, f"{f[key] / limit[key]:.2f}x"

    return [
        (
            PEER_NAMES[peer],
            *cell(f, "one_call_us", "us"),
            *cell(f, "gather_1000_s", "s"),
            *cell(f, "group_1000_s", "s"),
            *cell(f, "gather_100_cpu_us", "us"),
            str(f["errors"]),
            *cell(f, "page_us", "us"),
            f"{peers['memory_kb'][peer]:+.0f} KB" if peer in peers.get("memory_kb", {}) else "-",
        )
        for peer, f in peers["figures"].items()
    ]


def peer_table(peers: dict[str, Any]) -> str:
    rows = [PEER_HEADER, *peer_rows(peers)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(PEER_HEADER))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows)


def peer_markdown(peers: dict[str, Any]) -> str:
    """Rows 1 to 4 and the goals, as the performance guide shows them (between ``<!-- bench-peers -->`` marks)."""
    rows = [PEER_HEADER, tuple("---" for _ in PEER_HEADER), *peer_rows(peers)]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.append("")
    lines.extend(f"- {goal}: {figure} ({verdict})" for goal, figure, verdict in goals(peers))
    return "\n".join(lines)


PEER_GOALS: tuple[tuple[str, str, str, str, float], ...] = (
    ("sdk on aiohttp, one call <= 1.25x raw aiohttp", "sdk_aiohttp", "aiohttp", "one_call_us", 1.25),
    (
        "sdk on aiohttp, 1,000 in flight (asyncio.gather) <= 1.3x raw aiohttp",
        "sdk_aiohttp",
        "aiohttp",
        "gather_1000_s",
        1.3,
    ),
    (
        "sdk on aiohttp, 1,000 in flight (anyio task group) <= 1.3x raw aiohttp",
        "sdk_aiohttp",
        "aiohttp",
        "group_1000_s",
        1.3,
    ),
    (
        "sdk on aiohttp, 100 in flight (asyncio.gather), client time per call <= 1.3x raw aiohttp",
        "sdk_aiohttp",
        "aiohttp",
        "gather_100_cpu_us",
        1.3,
    ),
    (
        "sdk on aiohttp, 100 in flight (anyio task group), client time per call <= 1.3x raw aiohttp",
        "sdk_aiohttp",
        "aiohttp",
        "group_100_cpu_us",
        1.3,
    ),
    ("sdk on aiohttp, page fetch + parse <= 1.4x raw aiohttp", "sdk_aiohttp", "aiohttp", "page_us", 1.4),
    ("sdk default, one call <= 0.8x raw httpx", "sdk", "httpx", "one_call_us", 0.8),
    ("sdk default, 1,000 in flight (asyncio.gather) <= 0.9x raw httpx", "sdk", "httpx", "gather_1000_s", 0.9),
)
"""The goals of the peer comparison: (goal, our peer, the peer compared with, figure, the most the ratio may be)."""


def goals(peers: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(goal, figure, met?) for the peer comparison."""
    f = peers["figures"]
    if "aiohttp" not in f:
        return []
    sdk, fast = f["sdk"], f["sdk_aiohttp"]
    checks = [(name, f[ours][key] / f[theirs][key], bound) for name, ours, theirs, key, bound in PEER_GOALS]
    out = [(name, f"{ratio:.2f}x", "met" if ratio <= bound else "NOT met") for name, ratio, bound in checks]
    errors = sdk["errors"] + fast["errors"]
    out.append(("0 errors (sdk, both backends)", str(errors), "met" if errors == 0 else "NOT met"))
    for peer, parsed in peers.get("parse", {}).items():
        ratio = parsed["sdk_us"] / parsed["json_loads_us"]
        install = "default install" if peer == "sdk" else "without orjson, as on PyPy"
        name = f"100-slot parse <= 2.2x json.loads ({install}: {parsed['decoder']})"
        out.append((name, f"{ratio:.2f}x", "met" if ratio <= 2.2 else "NOT met"))
    for peer, kb in peers.get("memory_kb", {}).items():
        if peer.startswith("sdk"):
            out.append(
                (f"memory growth <= 1 MB ({PEER_NAMES[peer]})", f"{kb:+.0f} KB", "met" if kb <= 1024 else "NOT met")
            )
    return out


def write_tables(peers: dict[str, Any]) -> None:
    """Put rows 1 to 4 and the goals into the README and the performance guide."""
    from scripts.sections import replaced  # noqa: PLC0415 (only when writing them)

    section = {"bench-peers": "\n" + peer_markdown(peers) + "\n"}
    for page in SHOWN_IN:
        page.write_text(replaced(page.read_text(encoding="utf-8"), section, page.name), encoding="utf-8")


def table(results: dict[str, Row]) -> str:
    rows = [
        *_rows(results),
        *many_processes.table_rows(results),
        *tls_rows(results["peers"].get("tls")),
        *many_processes.budget_rows(results.get("shared_budget_cost")),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True))
        for r in [("measure", "figures", "result", "goal"), *rows]
    ]
    return "\n".join(lines)


def tls_rows(tls: dict[str, Any] | None) -> list[tuple[str, str, str, str]]:
    """Row 11 (asyncio runs only): raw httpx and the SDK on each backend against raw aiohttp, all over HTTPS."""
    if not tls:
        return []
    limit, errors = tls["aiohttp"], sum(peer["errors"] for peer in tls.values())
    others = [tls[name] for name in ("httpx", "sdk", "sdk_aiohttp")]
    return [
        (
            "11. HTTPS, one call: raw aiohttp | raw httpx / sdk / sdk on aiohttp",
            f"{limit['one_call_us']:.0f} | " + " / ".join(f"{peer['one_call_us']:.0f}" for peer in others) + " us",
            " / ".join(f"{peer['one_call_us'] / limit['one_call_us']:.2f}x" for peer in others),
            "reported (vs raw aiohttp)",
        ),
        (
            "    HTTPS, 1,000 concurrent (wall)",
            f"{limit['burst_s']:.2f} | "
            + " / ".join(f"{peer['burst_s']:.2f}" for peer in others)
            + f" s, {errors} errors",
            " / ".join(f"{peer['burst_s'] / limit['burst_s']:.2f}x" for peer in others),
            "reported (vs raw aiohttp)",
        ),
    ]


def _rows(results: dict[str, Row]) -> list[tuple[str, str, str, str]]:
    pages, tokens = results["pagination_20000"], results["elements_tokens"]
    rows = [
        (
            "5. 20,000 slots, pages of 100",
            "peak growth " + ", ".join(f"{n} slots {mb:.2f} MB" for n, mb in pages["peak_memory_growth_mb"].items()),
            f"{max(pages['peak_memory_growth_mb'].values()):.2f} MB",
            "<= 5 MB",
        ),
        (
            "   prefetch (20 ms server + 20 ms work/page)",
            f"off {pages['seconds_20ms_server_20ms_consumer']['prefetch_off']:.2f} s,"
            f" on {pages['seconds_20ms_server_20ms_consumer']['prefetch_on']:.2f} s",
            f"{pages['prefetch_on_vs_off']:.2f}x",
            "<= 0.6x",
        ),
        (
            "6. 10,000 cold elements_token()",
            f"upstream calls {tokens['upstream_calls_per_cold_burst']}",
            f"hit {tokens['cache_hit_us']:.2f} us",
            "1 call, <= 5 us",
        ),
        (
            "7. cold import (whole processes)",
            f"import httpx {results['cold_import']['ms_per_process']['httpx']:.0f} ms, from herohealth_async import"
            f" HeroHealth {results['cold_import']['ms_per_process']['herohealth_async']:.0f} ms",
            f"{results['cold_import']['hero_vs_httpx']:.2f}x",
            "<= 1.3x",
        ),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    parser.add_argument("--repeats", type=int, default=7)
    # Resolved now: the run continues in another directory (below).
    parser.add_argument("--out", type=lambda path: Path(path).resolve(), default=DEFAULT_OUT)
    args = parser.parse_args()
    if not os.environ.get(IN_VENV):
        pythons = venvs.prepare()
        env = {**os.environ, IN_VENV: "1"}
        os.execve(pythons["default"], [str(pythons["default"]), __file__, *sys.argv[1:]], env)
    pythons = {name: venvs.HOME / name / "bin" / "python" for name in ("default", "aiohttp")}
    import herohealth_async  # noqa: PLC0415

    assert str(venvs.HOME) in herohealth_async.__file__, f"not the installed wheel: {herohealth_async.__file__}"
    os.chdir(venvs.HOME)  # no checkout on any subprocess's sys.path

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.server", str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(url + "/stats")
        machine = f"{os.cpu_count()} cores, Python {platform.python_version()}, {args.backend}"
        print(f"herohealth-async benchmark: {machine}; medians of {args.repeats} rounds")
        started = time.perf_counter()
        peers: dict[str, Any] = {"figures": peer_rounds(url, pythons, args.repeats, args.backend)}
        if args.backend == "asyncio":
            print("  measuring memory and parsing ...", flush=True)
            peers["memory_kb"] = peer_memory(url, pythons)
            peers["parse"] = peer_parse(url, pythons)
            peers["tls"] = tls_rounds(pythons, min(args.repeats, 5))
        results: dict[str, Any] = {"peers": peers}
        results.update(anyio.run(run_own, url, args.repeats, backend=args.backend))
        with redis_server() as redis_url:
            results.update(many_processes.measure_all(url, redis_url, args.backend, args.repeats))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(peer_table(peers))
    for goal, figure, verdict in goals(peers):
        print(f"  {verdict:7}  {figure:>9}  {goal}")
    print(table(results))
    print(f"({time.perf_counter() - started:.0f} s)")
    record = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "backend": args.backend,
        "repeats": args.repeats,
        "versions": _versions(),
        "results": results,
    }
    args.out.write_text(json.dumps(record, indent=2) + "\n")
    print(f"written to {args.out}")
    if args.backend == "asyncio" and args.out == DEFAULT_OUT:
        write_tables(peers)
        print(f"and rows 1 to 4 to {', '.join(str(page.relative_to(ROOT)) for page in SHOWN_IN)}")


def _versions() -> dict[str, str]:
    from importlib.metadata import version  # noqa: PLC0415

    return {name: version(name) for name in ("herohealth-async", "httpx", "httpcore", "aiohttp", "anyio", "sniffio")}


if __name__ == "__main__":
    main()
