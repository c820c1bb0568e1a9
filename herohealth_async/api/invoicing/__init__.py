"""Invoicing operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.coupon_list import CouponList
from ...models.create_customer_body import CreateCustomerBody
from ...models.create_invoice_body import CreateInvoiceBody
from ...models.created_customer import CreatedCustomer
from ...models.invoice_summary import InvoiceSummary
from ...models.stripe_customer import StripeCustomer
from ...models.stripe_customer_list import StripeCustomerList
from ...models.undocumented_object import UndocumentedObject
from ...models.update_invoice_body import UpdateInvoiceBody
from ...models.validation_error import ValidationError
from ...types import UNSET, OperationCaller, Unset

__all__ = ["InvoicingResource"]

from . import create_customer, create_invoice, get_default_customer, list_coupons, list_customers, update_invoice


class InvoicingResource:
    """The Invoicing operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_coupons(
        self,
    ) -> CouponList:
        """List Coupons

        GET /v1/invoicing/coupons. See ``list_coupons.operation`` for the arguments.
        """
        return await self._caller.call(list_coupons.operation())

    async def list_customers(
        self,
        *,
        query: str,
    ) -> StripeCustomerList:
        """List Customers

        GET /v1/invoicing/customers. See ``list_customers.operation`` for the arguments.
        """
        return await self._caller.call(
            list_customers.operation(
                query=query,
            )
        )

    async def create_customer(
        self,
        *,
        body: CreateCustomerBody,
    ) -> CreatedCustomer:
        """Create Customer

        POST /v1/invoicing/customers. See ``create_customer.operation`` for the arguments.
        """
        return await self._caller.call(
            create_customer.operation(
                body=body,
            )
        )

    async def get_default_customer(
        self,
        *,
        patient_id: str | Unset = UNSET,
    ) -> StripeCustomer:
        """Get Default Customer

        GET /v1/invoicing/customers/default. See ``get_default_customer.operation`` for the arguments.
        """
        return await self._caller.call(
            get_default_customer.operation(
                patient_id=patient_id,
            )
        )

    async def create_invoice(
        self,
        *,
        body: CreateInvoiceBody,
    ) -> InvoiceSummary:
        """Create Invoice

        POST /v1/invoicing/invoices. See ``create_invoice.operation`` for the arguments.
        """
        return await self._caller.call(
            create_invoice.operation(
                body=body,
            )
        )

    async def update_invoice(
        self,
        id: str,
        *,
        body: UpdateInvoiceBody,
    ) -> UndocumentedObject:
        """Update Invoice

        PATCH /v1/invoicing/invoices/{id}. See ``update_invoice.operation`` for the arguments.
        """
        return await self._caller.call(
            update_invoice.operation(
                id=id,
                body=body,
            )
        )
