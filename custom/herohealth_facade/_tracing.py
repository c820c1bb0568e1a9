"""OpenTelemetry spans, one per call, when ``opentelemetry-api`` is installed (the ``[otel]`` extra).

A span is named ``{METHOD} {path template}`` (``GET /v1/appointments/{id}``) and carries the method,
the template, the operation, the status code, the retry count and Hero's request id: never the URL,
the query, a body, a header, an ID from the path or a secret. Without an SDK configured, the API's
spans cost next to nothing; without the package, nothing is traced.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from herohealth_facade._version import __version__

_tracer: Any = None
_trace: Any = None  # the opentelemetry.trace module, once looked up
_looked_up = False
_provider_in_environment = False
_UNREAD = object()


def tracer() -> Any:
    """The package's tracer, or None when opentelemetry-api is not installed (looked up once)."""
    global _tracer, _trace, _looked_up, _provider_in_environment
    if not _looked_up:
        _looked_up = True
        _provider_in_environment = "OTEL_PYTHON_TRACER_PROVIDER" in os.environ
        try:
            from opentelemetry import trace  # noqa: PLC0415 (optional dependency)
        except ImportError:
            _tracer = None
        else:
            _trace = trace
            _tracer = trace.get_tracer("herohealth_async", __version__)
    return _tracer


def _configured() -> bool:
    """Whether an OpenTelemetry SDK is set up to record spans (asked at each call: it may be set up late).

    Until one is, the API's tracer makes spans that record nothing, at a cost of tens of microseconds a
    call; with none set up (or ``OTEL_SDK_DISABLED``), no span is made at all.
    """
    # opentelemetry-api keeps the provider it was given in _TRACER_PROVIDER (None until then). Until then
    # get_tracer_provider() looks in os.environ on every call, which raises and catches a KeyError inside
    # (about 3 us a call with 100 calls in flight); the environment is read once instead.
    provider = getattr(_trace, "_TRACER_PROVIDER", _UNREAD)
    if provider is None and not _provider_in_environment:
        return False
    provider = _trace.get_tracer_provider()
    return not isinstance(provider, _trace.ProxyTracerProvider | _trace.NoOpTracerProvider)


def enabled() -> bool:
    """Whether calls are traced now: opentelemetry-api is installed and an SDK is set up."""
    return tracer() is not None and _configured()


@contextmanager
def span(method: str, template: str, operation_id: str) -> Iterator[Any]:
    """A client span for one call (or None, when nothing is traced)."""
    if not enabled():
        yield None
        return
    from opentelemetry.trace import SpanKind  # noqa: PLC0415

    attributes = {"http.request.method": method, "url.template": template, "herohealth.operation": operation_id}
    with tracer().start_as_current_span(f"{method} {template}", kind=SpanKind.CLIENT, attributes=attributes) as current:
        yield current


def record(
    current: Any,
    *,
    status_code: int | None,
    retries: int,
    request_id: str | None,
    timing: tuple[float | None, float] | None = None,
) -> None:
    """What the call ended with; an error status (or no answer) marks the span as failed. ``timing`` is the
    last attempt's (seconds on the wire, seconds it waited to leave)."""
    if current is None:
        return
    from opentelemetry.trace import Status, StatusCode  # noqa: PLC0415

    current.set_attribute("herohealth.retries", retries)
    if timing is not None:
        wire, waited = timing
        current.set_attribute("herohealth.wait_ms", round(waited * 1000, 3))
        if wire is not None:
            current.set_attribute("herohealth.wire_ms", round(wire * 1000, 3))
    if status_code is not None:
        current.set_attribute("http.response.status_code", status_code)
    if request_id:
        current.set_attribute("herohealth.request_id", request_id)
    if status_code is None or status_code >= 400:
        current.set_status(Status(StatusCode.ERROR))
