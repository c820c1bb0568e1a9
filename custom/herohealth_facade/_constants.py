"""Defaults and the servers of the Hero Health Public API."""

from __future__ import annotations

import ipaddress
from typing import Literal

import httpx

Environment = Literal["production", "staging", "mock"]

ENVIRONMENTS: dict[Environment, str] = {
    "production": "https://api.herohealth.net",
    "staging": "https://api.staging.htech.app",
    "mock": "https://developer.herohealth.net/_mock/apis/public-api/openapi",
}
"""Base URLs by environment. ``mock`` is the vendor's hosted mock server."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 s to read, write or wait for a pooled connection; 5 s to connect."""

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)
"""At most 100 connections, 20 kept alive for 30 s."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, for the failures that may be retried (see ``RetryPolicy``)."""

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine (``localhost`` or a loopback address)."""
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
