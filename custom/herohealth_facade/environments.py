"""The servers of the Hero Health Public API."""

from __future__ import annotations

from typing import Literal

Environment = Literal["production", "staging", "mock"]

ENVIRONMENTS: dict[Environment, str] = {
    "production": "https://api.herohealth.net",
    "staging": "https://api.staging.htech.app",
    "mock": "https://developer.herohealth.net/_mock/apis/public-api/openapi",
}
