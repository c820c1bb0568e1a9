"""Real TLS for tests: private CAs made here (as a TLS-inspecting proxy's would be), and an HTTPS server
on loopback that presents their certificates and counts the handshakes it is asked for."""

from __future__ import annotations

import datetime
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.servers import free_port, uvicorn_config, uvicorn_running

HOSTS = ("localhost", "127.0.0.1")
INSPECTOR = "NHS Trust Inspection Proxy"
"""The organisation of the private CA: what a TLS-inspecting proxy's root would name."""


@attrs.frozen
class Issued:
    """A CA's bundle (what a client trusts) and a server certificate it issued (key and chain, one file)."""

    ca_bundle: Path
    server_pem: Path


def issue(directory: Path, *hosts: str, days: tuple[int, int] = (-1, 30), ca_name: str = INSPECTOR) -> Issued:
    """A new private CA and a certificate for ``hosts`` (default: localhost), valid from ``days[0]`` to
    ``days[1]`` days from now (an expired one: ``(-10, -1)``)."""
    ca = trustme.CA(organization_name=ca_name)
    now = datetime.datetime.now(datetime.UTC)
    leaf = ca.issue_cert(
        *(hosts or HOSTS),
        organization_name="Hero Test Server",
        not_before=now + datetime.timedelta(days=days[0]),
        not_after=now + datetime.timedelta(days=days[1]),
    )
    directory.mkdir(parents=True, exist_ok=True)
    bundle, server = directory / "ca.pem", directory / "server.pem"
    ca.cert_pem.write_to_path(str(bundle))
    leaf.private_key_and_cert_chain_pem.write_to_path(str(server))
    return Issued(bundle, server)


def issue_lax(directory: Path) -> Issued:
    """A CA whose certificate breaks RFC 5280 as some inspection appliances' do (Basic Constraints not
    marked critical, no Key Usage): OpenSSL refuses it under ``VERIFY_X509_STRICT`` only."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Lax Appliance CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host) for host in ("localhost",)]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    bundle, server = directory / "ca.pem", directory / "server.pem"
    bundle.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    key = leaf_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    server.write_bytes(key + leaf.public_bytes(serialization.Encoding.PEM))
    return Issued(bundle, server)


def hashed_directory(bundle: Path, directory: Path) -> Path:
    """A directory holding ``bundle`` under OpenSSL's hashed name (what ``capath``/``SSL_CERT_DIR`` read)."""
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copy(bundle, directory / "ca.pem")
    subprocess.run(["openssl", "rehash", str(directory)], check=True, capture_output=True)
    return directory


@attrs.define
class HttpsServer:
    """A running HTTPS server: its base URL (``https://localhost:PORT``) and the handshakes it was asked for."""

    url: str
    handshakes: list[str] = attrs.Factory(list)


@contextmanager
def https_server(app: Any, server_pem: Path) -> Iterator[HttpsServer]:
    """Serve the ASGI ``app`` over TLS with ``server_pem`` on a free loopback port, in a thread."""
    port = free_port()
    config = uvicorn_config(app, port, ssl_certfile=str(server_pem))
    config.load()
    served = HttpsServer(f"https://localhost:{port}")
    assert config.ssl is not None
    # Called at every ClientHello that names a host (clients send the name "localhost"): one per handshake.
    config.ssl.sni_callback = lambda _sslobj, name, _context: served.handshakes.append(str(name))
    with uvicorn_running(config):
        yield served
