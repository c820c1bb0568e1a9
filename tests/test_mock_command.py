"""`make mock` (scripts/mock.py) starts the Prism mock on a free port, prints its URL, and stops on SIGTERM."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import anyio
import httpx
import pytest

from herohealth_async import HeroHealth

ROOT = Path(__file__).resolve().parent.parent


def test_the_mock_command_serves_the_document_until_stopped() -> None:
    proc = subprocess.Popen(
        [sys.executable, "scripts/mock.py"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        exports = [line for line in lines if "export HEROHEALTH_BASE_URL=" in line]
        assert exports, lines
        url = re.search(r"HEROHEALTH_BASE_URL=(\S+)", exports[0]).group(1)  # type: ignore[union-attr]
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)

        async def call() -> str:
            async with HeroHealth(api_key="mock-key", practice_group_id="1", base_url=url) as hero:
                return (await hero.booking.get_appointment("88001")).id

        assert anyio.run(call)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    assert proc.returncode == 0
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/v1/me", timeout=2)
