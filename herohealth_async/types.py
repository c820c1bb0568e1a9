"""Types shared by the generated modules: the contracts the client (``HeroHealth``) implements."""

import importlib
from collections.abc import AsyncIterator, Callable, Generator, Mapping, Sequence
from typing import IO, Any, BinaryIO, Final, Generic, Literal, Protocol, TypeVar

import httpx
from attrs import define, field


class Unset:
    """The type of ``UNSET``: a field or argument that was not given (unlike ``None``, a real value)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def json_body(response: httpx.Response) -> Any:
    """The JSON value of ``response``'s body: decoded by orjson where installed (twice as fast), with
    ``response.json()`` (the standard library) deciding whatever orjson refuses, so both accept the same."""
    decoder = _orjson()
    if decoder is not None:
        try:
            return decoder.loads(response.content)
        except decoder.JSONDecodeError:
            pass
    return response.json()


def _orjson() -> Any:
    """The orjson module, or None when it is not installed (looked up once, on the first body decoded)."""
    global orjson
    if orjson is _NOT_LOOKED_UP:
        try:
            orjson = importlib.import_module("orjson")  # a dependency on CPython; absent on PyPy
        except ImportError:
            orjson = None
    return orjson


_NOT_LOOKED_UP: Any = object()
orjson: Any = _NOT_LOOKED_UP

NoneType = type(None)

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
T_co = TypeVar("T_co", covariant=True)
PageT = TypeVar("PageT", bound="Page[Any]")
ItemT = TypeVar("ItemT")


class NotGiven:
    """The type of ``NOT_GIVEN``: an option the caller did not pass (``None`` is a real timeout)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False


NOT_GIVEN: Final = NotGiven()

TimeoutTypes = float | httpx.Timeout | None


@define(frozen=True)
class RequestOptions:
    """Options for one call, on top of the client's.

    ``timeout`` and ``max_retries`` replace the client's for this call. ``extra_headers`` are added
    to the request (they cannot replace the auth headers), ``extra_query`` to its query string and
    ``extra_body`` to its JSON body: for fields the document does not describe yet.
    ``retry_non_idempotent`` lets a POST or PATCH be retried like a GET. ``idempotency_key`` makes a
    write happen at most once for that key: a repeat returns the recorded answer without sending.
    """

    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    retry_non_idempotent: bool = False
    idempotency_key: str | None = None


@define(frozen=True)
class APIResponse(Generic[T_co]):
    """A success with everything the server sent: ``parsed`` is the documented model."""

    parsed: T_co
    http_response: httpx.Response = field(repr=False)

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


class Page(Protocol[T_co]):
    """What a list operation answers: a ``data`` list (``count`` is read when present)."""

    @property
    def data(self) -> Sequence[T_co]: ...


class Pager(Protocol[PageT, ItemT]):
    """A paged list operation, called.

    ``await pager`` sends the request as given and returns the page model; ``async for item in
    pager`` walks every page from there; ``pager.pages()`` yields whole pages.
    """

    def __await__(self) -> Generator[Any, None, PageT]: ...

    def __aiter__(self) -> AsyncIterator[ItemT]: ...

    def pages(self) -> AsyncIterator[PageT]: ...

    async def __aenter__(self) -> "Pager[PageT, ItemT]": ...

    async def __aexit__(self, *exc_info: object) -> None: ...


class ResponseFieldError(ValueError):
    """A field of a response body does not match the document.

    ``field`` is its dotted path (``data.start_time``); ``problem`` says what is wrong. The value is
    never kept or quoted: it may be patient data.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field or '(body)'}: {problem}")
        self.field = field
        self.problem = problem

    @classmethod
    def wrap(cls, field: str, exc: BaseException) -> "ResponseFieldError":
        """The error for ``exc`` raised while reading ``field`` (nested errors keep their path)."""
        if isinstance(exc, ResponseFieldError):
            return cls(f"{field}.{exc.field}" if field and exc.field else field or exc.field, exc.problem)
        if isinstance(exc, KeyError):
            return cls(field, "is required but missing")
        if isinstance(exc, TypeError | AttributeError):
            return cls(field, "has the wrong JSON type or format")
        return cls(field, "has a value that does not parse (for example a malformed date)")


def json_type(value: object) -> str:
    """The JSON type of ``value`` (``string``, ``number``, ``object``...), never the value itself."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return "absent" if isinstance(value, Unset) else type(value).__name__


@define(frozen=True)
class DriftFinding:
    """One place where a response differs from the document: the field's dotted path, what the document
    says (``expected``) and what arrived (``received``: a JSON type, ``absent`` or ``unknown field``). Never
    a value: it may be patient data."""

    field: str
    expected: str
    received: str


