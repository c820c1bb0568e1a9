"""Patient identity: NHS numbers and PDS registration."""

from __future__ import annotations

import datetime
import json

import httpx
import pytest

from herohealth_async import HeroHealth, RequestValidationError, ResponseValidationError, normalize_nhs_number
from herohealth_async.models import IdentityVerificationRequired, RegisteredPatient
from tests.helpers import json_response, mock_client

pytestmark = pytest.mark.anyio
DOB = datetime.date(1992, 1, 1)


@pytest.mark.parametrize("given", ["9434765919", "943 476 5919", "943-476-5919", " 943 476 5919 "])
def test_valid_nhs_numbers_are_normalised(given: str) -> None:
    assert normalize_nhs_number(given) == "9434765919"


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        ("9434765918", "check digit"),
        ("123 456 7891", "check digit"),
        ("943476591", "10 digits"),
        ("94347659190", "10 digits"),
        ("943476591X", "10 digits"),
        ("٩٤٣٤٧٦٥٩١٩", "10 digits"),  # non-ASCII digits
        ("1000000010", "check digit"),  # remainder 1 gives 10: never valid
    ],
)
def test_invalid_nhs_numbers_name_the_field(given: str, fragment: str) -> None:
    with pytest.raises(RequestValidationError, match=fragment) as caught:
        normalize_nhs_number(given, field="recipients[0].nhs_number")
    assert caught.value.field == "recipients[0].nhs_number"


async def test_registration_sends_normalised_number_and_a_bare_date() -> None:
    sent: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return json_response(200, {"patient_id": "98765"})

    async with mock_client(handler) as hero:
        result = await hero.patients.register_pds(nhs_number="943 476 5919", dob=DOB)
    assert isinstance(result, RegisteredPatient) and result.patient_id == "98765"
    assert sent == [{"nhs_number": "9434765919", "dob": "1992-01-01"}]


async def test_identity_verification_is_a_different_type() -> None:
    body = {"message": "verify identity", "login_url": "https://app.herohealth.net/login/abc"}
    async with mock_client(lambda request: json_response(200, body)) as hero:
        result = await hero.patients.register_pds(forename="Ada", surname="Lovelace", postcode="N1 1AA", dob=DOB)
    assert isinstance(result, IdentityVerificationRequired)
    assert result.login_url == "https://app.herohealth.net/login/abc"


async def test_an_answer_with_neither_shape_is_a_response_error() -> None:
    async with mock_client(lambda request: json_response(200, {"message": "?"})) as hero:
        with pytest.raises(ResponseValidationError, match="neither patient_id nor login_url"):
            await hero.patients.register_pds(nhs_number="9434765919", dob=DOB)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"nhs_number": "123", "dob": DOB}, "nhs_number"),
        ({"nhs_number": "9434765919", "dob": datetime.datetime(1992, 1, 1)}, "dob"),
        ({"nhs_number": "9434765919", "dob": datetime.date(2999, 1, 1)}, "dob"),
        ({"forename": "Ada", "surname": "Lovelace", "dob": DOB}, "postcode"),
        ({"forename": " ", "surname": "Lovelace", "postcode": "N1", "dob": DOB}, "forename"),
    ],
)
async def test_bad_input_is_refused_before_sending(kwargs: dict[str, object], field: str) -> None:
    calls: list[httpx.Request] = []
    async with mock_client(lambda request: calls.append(request) or json_response(200, {})) as hero:
        with pytest.raises(RequestValidationError) as caught:
            await hero.patients.register_pds(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert calls == []


async def test_registration_against_the_mock(prism_url: str) -> None:
    async with HeroHealth(api_key="k", practice_group_id="42", base_url=prism_url) as hero:
        result = await hero.patients.register_pds(nhs_number="943 476 5919", dob=DOB)
    assert isinstance(result, RegisteredPatient)
