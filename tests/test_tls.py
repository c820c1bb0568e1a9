"""Calls over real TLS (a private CA made here, as a TLS-inspecting proxy's would be; an HTTPS server on
loopback), on both backends and, for httpx, both event loops: every ``verify=`` form and environment
variable, ``"system"``, strict X.509 checking, certificate failures (named, never retried, no secret in
them), connection reuse, and ``CONNECT`` tunnels through a real proxy with verification kept on."""

from __future__ import annotations

import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

import herohealth_facade._tls as tls_module
from herohealth_async import CertificateVerificationError, HeroHealth, HeroHealthError, RequestValidationError
from herohealth_async.testing import FakeHero
from herohealth_facade.lib.certificates import describe
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID
from tests.servers import ROOT, appointment_app, proxy_server, stop_process
from tests.test_proxy import PROXY_VARIABLES, proxied
from tests.tls import HttpsServer, Issued, hashed_directory, https_server, issue, issue_lax

CLIENTS = [("httpx", "asyncio"), ("httpx", "trio"), ("aiohttp", "asyncio")]
TLS_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR", "HEROHEALTH_CA_BUNDLE", "HEROHEALTH_VERIFY", "HEROHEALTH_X509_STRICT")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*TLS_VARIABLES, *PROXY_VARIABLES):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def private(tmp_path_factory: pytest.TempPathFactory) -> Issued:
    return issue(tmp_path_factory.mktemp("private"))


@pytest.fixture
def server(private: Issued) -> Iterator[HttpsServer]:
    with https_server(appointment_app, private.server_pem) as running:
        yield running


def get(url: str, backend: str = "httpx", loop: str = "asyncio", calls: int = 1, **options: Any) -> str:
    """``calls`` appointments fetched over one client (and one derived client, half of them); the last id."""

    async def main() -> str:
        options.setdefault("max_retries", 2)
        hero = HeroHealth(
            api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url, http_backend=backend, **options
        )
        async with hero:
            other = hero.for_practice_group("42")
            ids = [(await (other if n % 2 else hero).booking.get_appointment("1")).id for n in range(calls)]
            return ids[-1]

    return anyio.run(main, backend=loop)


