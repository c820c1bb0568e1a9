"""``CertificateVerificationError``: the server's certificate was not trusted, and what to do about it."""

from __future__ import annotations

import ssl

from herohealth_facade._exceptions import APIConnectionError


class CertificateVerificationError(APIConnectionError):
    """The certificate presented for the server (by the server, or by a TLS-inspecting proxy on the way)
    was not trusted. Nothing was sent, and the call was not retried: the same certificate would come back.

    ``host`` is the server's ``host:port``; ``reason`` is ``"unknown_issuer"``, ``"expired"``,
    ``"not_yet_valid"``, ``"hostname_mismatch"``, ``"not_rfc5280"`` (refused by strict X.509 checking,
    see ``x509_strict``) or ``"other"``; ``verify_message`` is OpenSSL's own
    words; ``fix`` says what to do (the message ends with it). ``herohealth doctor`` reads the presented certificate's
    subject, issuer and expiry (this error cannot: the failed handshake keeps no certificate).
    """

    def __init__(self, failure: ssl.SSLCertVerificationError, *, host: str, method: str, path: str) -> None:
        self.host = host
        self.reason = certificate_reason(failure.verify_code)
        self.verify_message = str(failure.verify_message or failure.reason or "")
        self.fix = _FIXES[self.reason]
        """What to do about it, in a sentence or two."""
        message = (
            f"{method} {path}: certificate verification failed for {host}: {_REASONS[self.reason]}"
            f" ({self.verify_message}). {self.fix}"
        )
        super().__init__(message, method=method, path=path, request_sent=False)

    @property
    def retryable(self) -> bool:
        return False  # the same certificate will be presented again


_REASON_BY_CODE = {2: "unknown_issuer", 18: "unknown_issuer", 19: "unknown_issuer", 20: "unknown_issuer"}
_REASON_BY_CODE |= {21: "unknown_issuer", 9: "not_yet_valid", 10: "expired", 62: "hostname_mismatch"}
_REASON_BY_CODE |= {64: "hostname_mismatch"} | dict.fromkeys(range(80, 95), "not_rfc5280")
_REASONS = {
    "unknown_issuer": "the certificate was issued by a CA this client does not trust",
    "expired": "the certificate has expired",
    "not_yet_valid": "the certificate is not valid yet",
    "hostname_mismatch": "the certificate is not for this host",
    "not_rfc5280": "a certificate of the chain breaks RFC 5280, which strict X.509 checking refuses",
    "other": "the certificate was refused",
}
_FIXES = {
    "unknown_issuer": (
        "If a proxy on your network inspects TLS, trust its CA: verify='system' (or HEROHEALTH_VERIFY=system) uses "
        "the operating system's trust store, verify='/path/ca.pem' (or HEROHEALTH_CA_BUNDLE) a PEM bundle."
        " `herohealth doctor` names the issuer."
    ),
    "expired": "Check this machine's clock, and whether a proxy presents an old certificate (`herohealth doctor`).",
    "not_yet_valid": "Check this machine's clock (`herohealth doctor` shows the certificate's dates).",
    "hostname_mismatch": (
        "Check base_url, and whether a proxy presents a certificate of its own (`herohealth doctor` shows its subject)."
    ),
    "not_rfc5280": (
        "Ask the certificate's owner (often a TLS-inspecting proxy) to reissue it; until then x509_strict=False "
        "(or HEROHEALTH_X509_STRICT=false) relaxes that check alone."
    ),
    "other": "`herohealth doctor` shows the presented certificate.",
}


def certificate_reason(verify_code: int | None) -> str:
    """A name for OpenSSL's verification result (``X509_V_ERR_*``): see :class:`CertificateVerificationError`."""
    return _REASON_BY_CODE.get(verify_code or 0, "other")
