"""What each part of an SDK call adds to aiohttp's own, at 100 calls in flight (``make profile``).

    python -m bench.floor [--rounds 40] [--write]

One process of the benchmark's aiohttp virtualenv (bench/venvs.py, from the built wheel) fetches one appointment
from bench/server.py (in its own process) in bursts of 100 started with ``asyncio.gather``, through a ladder of
steps, each doing what the step before does and one part more:

1. raw aiohttp (a session holding both auth headers, ``json.loads``): the benchmark's peer;
2. aiohttp sending exactly the SDK's request (its headers, timeout and options) on the SDK's own session, decoded
   by orjson into the strict model;
3. the operation built and checked first (argument checks, the path against its template);
4. the ``httpx.Request`` built (as the client builds it) and sent through the SDK's aiohttp transport (its
   ``httpx.Response`` built from aiohttp's answer);
5. the answer parsed by the client (content type, drift report, ``APIResponse``);
6. the SDK's call (resource method, options, retry loop, admission, calls in flight, log context).

Rounds interleave the steps in a shuffled order; each figure is the median of the rounds' client CPU per call,
with the garbage collector on (as users run) and off (the code alone). All steps share one process, so the heap
the collector walks is the same for each; the objects a call holds while on the wire are counted for step 1 and
step 6 (what the collector has to walk and promote). Prints the table the performance guide shows (``--write``).
"""

# The child imports the SDK and aiohttp only inside the virtualenv that holds them.
# ruff: noqa: PLC0415
from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IN_FLIGHT = 100
BURSTS = 10
STEPS: tuple[tuple[str, str], ...] = (
    ("raw", "raw aiohttp (session headers, `json.loads`)"),
    ("floor", "aiohttp sending the SDK's request (its headers, timeout, options), orjson, the strict model"),
    ("checked", "+ the operation built and checked (argument checks, path template)"),
    ("httpx", "+ an `httpx.Request` built and sent through the SDK's transport (an `httpx.Response` back)"),
    ("parsed", "+ the answer parsed by the client (content type, drift report, `APIResponse`)"),
    ("sdk", "the SDK's call (resource method, options, retry loop, admission, calls in flight, log context)"),
)
Call = Callable[[], Awaitable[object]]


def ladder(url: str, session: Any, hero: Any) -> dict[str, Call]:
    """The steps' calls, by name (see the module's docstring): ``session`` is raw aiohttp's, ``hero`` the SDK."""
    import orjson
    import yarl

    from herohealth_async.api.booking.get_appointment import operation
    from herohealth_async.models import Appointment
    from herohealth_async.types import RequestOptions
    from herohealth_facade._validation import check_path, validate_operation

    options = RequestOptions()
    transport = hero._pool.first.transport
    sdk_session = transport._inner.client
    headers = list(hero._headers()[0].items())
    timeout = transport._timeout(hero._build_request(operation("1048576"), options))

    async def raw() -> object:
        async with session.get("/v1/appointments/1048576") as response:
            return json.loads(await response.read())

    async def floor() -> object:
        target = yarl.URL(url + "/v1/appointments/1048576", encoded=True)
        request = sdk_session.request("GET", target, headers=headers, timeout=timeout, **transport._options)
        async with request as response:
            return Appointment.from_dict(orjson.loads(await response.read()))

    async def checked() -> object:
        built = operation("1048576")
        validate_operation(built)
        kwargs = built.build()
        check_path(built, kwargs["url"], "")
        target = yarl.URL(url + kwargs["url"], encoded=True)
        request = sdk_session.request(kwargs["method"], target, headers=headers, timeout=timeout, **transport._options)
        async with request as response:
            return Appointment.from_dict(orjson.loads(await response.read()))

    async def sent() -> object:
        built = operation("1048576")
        validate_operation(built)
        response = await transport.handle_async_request(hero._build_request(built, options))
        return Appointment.from_dict(orjson.loads(response.content))

    async def parsed() -> object:
        built = operation("1048576")
        validate_operation(built)
        response = await transport.handle_async_request(hero._build_request(built, options))
        return await hero._answer(built, response)

    def sdk() -> Awaitable[object]:  # the resource method's own coroutine, as a user awaits it
        call: Awaitable[object] = hero.booking.get_appointment("1048576")
        return call

    return {"raw": raw, "floor": floor, "checked": checked, "httpx": sent, "parsed": parsed, "sdk": sdk}


async def held_per_call(call: Call) -> float:
    """Tracked objects a call holds while its request is on the wire (``call`` waits for a delayed answer)."""
    import asyncio

    gc.collect()
    gc.disable()
    try:
        before = {id(thing) for thing in gc.get_objects()}
        burst = asyncio.ensure_future(asyncio.gather(*(call() for _ in range(IN_FLIGHT))))
        await asyncio.sleep(0.15)
        grown = sum(1 for thing in gc.get_objects() if id(thing) not in before)
        await burst
    finally:
        gc.enable()
    return grown / IN_FLIGHT


