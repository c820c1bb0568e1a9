"""The generated contracts the facade uses everywhere, under one import."""

from __future__ import annotations

from herohealth_async.types import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "TimeoutTypes"]
