"""The data models of the document's requests and responses, each loaded on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .colour import Colour
    from .copied_widget import CopiedWidget
    from .key import Key
    from .key_request import KeyRequest
    from .new_widget import NewWidget
    from .owner import Owner
    from .receipt import Receipt
    from .widget import Widget
    from .widget_list import WidgetList

# Name -> module: importing this package loads no model until one is asked for.
_MODULES = {
    "Colour": ".colour",
    "CopiedWidget": ".copied_widget",
    "Key": ".key",
    "KeyRequest": ".key_request",
    "NewWidget": ".new_widget",
    "Owner": ".owner",
    "Receipt": ".receipt",
    "Widget": ".widget",
    "WidgetList": ".widget_list",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "Colour",
    "CopiedWidget",
    "Key",
    "KeyRequest",
    "NewWidget",
    "Owner",
    "Receipt",
    "Widget",
    "WidgetList",
)
