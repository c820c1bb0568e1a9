"""Logging without secrets or patient data.

The ``herohealth_async`` logger records the method, the path template, the status, the time and
the retry count of each request; never header values, IDs from the path, queries, bodies or
secrets. ``HEROHEALTH_LOG=debug`` or ``info`` attaches a stderr handler (read once, at import).

httpx and httpcore log too: httpx's INFO record ``HTTP Request: GET https://…/v1/patients/123``
carries the full URL, and httpcore's DEBUG records carry response headers. While the client sends
a request, :data:`current_operation` holds its ``METHOD /path/{template}``; filters on those
loggers put the template in place of the URL and drop the headers, so an application's ordinary
``logging.basicConfig(level=logging.DEBUG)`` shows no patient data from this client's requests.
Other code's use of httpx is left alone.
"""

from __future__ import annotations

import contextvars
import logging
import os
import re

import httpx

logger = logging.getLogger("herohealth_async")

current_operation: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "herohealth_current_operation", default=None
)
"""``METHOD /path/{template}`` of the request this task is sending, or None."""

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_HTTPCORE_LOGGERS = ("httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks")
_RETURN_VALUE = re.compile(r" return_value=.*", re.DOTALL)


class _RedactHttpx(logging.Filter):
    """Replaces the URL in httpx's records about this client's requests with the path template."""

    def filter(self, record: logging.LogRecord) -> bool:
        operation = current_operation.get()
        if operation is not None and isinstance(record.args, tuple):
            record.args = tuple(
                f"{arg.scheme}://{arg.host} {operation}" if isinstance(arg, httpx.URL) else arg for arg in record.args
            )
        return True


class _RedactHttpcore(logging.Filter):
    """Drops what httpcore's trace records return (response headers) for this client's requests."""

    def filter(self, record: logging.LogRecord) -> bool:
        if current_operation.get() is not None:
            message = _RETURN_VALUE.sub(" return_value=<redacted>", record.getMessage())
            record.msg, record.args = message, ()
        return True


def _install_filters() -> None:
    logging.getLogger("httpx").addFilter(_RedactHttpx())
    for name in _HTTPCORE_LOGGERS:
        logging.getLogger(name).addFilter(_RedactHttpcore())


def _configure_from_env() -> None:
    level = _LEVELS.get(os.environ.get("HEROHEALTH_LOG", "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


# Once per process: this module is imported once.
_install_filters()
_configure_from_env()
