"""The certificate a server presents, read for diagnosis only (``herohealth doctor``): subject, issuer
and expiry, parsed from DER with no dependency. Nothing here trusts what it reads or sends any request."""

from __future__ import annotations

import socket
import ssl
from datetime import UTC, datetime

import attrs
import httpx

_NAME_PARTS = {b"\x55\x04\x0a": "O", b"\x55\x04\x0b": "OU", b"\x55\x04\x03": "CN"}
"""The attributes of a name worth showing a person (organisation, unit, common name), by DER OID."""
_TEXT_ENCODINGS = {0x0C: "utf-8", 0x13: "ascii", 0x16: "ascii", 0x14: "latin-1", 0x1E: "utf-16-be"}


@attrs.frozen
class PresentedCertificate:
    """A server certificate's names and end of validity (no key material, nothing secret)."""

    subject: str
    issuer: str
    not_after: datetime


def unverified_context() -> ssl.SSLContext:
    """A client context that trusts any certificate and any host name: for loopback and for reading what a
    server presents, never for sending a request elsewhere."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def read_presented(
    host: str, port: int, proxy: httpx.Proxy | None = None, timeout: float = 5.0
) -> PresentedCertificate:
    """Connect to ``host``:``port`` (through ``proxy`` with ``CONNECT``), finish a TLS handshake that
    trusts anything, and describe the certificate presented; the connection is closed unused. Blocking."""
    sock = _tunnel(host, port, proxy, timeout) if proxy is not None else socket.create_connection((host, port), timeout)
    with unverified_context().wrap_socket(sock, server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
    if der is None:
        raise ssl.SSLError("the server presented no certificate")
    return describe(der)


def _tunnel(host: str, port: int, proxy: httpx.Proxy, timeout: float) -> socket.socket:
    default_port = 443 if proxy.url.scheme == "https" else 80
    sock = socket.create_connection((proxy.url.host, proxy.url.port or default_port), timeout)
    try:
        head = f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in proxy.headers.items())
        sock.sendall((head + "\r\n").encode("latin-1"))
        answer = b""
        while b"\r\n\r\n" not in answer and len(answer) < 65536:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
        if answer.split(b" ", 2)[1:2] != [b"200"]:
            first_line = answer.partition(b"\r\n")[0].decode("latin-1")
            raise OSError(f"the proxy refused the tunnel ({first_line})")
    except BaseException:
        sock.close()  # a failed or refused tunnel leaves no socket open
        raise
    return sock


def describe(der: bytes) -> PresentedCertificate:
    """Subject, issuer and notAfter of a DER certificate (RFC 5280 ``TBSCertificate``)."""
    _, start, end = _element(der, 0)  # Certificate
    _, start, end = _element(der, start)  # TBSCertificate
    fields = list(_elements(der, start, end))
    if fields and fields[0][0] == 0xA0:  # [0] version
        fields = fields[1:]
    issuer, validity, subject = fields[2], fields[3], fields[4]
    not_after = list(_elements(der, validity[1], validity[2]))[1]
    return PresentedCertificate(subject=_name(der, subject), issuer=_name(der, issuer), not_after=_time(der, not_after))


def _element(data: bytes, at: int) -> tuple[int, int, int]:
    """(tag, start of content, end of content) of the DER element at ``at``."""
    tag, length, at = data[at], data[at + 1], at + 2
    if length & 0x80:
        size = length & 0x7F
        length, at = int.from_bytes(data[at : at + size], "big"), at + size
    if at + length > len(data):
        raise ValueError("truncated DER")
    return tag, at, at + length


def _elements(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    found = []
    while start < end:
        element = _element(data, start)
        found.append(element)
        start = element[2]
    return found


def _name(data: bytes, name: tuple[int, int, int]) -> str:
    parts = []
    for _, set_start, set_end in _elements(data, name[1], name[2]):  # RelativeDistinguishedName (SET)
        for _, start, end in _elements(data, set_start, set_end):  # AttributeTypeAndValue
            (_, oid_start, oid_end), (tag, value_start, value_end) = _elements(data, start, end)[:2]
            label = _NAME_PARTS.get(data[oid_start:oid_end])
            if label is not None:
                text = data[value_start:value_end].decode(_TEXT_ENCODINGS.get(tag, "latin-1"), errors="replace")
                parts.append(f"{label}={text}")
    return ", ".join(parts) or "(no name)"


def _time(data: bytes, element: tuple[int, int, int]) -> datetime:
    text = data[element[1] : element[2]].decode("ascii")
    layout = "%y%m%d%H%M%SZ" if element[0] == 0x17 else "%Y%m%d%H%M%SZ"  # UTCTime, else GeneralizedTime
    return datetime.strptime(text, layout).replace(tzinfo=UTC)
