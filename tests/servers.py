"""Real servers for tests: the Prism mock of our OpenAPI document, and small local ASGI apps.

Each server listens on a free loopback port, is waited for until it answers, and is stopped at the
end of its fixture.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import uvicorn

ROOT = Path(__file__).resolve().parent.parent
# HEROHEALTH_SPEC: another document for Prism to serve (the regeneration test runs the suite on a changed copy).
SPEC = Path(os.environ.get("HEROHEALTH_SPEC") or ROOT / "openapi" / "herohealth-public-api.yaml")
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_answers(url: str, deadline_s: float = 60.0) -> None:
    """Poll ``url`` until any HTTP answer comes back; raise if none does before the deadline."""
    stop = time.monotonic() + deadline_s
    last: Exception | None = None
    while time.monotonic() < stop:
        try:
            httpx.get(url, timeout=2.0)
            return
        except httpx.HTTPError as exc:
            last = exc
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not answer within {deadline_s}s: {last!r}")


@contextmanager
def bench_server() -> Iterator[str]:
    """The benchmark's server (bench/server.py) in its own process, for as long as the block runs: its URL."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "bench.server", str(port)], cwd=ROOT)
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/stats")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(proc)


def stop_process(proc: subprocess.Popen[Any]) -> None:
    """Terminate ``proc``, and kill it if it has not exited within 10 seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def prism_server(spec: Path = SPEC) -> Iterator[str]:
    """Run ``prism mock`` on ``spec`` (static examples, request validation on); yield its base URL."""
    if not PRISM.exists():
        raise RuntimeError("Prism is not installed: run `make install` (npm ci) first")
    port = free_port()
    proc = subprocess.Popen(
        [str(PRISM), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NODE_NO_WARNINGS": "1"},
    )
    # Prism logs every request; drain its output so a full pipe never blocks it.
    threading.Thread(target=lambda: proc.stdout and proc.stdout.read(), daemon=True).start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(base_url + "/v1/me")
        yield base_url
    finally:
        stop_process(proc)


@contextmanager
def asgi_server(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port in a thread; yield its base URL."""
    port = free_port()
    with uvicorn_running(uvicorn_config(app, port)):
        yield f"http://127.0.0.1:{port}"


def uvicorn_config(app: Any, port: int, **options: Any) -> uvicorn.Config:
    """A quiet uvicorn of ``app`` on loopback ``port`` (``options``: uvicorn's own, ``ssl_certfile`` say)."""
    return uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="critical", lifespan="off", timeout_graceful_shutdown=1, **options
    )


@contextmanager
def uvicorn_running(config: uvicorn.Config) -> Iterator[None]:
    """Run uvicorn with ``config`` in a thread until the block ends (it answers when the block starts)."""
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        stop = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > stop or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=10)


REQUESTS: list[str] = []
"""Paths (with query) that :func:`appointment_app` received, in order."""


async def appointment_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers every request with an appointment (``/slow/...`` after 5 s, ``/gzip/...`` gzip-encoded);
    records each path."""
    from tests.helpers import APPOINTMENT

    if scope["type"] != "http":
        return
    REQUESTS.append(scope["path"] + "?" + scope["query_string"].decode())
    while (await receive()).get("more_body"):
        pass
    if scope["path"].startswith("/slow"):
        await anyio.sleep(5)
    body = json.dumps(APPOINTMENT).encode()
    headers = [(b"content-type", b"application/json")]
    if scope["path"].startswith("/gzip"):
        body = gzip.compress(body)
        headers.append((b"content-encoding", b"gzip"))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@contextmanager
def redis_server() -> Iterator[str]:
    """Run a throwaway ``redis-server`` on a free loopback port (no persistence); yield its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed: run `make install` (Debian package redis-server)")
    port = free_port()
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--protected-mode",
            "yes",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        stop = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if time.monotonic() > stop or proc.poll() is not None:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        yield url
    finally:
        stop_process(proc)


@contextmanager
def fake_server(fake: Any) -> Iterator[str]:
    """Serve a ``FakeHero`` over HTTP (``fake.serve()``) from a thread with its own event loop; yield its URL."""
    import queue

    urls: queue.Queue[str] = queue.Queue()
    stop = threading.Event()

    async def run() -> None:
        async with fake.serve() as url:
            urls.put(url)
            await anyio.to_thread.run_sync(stop.wait)

    thread = threading.Thread(target=anyio.run, args=(run,), daemon=True)
    thread.start()
    try:
        yield urls.get(timeout=20)
    finally:
        stop.set()
        thread.join(timeout=10)


@contextmanager
def fake_process(*options: str) -> Iterator[str]:
    """``python -m herohealth_async.testing`` in its own process; yields the URL it prints."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "herohealth_async.testing", *options], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        stop_process(proc)


@contextmanager
def proxy_server(directory: Path) -> Iterator[tuple[str, Path]]:
    """Run a throwaway ``tinyproxy`` (a real forward proxy) on a free loopback port; yield its URL and log file."""
    binary = shutil.which("tinyproxy")
    if binary is None:
        raise RuntimeError("tinyproxy is not installed: run `make install` (Debian package tinyproxy)")
    port = free_port()
    log = directory / "tinyproxy.log"
    config = directory / "tinyproxy.conf"
    config.write_text(
        f'Port {port}\nListen 127.0.0.1\nTimeout 30\nLogFile "{log}"\nLogLevel Info\nMaxClients 50\n'
        # No ConnectPort line: CONNECT tunnels to any port (the tests' HTTPS servers listen on free ones).
        "Allow 127.0.0.1\nDisableViaHeader Yes\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen([binary, "-d", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        stop = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > stop or proc.poll() is not None:
                    raise RuntimeError(f"tinyproxy did not start: {log.read_text(errors='replace')[-2000:]}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", log
    finally:
        stop_process(proc)