class Drift:
    """Collects :class:`DriftFinding` records while a body is parsed leniently (``response_validation="report"``).

    Models' ``from_dict(data, drift)`` record a field that breaks the document here and keep the value
    as it arrived, instead of raising :class:`ResponseFieldError`. ``at(field)`` is the collector for a
    nested object, sharing the same list.
    """

    def __init__(self, path: str = "", findings: list[DriftFinding] | None = None) -> None:
        self.path = path
        self.findings: list[DriftFinding] = [] if findings is None else findings

    def at(self, field: str) -> "Drift":
        return Drift(self._join(field), self.findings)

    def record(self, field: str, expected: str, received: str) -> None:
        self.findings.append(DriftFinding(self._join(field), expected, received))

    def keep(self, field: str, exc: BaseException, src_dict: Mapping[str, Any], expected: str) -> Any:
        """Record that ``field`` broke the document (``exc`` says how) and return its value as it arrived."""
        if isinstance(exc, ResponseFieldError) and exc.field:
            return src_dict.get(field, UNSET)  # a nested object: its own fields recorded their findings
        value = src_dict.get(field, UNSET)
        self.record(field, expected, json_type(value))
        return value

    def unknown_fields(self, extra: Mapping[str, Any]) -> None:
        """Record each key of ``extra`` (the object's keys the document lacks), with its JSON type."""
        for name, value in extra.items():
            self.record(name, "not in the document", f"unknown field, {json_type(value)}")

    def _join(self, field: str) -> str:
        return f"{self.path}.{field}" if self.path and field else self.path or field


ParamLocation = Literal["path", "query", "header", "body"]


@define(frozen=True)
class Param:
    """One argument of an operation, as the document describes it.

    ``name`` is the Python argument, ``wire_name`` the name on the wire, ``types`` the runtime types
    a given value may have (``UNSET`` aside), ``item_types`` those of each item when it is a list.
    """

    name: str
    wire_name: str
    location: ParamLocation
    types: tuple[type, ...]
    required: bool
    item_types: tuple[type, ...] = ()


class Parser(Protocol[T_co]):
    """Turns a success response into its model; with ``drift``, leniently (see :class:`Drift`)."""

    def __call__(self, response: httpx.Response, drift: "Drift | None" = None, /) -> T_co: ...


@define(frozen=True)
class Operation(Generic[T_co]):
    """One API call, prepared but not sent.

    Every endpoint module has an ``operation(...)`` function that returns one; ``HeroHealth.call``
    sends it. ``path`` is the path template (no IDs in it), fit for logs. ``arguments`` holds the
    values as given and ``params`` the document's rules for them: the client checks one against the
    other before it calls ``build()`` (keyword arguments for ``httpx.AsyncClient.build_request``,
    with a URL relative to the base URL). ``parse`` turns a success response into the model.
    """

    operation_id: str
    method: str
    path: str
    arguments: Mapping[str, object]
    params: tuple[Param, ...]
    build: Callable[[], dict[str, Any]]
    parse: "Parser[T_co]"

    @property
    def path_params(self) -> dict[str, object]:
        """Path parameters by their name in the template."""
        return {p.wire_name: self.arguments[p.name] for p in self.params if p.location == "path"}

    @property
    def body(self) -> object:
        """The request body as given (a model), or None when the operation takes none."""
        return self.arguments.get("body")


class OperationCaller(Protocol):
    """What the resources send through (the client implements it)."""

    async def send_operation(self, operation: Operation[T], options: RequestOptions, /) -> APIResponse[T]:
        """Send ``operation`` and return the success with its parsed model."""
        ...

    def paginate_operation(
        self,
        make: Callable[[int | Unset, int | Unset], Operation[PageT]],
        item: type[ItemT],
        *,
        page_index: int | Unset,
        page_size: int | Unset,
        max_items: int | None,
        prefetch: bool,
        options: RequestOptions,
    ) -> Pager[PageT, ItemT]:
        """A pager over the operation ``make(page_index, page_size)`` builds; ``item`` types its items."""
        ...


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "json_body",
    "json_type",
    "Drift",
    "DriftFinding",
    "APIResponse",
    "NotGiven",
    "Page",
    "Pager",
    "RequestOptions",
    "TimeoutTypes",
    "File",
    "FileTypes",
    "NoneType",
    "Operation",
    "Parser",
    "OperationCaller",
    "Param",
    "RequestFiles",
    "ResponseFieldError",
    "Unset",
]
