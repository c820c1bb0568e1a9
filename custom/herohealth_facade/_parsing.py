"""``ResponseParser``: turning a success into the operation's documented model."""

from __future__ import annotations

from typing import TypeVar

import httpx

from herohealth_async.errors import UnexpectedStatus
from herohealth_async.types import APIResponse, Drift, Operation, ResponseFieldError
from herohealth_facade._config import Config
from herohealth_facade._failures import is_json, response_error
from herohealth_facade.lib.drift import DriftLog

T = TypeVar("T")


class ResponseParser:
    """Parses successes as the client's ``response_validation`` says, recording drift in its log."""

    _config: Config
    _drift: DriftLog

    async def _answer(self, operation: Operation[T], response: httpx.Response) -> APIResponse[T]:
        return APIResponse(parsed=await self._parse(operation, response), http_response=response)

    async def _parse(self, operation: Operation[T], response: httpx.Response) -> T:
        content_type = response.headers.get("content-type", "")
        if not is_json(content_type):
            detail = f"expected a JSON body, got {content_type or 'no content type'!r}"
            raise response_error(operation, response, detail, None)
        drift = Drift() if self._config.response_validation == "report" else None
        try:
            parsed = operation.parse(response, drift)
        except ResponseFieldError as exc:
            where = exc.field or "(body)"
            raise response_error(operation, response, f"{where} {exc.problem}", exc.field or None) from None
        except (ValueError, KeyError, TypeError, AttributeError, UnexpectedStatus) as exc:
            raise response_error(operation, response, type(exc).__name__, None) from None
        if drift is not None and drift.findings:
            await self._drift.add(
                self._config.scope, operation.operation_id, operation.method, operation.path, drift.findings
            )
        return parsed
