"""``herohealth doctor`` against a live-looking server that disagrees with the document: Prism serving a
copy with planted differences (a changed type, an extra field, a missing required field, a new enum
value). It finds exactly those, prints no response value, key or ID, and writes them as a patch of the
document that applies; ``report`` mode returns models where ``strict`` raises."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from herohealth_async import HeroHealth, ResponseValidationError
from tests.servers import REQUESTS, SPEC, appointment_app, asgi_server, free_port, prism_server, proxy_server
from tests.tls import INSPECTOR, https_server, issue

ROOT = Path(__file__).resolve().parent.parent
API_KEY, PRACTICE_GROUP_ID = "doctor-key-5f2e", "42"
# Distinctive values the planted examples carry: none may appear in any output.
VALUES = ("70411234", "Featherstonehaugh Suite", "9434765919", "reopened")
PLANTED = {
    ("list_slots", "data.practitioner_id", "string", "number"),
    ("list_slots", "data.room", "not in the document", "unknown field, string"),
    ("list_appointments", "data.location_id", "string, required", "absent"),
    ("list_episodes", "data.status", "one of the document's values", "a value the document lacks"),
}


def planted_document() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as f:
        document: dict[str, Any] = copy.deepcopy(yaml.safe_load(f))
    schemas = document["components"]["schemas"]
    slot = schemas["Slot"]
    slot["properties"]["practitioner_id"] = {"type": "integer"}
    slot["properties"]["room"] = {"type": "string"}
    slot["example"] = {"id": "70411234", "practitioner_id": 204, "room": "Featherstonehaugh Suite"}
    schemas["SlotList"]["example"] = {"data": [slot["example"]], "count": 1}
    appointment = schemas["Appointment"]
    del appointment["properties"]["location_id"]
    appointment["required"].remove("location_id")
    appointment["example"] = {k: v for k, v in appointment["example"].items() if k != "location_id"}
    appointment["example"]["patient_id"] = "9434765919"
    schemas["EpisodeStatus"]["enum"] = ["reopened"]
    return document


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    spec = tmp_path_factory.mktemp("planted") / "openapi.yaml"
    spec.write_text(yaml.safe_dump(planted_document(), sort_keys=False), encoding="utf-8")
    with prism_server(spec) as url:
        yield url


def doctor(url: str, *options: str, cwd: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ["PATH"],
        "HEROHEALTH_API_KEY": API_KEY,
        "HEROHEALTH_PRACTICE_GROUP_ID": PRACTICE_GROUP_ID,
        "HEROHEALTH_BASE_URL": url,
        **variables,
    }
    command = [sys.executable, "-m", "herohealth_async", "doctor", *options]
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_doctor_finds_exactly_the_planted_differences_and_prints_no_value(planted: str, tmp_path: Path) -> None:
    result = doctor(planted, "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    found = {(d["operation"], d["field"], d["expected"], d["received"]) for d in report["drift"]}
    assert found == PLANTED
    statuses = {c["name"]: c["status"] for c in report["checks"]}
    assert statuses["reach the server"] == statuses["authenticate"] == statuses["clock"] == "ok"
    drifted = {name for name, status in statuses.items() if status == "drift"}
    assert drifted == {
        f"GET {p} ({op})"
        for op, p in [
            ("list_slots", "/v1/slots"),
            ("list_appointments", "/v1/appointments"),
            ("list_episodes", "/v1/episodes"),
        ]
    }
    assert "error" not in statuses.values()
    for secret in (*VALUES, API_KEY):
        assert secret not in result.stdout + result.stderr


def test_the_text_report_and_the_patch_name_fields_never_values(planted: str, tmp_path: Path) -> None:
    document = tmp_path / "openapi" / "herohealth-public-api.yaml"
    document.parent.mkdir()
    document.write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    result = doctor(planted, "--patch", "drift.patch", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 finding(s) written to drift.patch" in result.stderr
    assert "drift    GET /v1/slots (list_slots) field data.room: document says not in the document" in result.stdout
    patch = (tmp_path / "drift.patch").read_text(encoding="utf-8")
    for secret in (*VALUES, API_KEY):
        assert secret not in result.stdout + result.stderr + patch

    subprocess.run(["git", "apply", "drift.patch"], cwd=tmp_path, check=True)
    schemas = yaml.safe_load(document.read_text(encoding="utf-8"))["components"]["schemas"]
    assert schemas["Slot"]["properties"]["room"]["type"] == "string"
    assert "x-observed" in schemas["Slot"]["properties"]["room"]
    assert schemas["Slot"]["properties"]["practitioner_id"]["type"] == "number"
    assert "arrived as number" in schemas["Slot"]["properties"]["practitioner_id"]["x-observed"]
    assert "location_id" not in schemas["Appointment"]["required"]
    assert "absent" in schemas["Appointment"]["properties"]["location_id"]["x-observed"]
    episode = [s for s in schemas.values() if "x-observed" in s.get("properties", {}).get("status", {})]
    assert len(episode) == 1
    original = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    assert {name for name in schemas if schemas[name] != original[name]} == {"Slot", "Appointment", "EpisodeSummary"}


@pytest.mark.anyio
async def test_report_returns_models_where_strict_raises(planted: str) -> None:
    options: dict[str, Any] = {"api_key": API_KEY, "practice_group_id": PRACTICE_GROUP_ID, "base_url": planted}
    async with HeroHealth(**options) as hero:
        page = await hero.booking.list_slots(page_index=0, page_size=1)
        assert page.data[0].practitioner_id == 204  # kept as it arrived
        assert {r.field for r in hero.drift} == {"data.practitioner_id", "data.room"}
    async with HeroHealth(**options, response_validation="strict") as hero:
        with pytest.raises(ResponseValidationError, match="data.practitioner_id"):
            await hero.booking.list_slots(page_index=0, page_size=1)


async def _refuse(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    status = 403 if scope["path"] == "/v1/me" else 404
    body = json.dumps({"error": True, "statusCode": status, "message": "Forbidden"}).encode()
    headers = [(b"content-type", b"application/json")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def test_a_refused_practice_group_fails_with_the_variable_to_check(tmp_path: Path) -> None:
    with asgi_server(_refuse) as url:
        result = doctor(url, cwd=tmp_path)
    assert result.returncode == 1
    assert "error    authenticate: 403: this key cannot act for the practice group" in result.stdout
    assert "HEROHEALTH_PRACTICE_GROUP_ID" in result.stdout
    assert API_KEY not in result.stdout + result.stderr


def test_an_unreachable_server_fails_at_the_first_check(tmp_path: Path) -> None:
    result = doctor(f"http://127.0.0.1:{free_port()}", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("error    reach the server: 127.0.0.1: ")


class _Skewed(BaseHTTPRequestHandler):
    """Answers every GET with an empty object and a Date far in the past."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def date_time_string(self, timestamp: float | None = None) -> str:
        return "Mon, 01 Jan 2001 00:00:00 GMT"

    def log_message(self, *args: object) -> None:
        pass


