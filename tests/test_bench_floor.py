"""bench/floor.py: every step of its ladder runs against the benchmark's server, and its table adds up."""

from __future__ import annotations

from bench.floor import STEPS, child, markdown


def test_every_step_of_the_ladder_runs_on_the_sdk_as_installed(bench_url: str) -> None:
    import asyncio

    result = asyncio.run(child(bench_url, rounds=1, bursts=1, warm=2))
    assert set(result["cpu_us"]) == {f"{name}_{state}" for name, _ in STEPS for state in ("on", "off")}
    assert all(value > 0 for value in result["cpu_us"].values())
    # A call holds at least its task, its coroutines and aiohttp's request and connection.
    assert result["held"]["raw"] >= 10 and result["held"]["sdk"] >= 10


def test_the_table_shows_what_each_step_adds_and_its_ratio_to_raw_aiohttp() -> None:
    cpu = {f"{name}_on": 100.0 + 10 * n for n, (name, _) in enumerate(STEPS)}
    cpu |= {f"{name}_off": 80.0 + 5 * n for n, (name, _) in enumerate(STEPS)}
    table = markdown({"cpu_us": cpu, "held": {"raw": 47.0, "sdk": 64.0}, "rounds": 3})
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == len(STEPS)
    assert rows[0].endswith("| 100 |  | 80 |  | 1.00x |")
    assert rows[-1].endswith("| 150 | +10 | 105 | +5 | 1.50x |")
    assert "raw aiohttp 47, the SDK 64" in table
