"""``RequestBuilder``: turning a checked operation and its options into the ``httpx.Request`` to send."""

from __future__ import annotations

from typing import Any

import httpx

from herohealth_async.types import Operation, RequestOptions
from herohealth_facade._config import Config
from herohealth_facade._credentials import ApiKey
from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade._pool import Pool
from herohealth_facade._requests import assemble, json_content, query_string, request_url
from herohealth_facade._transports import DEFAULT_HEADERS
from herohealth_facade._types import NotGiven, TimeoutTypes
from herohealth_facade._validation import check_extra_headers, check_header_value, check_path, merge_extra_body


class RequestBuilder:
    """The requests of a client: its base URL, headers (both auth headers included) and timeouts."""

    _config: Config
    _pool: Pool
    _key: ApiKey

    def _build_request(self, operation: Operation[Any], options: RequestOptions) -> httpx.Request:
        try:
            kwargs = operation.build()
            content = None
            if options.extra_body:
                content = json_content(merge_extra_body(kwargs, options.extra_body))
            elif "json" in kwargs:
                content = json_content(kwargs["json"])
        except (AttributeError, TypeError, ValueError) as exc:
            # The checks above know every documented rule; this is what they cannot see (a value of
            # the wrong type deep inside a nested model, a NaN). The exception text may quote the value.
            raise RequestValidationError("body", f"could not be serialised ({type(exc).__name__})") from None
        path = self._config.base_path + kwargs["url"]
        check_path(operation, path, self._config.base_path)
        params = kwargs.get("params")
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        plain, prepared = self._headers()
        headers: httpx.Headers | dict[str, str] = prepared
        if "headers" in kwargs or options.extra_headers:
            documented = {
                name: check_header_value(str(value), f"header.{name}")
                for name, value in kwargs.get("headers", {}).items()
            }
            headers = {**documented, **check_extra_headers(options.extra_headers), **plain}
        url = request_url(self._config.url, path, query_string(params))
        return assemble(kwargs["method"], url, headers, content, {"timeout": self._timeouts(options.timeout)})

    def _timeouts(self, timeout: TimeoutTypes | NotGiven) -> dict[str, float | None]:
        """The request extension of ``timeout`` (the client's when not given; built once for it)."""
        if not isinstance(timeout, NotGiven):
            return httpx.Timeout(timeout).as_dict()
        cached: dict[str, float | None] | None = self.__dict__.get("_timeouts_cache")
        if cached is None:
            cached = self.__dict__["_timeouts_cache"] = httpx.Timeout(self._config.timeout).as_dict()
        return cached

    def _practice_group(self) -> str:
        """The practice group this client acts for; a client without one refuses before anything is sent."""
        if self._config.practice_group_id is None:
            raise RequestValidationError(
                "practice_group_id",
                "this client has no default practice group: send through hero.for_practice_group(practice_group_id)",
            )
        return self._config.practice_group_id

    def _headers(self) -> tuple[dict[str, str], httpx.Headers]:
        """The headers of every request, as a dict and as ``httpx.Headers``: ``Host``, the httpx client's
        defaults, then both auth headers (built once per key: a request copies an ``httpx.Headers``
        without encoding it again)."""
        cached: tuple[int, dict[str, str], httpx.Headers] | None = self.__dict__.get("_headers_cache")
        if cached is None or cached[0] != self._key.generation:
            plain = {
                "host": self._config.url.netloc.decode("ascii"),
                **(dict(http.headers) if (http := self._pool.first.http) is not None else DEFAULT_HEADERS),
                **self._auth_headers(),
                "accept": "application/json",
                "user-agent": self._config.user_agent,
            }
            cached = (self._key.generation, plain, httpx.Headers(plain))
            self.__dict__["_headers_cache"] = cached
        return cached[1], cached[2]

    def _auth_headers(self) -> dict[str, str]:
        # Both are checked before any request is built.
        assert self._key.value is not None and self._config.practice_group_id is not None
        return {"x-api-key": self._key.value, "x-practice-group-id": self._config.practice_group_id}
