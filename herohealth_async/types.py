"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, TypeVar

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


T_co = TypeVar("T_co", covariant=True)


@define(frozen=True)
class Operation(Generic[T_co]):
    """One API call, prepared but not sent.

    Every endpoint module has an ``operation(...)`` function that returns one. A client sends it with
    ``request`` (keyword arguments for ``httpx.AsyncClient.request``, with a URL relative to the base
    URL) and turns a success response into the documented model with ``parse``. ``path`` is the path
    template (no IDs in it), fit for logs; ``path_params`` and ``body`` are the values as given, for
    checks before sending.
    """

    operation_id: str
    method: str
    path: str
    path_params: Mapping[str, object]
    body: object
    request: dict[str, Any]
    parse: Callable[[httpx.Response], T_co]


class OperationCaller(Protocol):
    """Anything that can send an :class:`Operation` and return its parsed success."""

    async def call(self, operation: Operation[T], /) -> T: ...


__all__ = ["UNSET", "File", "FileTypes", "Operation", "OperationCaller", "RequestFiles", "Response", "Unset"]