async def child(url: str, rounds: int, bursts: int = BURSTS, warm: int = 200) -> dict[str, Any]:
    """Every step's medians (CPU us per call with the collector on and off, over ``bursts`` bursts of 100 a round,
    after ``warm`` calls each), and what a raw and an SDK call hold while on the wire."""
    import asyncio

    import aiohttp

    from herohealth_async import HeroHealth

    auth = {"x-api-key": "bench-key", "x-practice-group-id": "3"}
    async with (
        aiohttp.ClientSession(url, headers=auth) as session,
        HeroHealth(api_key="bench-key", practice_group_id="3", base_url=url, http_backend="aiohttp") as hero,
        HeroHealth(
            api_key="bench-key", practice_group_id="3", base_url=url + "/delay300", http_backend="aiohttp"
        ) as delayed,
    ):
        await hero.booking.get_appointment("1048576")  # the SDK's session, used by the steps between
        steps = ladder(url, session, hero)
        for call in steps.values():
            for _ in range(warm):
                await call()
        samples: dict[tuple[str, bool], list[float]] = {(name, on): [] for name in steps for on in (True, False)}
        for _ in range(rounds):
            for name, collecting in random.sample(
                [(name, on) for name in steps for on in (True, False)], 2 * len(steps)
            ):
                call = steps[name]
                gc.enable() if collecting else gc.disable()
                cpu = time.process_time()
                for _ in range(bursts):
                    await asyncio.gather(*(call() for _ in range(IN_FLIGHT)))
                samples[name, collecting].append((time.process_time() - cpu) / (bursts * IN_FLIGHT) * 1e6)
                gc.enable()
                gc.collect()
        held_session = aiohttp.ClientSession(url + "/delay300/", headers=auth)
        async with held_session:

            async def raw_delayed() -> object:
                async with held_session.get("v1/appointments/1048576") as response:
                    return json.loads(await response.read())

            await raw_delayed()
            await delayed.booking.get_appointment("1048576")
            held = {
                "raw": await held_per_call(raw_delayed),
                "sdk": await held_per_call(lambda: delayed.booking.get_appointment("1048576")),
            }
    medians = {f"{name}_{'on' if on else 'off'}": statistics.median(values) for (name, on), values in samples.items()}
    return {"cpu_us": medians, "held": held, "rounds": rounds}


def markdown(result: dict[str, Any]) -> str:
    """The ladder as a table: each step's CPU per call, what it adds to the step before, the same with the
    collector off, and the ratio to raw aiohttp."""
    cpu = result["cpu_us"]
    lines = [
        "| step (100 in flight, `asyncio.gather`) | CPU us per call | added by the step | collector off | added"
        " | vs raw aiohttp |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    before: tuple[float, float] | None = None
    for name, label in STEPS:
        on, off = cpu[f"{name}_on"], cpu[f"{name}_off"]
        added = ("", "") if before is None else (f"{on - before[0]:+.0f}", f"{off - before[1]:+.0f}")
        ratio = on / cpu["raw_on"]
        lines.append(f"| {label} | {on:.0f} | {added[0]} | {off:.0f} | {added[1]} | {ratio:.2f}x |")
        before = (on, off)
    held = result["held"]
    lines.append(
        f"\n(Median of {result['rounds']} rounds. Tracked objects a call holds while on the wire: raw aiohttp"
        f" {held['raw']:.0f}, the SDK {held['sdk']:.0f}.)"
    )
    return "\n".join(lines)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from bench import venvs
    from tests.servers import free_port, wait_until_answers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--write", action="store_true", help="also put the table into the performance guide")
    args = parser.parse_args()
    python = venvs.prepare()["aiohttp"]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.server", str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(url + "/stats")
        # As bench/run.py runs its peers: from the benchmark's virtualenv, no checkout on sys.path.
        command = [str(python), str(Path(__file__)), "--child", url, str(args.rounds)]
        ran = subprocess.run(command, check=True, cwd=venvs.HOME, capture_output=True, text=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    table = markdown(json.loads(ran.stdout))
    print(table)
    if args.write:
        from scripts.sections import replaced

        guide = ROOT / "docs" / "guides" / "performance.md"
        section = {"floor": "\n" + table + "\n"}
        guide.write_text(replaced(guide.read_text(encoding="utf-8"), section, guide.name), encoding="utf-8")
        print(f"written to {guide.relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        import asyncio

        print(json.dumps(asyncio.run(child(sys.argv[2], int(sys.argv[3])))))
    else:
        main()
