"""Create a note: POST /v1/notes"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.create_episode_note_body import CreateEpisodeNoteBody
from ...models.note import Note
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreateEpisodeNoteBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/notes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> Note:
    if response.status_code == 200:
        response_200 = Note.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreateEpisodeNoteBody,), True),)


def operation(
    *,
    body: CreateEpisodeNoteBody,
) -> Operation[Note]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/notes
    """
    return Operation(
        operation_id="create_episode_note",
        method="POST",
        path="/v1/notes",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
