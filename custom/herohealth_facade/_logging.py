"""The ``herohealth_async`` logger. ``HEROHEALTH_LOG=debug`` or ``info`` turns on a stderr handler.

Records name the method, the path template, the status, the time taken and the retry count;
they never carry header values, IDs from the path, bodies or secrets.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("herohealth_async")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> None:
    """Attach a stderr handler once, at the level named by ``HEROHEALTH_LOG``, if it is set."""
    level = _LEVELS.get(os.environ.get("HEROHEALTH_LOG", "").strip().lower())
    if level is None or any(getattr(h, "_herohealth", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._herohealth = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
