"""`make dist`: build the sdist and the wheel, check them, and try the wheel in a fresh virtualenv.

1. `python -m build` into dist/ (sdist and wheel);
2. `twine check --strict` on both;
3. a new virtualenv with nothing but the wheel (and its dependencies from the index), where a smoke
   test imports the package, builds a client and makes one call against a local server.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APPOINTMENT = {
    "id": "1001",
    "practitioner_id": "2",
    "location_id": "3",
    "appointment_type_id": "4",
    "start_time": "2026-11-24T09:30:00Z",
}
SMOKE = """
import anyio
from herohealth_async import HeroHealth, __version__

async def main(url):
    async with HeroHealth(api_key="smoke-key", practice_group_id="1", base_url=url) as hero:
        appointment = await hero.booking.get_appointment("1001")
    # The test kit answers from the document the wheel carries (herohealth_async/openapi.json).
    from herohealth_async.testing import FakeHero
    async with FakeHero().client() as fake:
        forms = await fake.form.list_forms()
    # The decoder a plain install brings (orjson is a dependency on CPython).
    from herohealth_async.types import _orjson
    print(__version__, appointment.id, type(forms).__name__, _orjson().__name__)

import sys
anyio.run(main, sys.argv[1])
"""
PLUGINS = """
from importlib.metadata import entry_points
print(*(f"{e.name}={e.value}" for e in entry_points(group="pytest11") if e.name == "herohealth_async"))
"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        ok = self.path == "/v1/appointments/1001" and self.headers.get("x-api-key") == "smoke-key"
        body = json.dumps(APPOINTMENT if ok else {"error": True}).encode()
        self.send_response(200 if ok else 404)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def run(*command: str, cwd: Path = ROOT) -> str:
    return subprocess.run(command, cwd=cwd, check=True, capture_output=True, text=True).stdout


def main() -> None:
    for old in DIST.glob("*"):
        old.unlink()
    run(sys.executable, "-m", "build", "--outdir", str(DIST), str(ROOT))
    (wheel,) = DIST.glob("herohealth_async-*.whl")
    (sdist,) = DIST.glob("herohealth_async-*.tar.gz")
    run(sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist))
    print(f"built and checked {wheel.name} and {sdist.name}")
    with tempfile.TemporaryDirectory(prefix="herohealth-release-") as tmp:
        venv = Path(tmp) / "venv"
        run(sys.executable, "-m", "venv", str(venv))
        python = venv / "bin" / "python"
        run(str(python), "-m", "pip", "install", "--quiet", str(wheel))
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            url = f"http://127.0.0.1:{server.server_address[1]}"
            output = run(str(python), "-c", SMOKE, url, cwd=Path(tmp)).split()
        finally:
            server.shutdown()
        # The console script the wheel declares, and its `python -m` twin.
        for command in ([str(venv / "bin" / "herohealth")], [str(python), "-m", "herohealth_async"]):
            if "read-only operation" not in run(*command, "doctor", "--help", cwd=Path(tmp)):
                raise SystemExit(f"{' '.join(command)} doctor --help did not describe the doctor")
            if "HEROHEALTH_WEBHOOK_SIGNING_KEY" not in run(*command, "webhooks", "--help", cwd=Path(tmp)):
                raise SystemExit(f"{' '.join(command)} webhooks --help did not describe the webhooks command")
        # The test kit's pytest plugin is declared for pytest to load by itself.
        plugins = run(str(python), "-c", PLUGINS, cwd=Path(tmp)).split()
        if plugins != ["herohealth_async=herohealth_async.pytest_plugin"]:
            raise SystemExit(f"the wheel declares no pytest11 entry point for the test kit: {plugins}")
    version = run(sys.executable, "-c", "import herohealth_async; print(herohealth_async.__version__)").strip()
    if output != [version, "1001", "FormList", "orjson"]:
        raise SystemExit(f"smoke test failed: {output}")
    print(
        f"smoke test passed in a fresh virtualenv: herohealth-async {version} imported, built a client, made a call;"
        " FakeHero answered from the packaged document; bodies decoded by orjson"
    )


if __name__ == "__main__":
    main()
