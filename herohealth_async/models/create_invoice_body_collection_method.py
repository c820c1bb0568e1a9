"""Contains methods for accessing the API"""

from typing import Literal, cast

CreateInvoiceBodyCollectionMethod = Literal["charge_automatically", "request_payment"]

CREATE_INVOICE_BODY_COLLECTION_METHOD_VALUES: set[CreateInvoiceBodyCollectionMethod] = {
    "charge_automatically",
    "request_payment",
}


def check_create_invoice_body_collection_method(value: str) -> CreateInvoiceBodyCollectionMethod:
    """Return ``value`` typed as ``CreateInvoiceBodyCollectionMethod``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in CREATE_INVOICE_BODY_COLLECTION_METHOD_VALUES``
    to tell known values from new ones.
    """
    return cast(CreateInvoiceBodyCollectionMethod, value)
