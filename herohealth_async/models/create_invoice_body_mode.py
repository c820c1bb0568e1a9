"""Contains methods for accessing the API"""

from typing import Literal, cast

CreateInvoiceBodyMode = Literal["draft", "finalize"]

CREATE_INVOICE_BODY_MODE_VALUES: set[CreateInvoiceBodyMode] = {
    "draft",
    "finalize",
}


def check_create_invoice_body_mode(value: str) -> CreateInvoiceBodyMode:
    """Return ``value`` typed as ``CreateInvoiceBodyMode``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in CREATE_INVOICE_BODY_MODE_VALUES``
    to tell known values from new ones.
    """
    return cast(CreateInvoiceBodyMode, value)
