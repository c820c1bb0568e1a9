"""Prescription operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.create_pharmacy_body import CreatePharmacyBody
from ...models.pharmacy import Pharmacy
from ...models.pharmacy_list import PharmacyList
from ...types import UNSET, OperationCaller, Unset

__all__ = ["PrescriptionResource"]

from . import create_pharmacy, get_prescriber_pharmacies


class PrescriptionResource:
    """The Prescription operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def get_prescriber_pharmacies(
        self,
        id: str,
    ) -> PharmacyList:
        """Get Prescriber's Pharmacies List

        GET /v1/prescriber/{id}/pharmacies. See ``get_prescriber_pharmacies.operation`` for the arguments.
        """
        return await self._caller.call(
            get_prescriber_pharmacies.operation(
                id=id,
            )
        )

    async def create_pharmacy(
        self,
        *,
        body: CreatePharmacyBody,
    ) -> Pharmacy:
        """Create Pharmacy

        POST /v1/pharmacies. See ``create_pharmacy.operation`` for the arguments.
        """
        return await self._caller.call(
            create_pharmacy.operation(
                body=body,
            )
        )