def test_a_clock_far_from_the_servers_fails(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Skewed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = doctor(f"http://127.0.0.1:{server.server_address[1]}", "--format", "json", cwd=tmp_path)
    finally:
        server.shutdown()
    clock = next(c for c in json.loads(result.stdout)["checks"] if c["name"] == "clock")
    assert clock["status"] == "error" and "webhook signatures older than 300 s are refused" in clock["detail"]
    assert result.returncode == 1


def test_missing_credentials_fail_before_any_request(tmp_path: Path) -> None:
    env = {"PATH": os.environ["PATH"]}
    command = [sys.executable, "-m", "herohealth_async", "doctor"]
    result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "api_key" in result.stderr and "HEROHEALTH_API_KEY" in result.stderr


def test_a_certificate_from_an_unknown_ca_is_a_tls_finding_naming_its_issuer(tmp_path: Path) -> None:
    private = issue(tmp_path / "ca")
    with https_server(appointment_app, private.server_pem) as server:
        host = server.url.removeprefix("https://")
        before = len(REQUESTS)
        result = doctor(server.url, cwd=tmp_path)
        assert result.returncode == 1 and len(REQUESTS) == before  # the certificate was read, nothing was asked
        line = result.stdout.splitlines()[0]
        assert line.startswith(f"error    TLS certificate: {host}: unknown_issuer (unable to get local issuer")
        assert f"issued by O={INSPECTOR}" in line and "presented O=Hero Test Server" in line
        assert "valid until 20" in line and "verify='system'" in line and "HEROHEALTH_CA_BUNDLE" in line
        assert API_KEY not in result.stdout + result.stderr and "PRIVATE KEY" not in result.stdout
        # Trusting the CA the finding names ends it.
        trusted = doctor(server.url, cwd=tmp_path, HEROHEALTH_CA_BUNDLE=str(private.ca_bundle))
        assert trusted.stdout.startswith(f"ok       reach the server: {host.split(':')[0]} answered over https")


def test_the_tls_finding_in_json_through_a_proxy(tmp_path: Path) -> None:
    expired = issue(tmp_path / "ca", days=(-40, -2))
    with https_server(appointment_app, expired.server_pem) as server, proxy_server(tmp_path) as (proxy, log):
        variables = {"HTTPS_PROXY": proxy, "HEROHEALTH_CA_BUNDLE": str(expired.ca_bundle)}
        result = doctor(server.url, "--format", "json", cwd=tmp_path, **variables)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    tls = report["tls"]
    assert tls["host"] == server.url.removeprefix("https://") and tls["reason"] == "expired"
    assert tls["verify_message"] == "certificate has expired"
    assert tls["issuer"].startswith(f"O={INSPECTOR}, OU=") and tls["subject"].startswith("O=Hero Test Server")
    assert tls["not_after"] < datetime.now(UTC).isoformat() and "clock" in tls["fix"]
    assert report["checks"][0]["name"] == "TLS certificate" and report["failed"] is True
    # The client's handshake and the doctor's read of the chain, both through the proxy's CONNECT tunnel.
    assert len([line for line in log.read_text().splitlines() if "CONNECT localhost" in line]) == 2
