"""Which certificates a client trusts: the ``verify=`` setting, turned into one ``ssl.SSLContext``.

The context is built once per client, from its arguments and the environment, and every connection
of both HTTP backends (and of derived clients) uses it. On every Python version the contexts built
here refuse certificates that break RFC 5280 (``ssl.VERIFY_X509_STRICT``, Python 3.13's default), so a
certificate that works on one interpreter works on all; ``x509_strict=False`` relaxes that one flag.
"""

from __future__ import annotations

import os
import ssl
from pathlib import Path
from typing import Literal

import httpx

from herohealth_facade._constants import is_loopback
from herohealth_facade._exceptions import HeroHealthError, RequestValidationError
from herohealth_facade.lib.certificates import unverified_context

VerifyTypes = bool | Literal["system"] | str | os.PathLike[str] | ssl.SSLContext
"""``True`` (certifi's bundle, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``), ``"system"`` (the operating system's
trust store), a PEM bundle file or a directory of certificates, an ``ssl.SSLContext`` used as it is, or
``False`` (loopback servers only)."""

CA_BUNDLE_VARIABLE = "HEROHEALTH_CA_BUNDLE"
VERIFY_VARIABLE = "HEROHEALTH_VERIFY"
STRICT_VARIABLE = "HEROHEALTH_X509_STRICT"


def ssl_context(verify: VerifyTypes | None, x509_strict: bool | None, base_url: str) -> ssl.SSLContext:
    """The one context a client's connections use, for ``verify`` (else ``HEROHEALTH_VERIFY=system``,
    else ``HEROHEALTH_CA_BUNDLE``, else ``True``) and ``x509_strict`` (else ``HEROHEALTH_X509_STRICT``,
    else True). A bad value raises :class:`RequestValidationError` naming the argument."""
    if isinstance(verify, ssl.SSLContext):
        if x509_strict is not None:
            raise RequestValidationError(
                "x509_strict", "applies to contexts the client builds: set verify_flags on your own SSLContext"
            )
        return verify
    if verify is None:
        verify = _from_environment()
    if verify is False:
        if not is_loopback(httpx.URL(base_url).host):
            raise RequestValidationError(
                "verify", "False is allowed only for a loopback base_url: patient data never crosses an unverified link"
            )
        return unverified_context()
    context = _trusting(verify)
    strict = _strict_from_environment() if x509_strict is None else x509_strict
    if strict:
        context.verify_flags |= ssl.VERIFY_X509_STRICT
    else:
        context.verify_flags &= ~ssl.VERIFY_X509_STRICT
    return context


def _from_environment() -> Literal[True] | str:
    chosen = os.environ.get(VERIFY_VARIABLE, "").strip()
    if chosen:
        if chosen != "system":
            raise RequestValidationError("verify", f"{VERIFY_VARIABLE} may only be 'system'")
        return "system"
    return os.environ.get(CA_BUNDLE_VARIABLE, "").strip() or True


def _strict_from_environment() -> bool:
    value = os.environ.get(STRICT_VARIABLE, "").strip().lower()
    if value in ("", "1", "true", "yes"):
        return True
    if value in ("0", "false", "no"):
        return False
    raise RequestValidationError("x509_strict", f"{STRICT_VARIABLE} must be true or false")


def _trusting(verify: Literal[True] | str | os.PathLike[str]) -> ssl.SSLContext:
    if verify is True:
        # What httpx itself does: certifi's bundle, unless SSL_CERT_FILE or SSL_CERT_DIR names another.
        return httpx.create_ssl_context(verify=True, trust_env=True)
    if verify == "system":
        return _system()
    if not os.fspath(verify).strip():
        raise RequestValidationError("verify", "is an empty path")
    path = Path(os.fspath(verify)).expanduser()
    try:
        if path.is_dir():
            return ssl.create_default_context(capath=str(path))
        return ssl.create_default_context(cafile=str(path))
    except FileNotFoundError:
        raise RequestValidationError("verify", f"no CA bundle at {path} (a PEM file or a directory)") from None
    except ssl.SSLError:
        raise RequestValidationError("verify", f"{path} holds no PEM certificate") from None


def _system() -> ssl.SSLContext:
    try:
        import truststore  # noqa: PLC0415 (the optional extra: loaded when asked for)
    except ImportError:
        raise HeroHealthError(
            "verify='system' needs the truststore extra: pip install 'herohealth-async[truststore]'"
        ) from None
    # A context of its own: truststore.inject_into_ssl() would change every library's TLS in the process.
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