def refused(url: str, backend: str = "httpx", loop: str = "asyncio", **options: Any) -> CertificateVerificationError:
    with pytest.raises(CertificateVerificationError) as caught:
        get(url, backend, loop, **options)
    return caught.value


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_the_default_refuses_a_private_ca_once_with_an_error_that_says_what_to_do(
    server: HttpsServer, backend: str, loop: str
) -> None:
    error = refused(server.url, backend, loop)
    assert server.handshakes == ["localhost"]  # never retried: max_retries=2 would have made three
    assert error.reason == "unknown_issuer" and error.request_sent is False
    host = server.url.removeprefix("https://")
    assert error.host == host
    text = str(error)
    assert f"certificate verification failed for {host}" in text
    assert "GET /v1/appointments/{id}" in text and "unable to get local issuer certificate" in text
    assert "verify='system'" in text and "HEROHEALTH_CA_BUNDLE" in text and "herohealth doctor" in text
    for secret in (API_KEY, PRACTICE_GROUP_ID):
        assert secret not in text and secret not in repr(error)


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_a_bundle_file_a_directory_or_a_context_trusts_the_private_ca(
    server: HttpsServer, private: Issued, tmp_path: Path, backend: str, loop: str
) -> None:
    directory = hashed_directory(private.ca_bundle, tmp_path / "certs")
    context = ssl.create_default_context(cafile=private.ca_bundle)
    for verify in (str(private.ca_bundle), private.ca_bundle, directory, context):
        assert get(server.url, backend, loop, verify=verify) == APPOINTMENT["id"]


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_the_environment_names_the_bundle(
    server: HttpsServer, private: Issued, tmp_path: Path, backend: str, loop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEROHEALTH_CA_BUNDLE", str(private.ca_bundle))
    assert get(server.url, backend, loop) == APPOINTMENT["id"]
    refused(server.url, backend, loop, verify=True)  # an argument wins over the environment
    monkeypatch.setenv("HEROHEALTH_VERIFY", "system")  # and HEROHEALTH_VERIFY over HEROHEALTH_CA_BUNDLE
    refused(server.url, backend, loop)
    monkeypatch.delenv("HEROHEALTH_VERIFY")
    monkeypatch.delenv("HEROHEALTH_CA_BUNDLE")
    monkeypatch.setenv("SSL_CERT_FILE", str(private.ca_bundle))  # read for verify=True, on both backends
    assert get(server.url, backend, loop) == APPOINTMENT["id"]
    monkeypatch.delenv("SSL_CERT_FILE")
    monkeypatch.setenv("SSL_CERT_DIR", str(hashed_directory(private.ca_bundle, tmp_path / "dir")))
    assert get(server.url, backend, loop) == APPOINTMENT["id"]
    monkeypatch.delenv("SSL_CERT_DIR")
    refused(server.url, backend, loop)


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_system_uses_the_operating_systems_store(
    server: HttpsServer, private: Issued, backend: str, loop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The private CA is in no system store: "system" refuses it, as the default does.
    assert refused(server.url, backend, loop, verify="system").reason == "unknown_issuer"
    # On Linux the system store is OpenSSL's default paths, which SSL_CERT_FILE replaces: a root
    # installed in the store, as an NHS organisation's device management would install its proxy's.
    monkeypatch.setenv("SSL_CERT_FILE", str(private.ca_bundle))
    assert get(server.url, backend, loop, verify="system") == APPOINTMENT["id"]
    monkeypatch.setenv("HEROHEALTH_VERIFY", "system")
    assert get(server.url, backend, loop) == APPOINTMENT["id"]


def test_system_never_changes_the_processs_other_tls(private: Issued, monkeypatch: pytest.MonkeyPatch) -> None:
    before = ssl.SSLContext
    HeroHealth(api_key=API_KEY, practice_group_id="1", verify="system")
    assert ssl.SSLContext is before  # truststore.inject_into_ssl() would have replaced it
    monkeypatch.setitem(sys.modules, "truststore", None)
    with pytest.raises(HeroHealthError, match=r"herohealth-async\[truststore\]"):
        HeroHealth(api_key=API_KEY, practice_group_id="1", verify="system")


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_an_expired_certificate_and_another_hosts_are_named(
    tmp_path: Path, backend: str, loop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expired = issue(tmp_path / "expired", days=(-10, -1))
    with https_server(appointment_app, expired.server_pem) as server:
        error = refused(server.url, backend, loop, verify=expired.ca_bundle)
        assert error.reason == "expired" and "has expired" in str(error) and "clock" in str(error)
        assert len(server.handshakes) == 1
    elsewhere = issue(tmp_path / "elsewhere", "api.herohealth.net")
    with https_server(appointment_app, elsewhere.server_pem) as server:
        error = refused(server.url, backend, loop, verify=elsewhere.ca_bundle)
        assert error.reason == "hostname_mismatch" and "not for this host" in str(error)
        assert len(server.handshakes) == 1


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_strict_x509_checking_on_every_python_and_its_one_opt_out(
    tmp_path: Path, backend: str, loop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lax = issue_lax(tmp_path / "lax")
    with https_server(appointment_app, lax.server_pem) as server:
        error = refused(server.url, backend, loop, verify=lax.ca_bundle)
        assert error.reason == "not_rfc5280" and "x509_strict=False" in str(error)
        # Relaxing the one flag trusts it, and nothing else changes: the CA must still be trusted.
        assert get(server.url, backend, loop, verify=lax.ca_bundle, x509_strict=False) == APPOINTMENT["id"]
        assert refused(server.url, backend, loop, x509_strict=False).reason == "unknown_issuer"
        monkeypatch.setenv("HEROHEALTH_X509_STRICT", "false")
        assert get(server.url, backend, loop, verify=lax.ca_bundle) == APPOINTMENT["id"]


def test_strictness_is_one_flag_on_the_context_the_client_builds(private: Issued) -> None:
    strict = tls_module.ssl_context(private.ca_bundle, None, "https://api.herohealth.net")
    relaxed = tls_module.ssl_context(private.ca_bundle, False, "https://api.herohealth.net")
    assert strict.verify_flags & ssl.VERIFY_X509_STRICT and not relaxed.verify_flags & ssl.VERIFY_X509_STRICT
    assert strict.verify_flags & ~ssl.VERIFY_X509_STRICT == relaxed.verify_flags & ~ssl.VERIFY_X509_STRICT
    for context in (strict, relaxed):
        assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    own = ssl.create_default_context()
    assert tls_module.ssl_context(own, None, "https://api.herohealth.net") is own  # used as it is
    with pytest.raises(RequestValidationError, match="^x509_strict: "):
        HeroHealth(api_key=API_KEY, practice_group_id="1", verify=own, x509_strict=False)


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_one_context_and_few_handshakes_for_a_hundred_calls_and_derived_clients(
    server: HttpsServer, private: Issued, backend: str, loop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[object] = []
    build = tls_module._trusting
    monkeypatch.setattr(tls_module, "_trusting", lambda verify: built.append(verify) or build(verify))
    assert get(server.url, backend, loop, calls=100, verify=private.ca_bundle) == APPOINTMENT["id"]
    assert len(built) == 1
    assert 1 <= len(server.handshakes) <= 2  # the client and its derived client share connections


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_verify_false_only_for_loopback(server: HttpsServer, backend: str, loop: str) -> None:
    assert get(server.url, backend, loop, verify=False) == APPOINTMENT["id"]
    with pytest.raises(RequestValidationError, match="^verify: False is allowed only for a loopback"):
        HeroHealth(api_key=API_KEY, practice_group_id="1", verify=False)


def test_bad_settings_are_refused_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.pem"
    empty.write_text("not a certificate\n")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"verify": 1}, "^verify: must be True, False, 'system'"),
        ({"verify": None, "x509_strict": "no"}, "^x509_strict: must be True or False"),
        ({"verify": str(tmp_path / "missing.pem")}, "^verify: no CA bundle at"),
        ({"verify": str(empty)}, "^verify: .* holds no PEM certificate"),
        ({"verify": ""}, "^verify: is an empty path"),
        ({"verify": True, "transport": httpx.AsyncHTTPTransport()}, "^verify: pass verify= or transport="),
    ]
    for options, message in cases:
        with pytest.raises(RequestValidationError, match=message):
            HeroHealth(api_key=API_KEY, practice_group_id="1", **options)
    monkeypatch.setenv("HEROHEALTH_VERIFY", "off")
    with pytest.raises(RequestValidationError, match="^verify: HEROHEALTH_VERIFY may only be 'system'"):
        HeroHealth(api_key=API_KEY, practice_group_id="1")
    monkeypatch.setenv("HEROHEALTH_VERIFY", "")
    monkeypatch.setenv("HEROHEALTH_X509_STRICT", "maybe")
    with pytest.raises(RequestValidationError, match="^x509_strict: HEROHEALTH_X509_STRICT must be true or false"):
        HeroHealth(api_key=API_KEY, practice_group_id="1")


@pytest.mark.parametrize(("backend", "loop"), CLIENTS)
def test_a_proxy_tunnels_with_connect_and_verification_stays_on(
    server: HttpsServer, private: Issued, tmp_path: Path, backend: str, loop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with proxy_server(tmp_path) as (proxy, log):
        port = server.url.rsplit(":", 1)[1]
        assert get(server.url, backend, loop, proxy=proxy, verify=private.ca_bundle) == APPOINTMENT["id"]
        assert [line for line in proxied(log) if f"CONNECT localhost:{port}" in line]
        monkeypatch.setenv("HTTPS_PROXY", proxy)
        assert get(server.url, backend, loop, verify=private.ca_bundle) == APPOINTMENT["id"]
        tunnels = len(proxied(log))
        assert tunnels == 2
        # The proxy forwards the bytes; the certificate is still checked end to end.
        assert refused(server.url, backend, loop).reason == "unknown_issuer"
        assert len(proxied(log)) == tunnels + 1
        assert API_KEY not in log.read_text(errors="replace")


@pytest.mark.anyio
async def test_the_served_fake_speaks_tls_with_a_throwaway_ca() -> None:
    fake = FakeHero()
    async with fake.serve(tls=True) as url:
        assert url.startswith("https://127.0.0.1:") and fake.ca_bundle is not None
        bundle = fake.ca_bundle
        async with HeroHealth(api_key=API_KEY, practice_group_id="1", base_url=url, verify=bundle) as hero:
            assert (await hero.booking.list_slots()).count == 8
        async with HeroHealth(api_key=API_KEY, practice_group_id="1", base_url=url, max_retries=0) as hero:
            with pytest.raises(CertificateVerificationError):
                await hero.booking.list_slots()
    assert fake.ca_bundle is None and not bundle.exists()  # the CA is thrown away with the server


def test_the_fake_command_serves_tls_and_prints_the_bundle_to_trust() -> None:
    command = [sys.executable, "-m", "herohealth_async.testing", "--tls"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        name, _, bundle = proc.stdout.readline().strip().partition("=")
        assert url.startswith("https://") and name == "HEROHEALTH_CA_BUNDLE"
        answer = httpx.get(
            url + "/v1/slots",
            headers={"x-api-key": "k", "x-practice-group-id": "1"},
            verify=ssl.create_default_context(cafile=bundle),
        )
    finally:
        stop_process(proc)
    assert answer.status_code == 200 and answer.json()["count"] == 8


@pytest.mark.parametrize("days", [(-1, 30), (-10, -1), (0, 365 * 40)])
def test_the_doctors_reading_of_a_certificate_matches_cryptographys(tmp_path: Path, days: tuple[int, int]) -> None:
    from cryptography import x509

    issued = issue(tmp_path, days=days)  # 40 years ahead: a GeneralizedTime, not a UTCTime
    pem = issued.server_pem.read_text()
    leaf = x509.load_pem_x509_certificate(pem[pem.index("-----BEGIN CERTIFICATE") :].encode())
    seen = describe(ssl.PEM_cert_to_DER_cert(pem[pem.index("-----BEGIN CERTIFICATE") :]))
    assert seen.not_after == leaf.not_valid_after_utc
    labels = {x509.NameOID.ORGANIZATION_NAME: "O", x509.NameOID.ORGANIZATIONAL_UNIT_NAME: "OU"}
    labels[x509.NameOID.COMMON_NAME] = "CN"

    def shown(name: x509.Name) -> str:
        return ", ".join(f"{labels[a.oid]}={a.value!s}" for a in name if a.oid in labels)

    assert seen.issuer == shown(leaf.issuer) and seen.issuer.startswith("O=NHS Trust Inspection Proxy, OU=")
    assert seen.subject == shown(leaf.subject) and seen.subject.startswith("O=Hero Test Server, OU=")
