"""`make mock`: the Prism mock of the vendored OpenAPI document, on a free loopback port, until Ctrl-C.

Point the client at it with the URL it prints (HEROHEALTH_BASE_URL=... or HeroHealth(base_url=...)).
It answers from the document's schemas and examples and refuses requests that break the document.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.servers import SPEC, prism_server  # noqa: E402


def main() -> None:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with prism_server() as base_url:
        print(f"Prism mock of {SPEC.relative_to(Path.cwd()) if SPEC.is_relative_to(Path.cwd()) else SPEC}")
        print(f"listening at {base_url}")
        print(f"  export HEROHEALTH_BASE_URL={base_url}")
        print("Ctrl-C to stop.", flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
