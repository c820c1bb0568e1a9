"""Drift: where the live API's answers differ from the document, found while parsing in ``report`` mode.

A :class:`DriftRecord` names the operation, the field's path, what the document says and what arrived
(a JSON type, ``absent`` or ``unknown field``); never a value. :class:`DriftLog` keeps each (operation,
field) once per client, logs it once at WARNING, and can share them through a :class:`DriftStore`
(scoped to the API key and base URL, like the client's other shared state).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Literal, Protocol, runtime_checkable

import attrs

from herohealth_async.types import DriftFinding

ResponseValidation = Literal["strict", "report"]
RESPONSE_VALIDATIONS: tuple[ResponseValidation, ...] = ("strict", "report")

logger = logging.getLogger("herohealth_async")


@attrs.frozen(order=True)
class DriftRecord:
    """One difference between a response and the document, for one operation and field."""

    operation: str
    """The generated operation name (``get_appointment``)."""
    method: str
    path: str
    """The path template, never the path sent (it holds IDs)."""
    field: str
    expected: str
    received: str

    @property
    def key(self) -> str:
        return f"{self.operation}|{self.field}"

    def line(self) -> str:
        return (
            f"{self.method} {self.path} ({self.operation}) field {self.field or '(body)'}: "
            f"document says {self.expected}, received {self.received}"
        )

    def to_json(self) -> str:
        return json.dumps(attrs.asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> DriftRecord:
        return cls(**json.loads(text))


@runtime_checkable
class DriftStore(Protocol):
    """Drift shared by many processes: ``add`` returns True for a record its (operation, field) has not had."""

    async def add(self, scope: str, record: DriftRecord) -> bool: ...

    async def all(self, scope: str) -> list[DriftRecord]: ...


class DriftLog:
    """The drift one client (and its derived clients) has met: each (operation, field) kept and logged once."""

    def __init__(self, store: DriftStore | None = None) -> None:
        self.store = store
        self._records: dict[str, DriftRecord] = {}

    @property
    def records(self) -> list[DriftRecord]:
        """What this process met, in the order it was met."""
        return list(self._records.values())

    async def add(self, scope: str, operation: str, method: str, path: str, found: Sequence[DriftFinding]) -> None:
        for finding in found:
            record = DriftRecord(operation, method, path, finding.field, finding.expected, finding.received)
            if record.key in self._records:
                continue
            self._records[record.key] = record
            if await self._first_everywhere(scope, record):
                logger.warning("response drift: %s", record.line(), extra={"herohealth_operation": operation})

    async def _first_everywhere(self, scope: str, record: DriftRecord) -> bool:
        if self.store is None:
            return True
        try:
            return await self.store.add(scope, record)
        except Exception:  # a store that is down must not fail the call that met the drift
            return True

    async def shared(self, scope: str) -> list[DriftRecord]:
        """Every process's records through the store (this process's alone without one)."""
        if self.store is None:
            return self.records
        return sorted(await self.store.all(scope))
