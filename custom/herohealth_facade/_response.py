"""``APIResponse``: a success with everything the server sent."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

T = TypeVar("T")


@attrs.frozen
class APIResponse(Generic[T]):
    """A success with everything the server sent: ``parsed`` is the documented model."""

    parsed: T
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id``, when it sent one (quote it to Hero's support)."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id
