"""Where a call's CPU time goes, layer by layer, at 1, 10, 100 and 1,000 calls in flight (``make profile``).

    python -m bench.layers [--seconds 15] [--write]

Raw aiohttp and the SDK on ``http_backend="aiohttp"`` each fetch one appointment from bench/server.py (in its
own process), in bursts started with ``asyncio.gather``, for ``--seconds`` per concurrency, each in a process of
the benchmark's fresh virtualenvs (bench/venvs.py, from the built wheel, as ``make bench``), under py-spy: a
sampling profiler outside the process, so layers of a few microseconds are not swamped by the profiler's own cost
per function call (cProfile's). Each sample is given to the innermost layer among its frames (``LAYERS``; the
garbage collector's native frames included), and each layer's share of the samples is turned into microseconds
of the client's CPU time per call. Prints the table the performance guide shows (``--write`` puts it there).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import venvs  # noqa: E402
from tests.servers import free_port, wait_until_answers  # noqa: E402

IN_FLIGHT = (1, 10, 100, 1000)
PEERS = ("aiohttp", "sdk_aiohttp")
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("aiohttp's own request", ("(aiohttp/", "(yarl/", "(multidict/", "(aiohappyeyeballs/", "(propcache/")),
    (
        "decoding the body (json.loads / orjson) and the model",
        ("(json/", "json_body", "_parse_success", "herohealth_async/models/", "_parsing.py"),
    ),
    ("argument checks", ("_validation.py",)),
    (
        "request assembly (operation, URL, headers, httpx.Request)",
        ("_building.py", "_requests.py", "/api/booking/get_"),
    ),
    ("httpx to aiohttp and back (the transport)", ("_transports.py",)),
    ("admission (connection slot, rate budget) and calls in flight", ("_pool.py", "_connections.py", "rate_limit.py")),
    ("retry loop, log and span checks", ("_base_client.py", "_failures.py", "_logs.py", "_tracing.py")),
    ("resource method and its options", ("api/booking/__init__.py",)),
    ("the burst itself (gather, tasks)", ("bench/layers.py", "bench/peers.py")),
    ("event loop and sockets", ("(asyncio/", "(selectors.py", "(socket.py", "(ssl.py")),
)
OTHER = "anything else"
GC = "of which garbage collection (counted in the rows above, where it struck)"


def layer_of(frames: list[str]) -> str:
    """The layer of a sample: the first of ``LAYERS`` that any frame names, innermost frame first."""
    for frame in reversed(frames):
        for name, marks in LAYERS:
            if any(mark in frame for mark in marks):
                return name
    return OTHER


def profile(py_spy: str, python: Path, peer: str, url: str, in_flight: int, seconds: float) -> dict[str, float]:
    """Microseconds of client CPU per call in each layer, for ``peer`` (run by ``python``) at ``in_flight``."""
    with tempfile.TemporaryDirectory() as scratch:
        samples = Path(scratch, "samples.txt")
        child = [str(python), str(ROOT / "bench" / "peers.py"), peer, url, "--profile", str(in_flight), str(seconds)]
        # Not --native: unwinding C stacks stops the process at each sample and inflates its CPU time.
        record = [py_spy, "record", "--nonblocking", "--rate", "499", "--format", "raw", "--output", str(samples)]
        record.append("--")
        # As bench/run.py runs its peers: from the benchmark's virtualenvs, no checkout on sys.path.
        ran = subprocess.run(record + child, check=True, cwd=venvs.HOME, capture_output=True, text=True)
        # py-spy writes its own lines to the same output, after the figures (printed without a newline).
        figures = ran.stdout[ran.stdout.index('{"cpu_us"') :]
        measured = json.loads(figures[: figures.index("}") + 1])
        cpu_us = measured["cpu_us"]
        shares: Counter[str] = Counter()
        for line in samples.read_text().splitlines():
            stack, count = line.rsplit(" ", 1)
            if stack and "importlib" not in stack:  # neither the child's start nor a moment outside Python
                shares[layer_of(stack.split(";"))] += int(count)
    taken = sum(shares.values())
    return {"total": cpu_us, GC: measured["gc_us"]} | {name: cpu_us * count / taken for name, count in shares.items()}


def markdown(results: dict[str, dict[int, dict[str, float]]]) -> str:
    """Rows: layers; columns: calls in flight; cells: microseconds per call (raw aiohttp's after a slash, where it
    spends any)."""
    sdk, raw = results["sdk_aiohttp"], results["aiohttp"]
    header = "| layer (CPU us per call) | " + " | ".join(f"{n:,} in flight" for n in IN_FLIGHT) + " |"
    lines = [header, "| --- |" + " --- |" * len(IN_FLIGHT)]
    for name in [name for name, _ in LAYERS] + [OTHER, GC]:
        cells = [
            f"{sdk[n].get(name, 0):.0f}" + (f" / {raw[n][name]:.0f}" if raw[n].get(name) else "") for n in IN_FLIGHT
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    totals = [
        f"**{sdk[n]['total']:.0f} / {raw[n]['total']:.0f}: {sdk[n]['total'] / raw[n]['total']:.2f}x**"
        for n in IN_FLIGHT
    ]
    lines.append("| **whole call: SDK / raw aiohttp** | " + " | ".join(totals) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--write", action="store_true", help="also put the table into the performance guide")
    args = parser.parse_args()
    py_spy = shutil.which("py-spy", path=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    if py_spy is None:
        sys.exit("py-spy is not installed: make install (it is in the dev group)")
    pythons = venvs.prepare()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.server", str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    results: dict[str, dict[int, dict[str, float]]] = {peer: {} for peer in PEERS}
    try:
        wait_until_answers(url + "/stats")
        for in_flight in IN_FLIGHT:
            for peer in PEERS:
                print(f"  {peer} at {in_flight} in flight ...", file=sys.stderr, flush=True)
                python = pythons["aiohttp" if peer == "sdk_aiohttp" else "default"]
                results[peer][in_flight] = profile(py_spy, python, peer, url, in_flight, args.seconds)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(markdown(results))
    if args.write:
        from scripts.sections import replaced  # noqa: PLC0415 (only when writing it)

        guide = ROOT / "docs" / "guides" / "performance.md"
        section = {"layers": "\n" + markdown(results) + "\n"}
        guide.write_text(replaced(guide.read_text(encoding="utf-8"), section, guide.name), encoding="utf-8")
        print(f"written to {guide.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
