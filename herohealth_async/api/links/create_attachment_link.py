"""Create an Attachment Link: POST /v1/attachment_links"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.attachment_link import AttachmentLink
from ...models.create_attachment_link_body import CreateAttachmentLinkBody
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreateAttachmentLinkBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/attachment_links",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> AttachmentLink:
    if response.status_code == 200:
        response_200 = AttachmentLink.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreateAttachmentLinkBody,), True),)


def operation(
    *,
    body: CreateAttachmentLinkBody,
) -> Operation[AttachmentLink]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/attachment_links
    """
    return Operation(
        operation_id="create_attachment_link",
        method="POST",
        path="/v1/attachment_links",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
