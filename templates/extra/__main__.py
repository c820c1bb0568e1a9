"""``python -m herohealth_async doctor|webhooks``: the same commands as ``herohealth doctor`` and
``herohealth webhooks`` (see their ``--help``)."""

import sys


def _main() -> int:
    # Loaded only when run: the generated package never imports the hand-written layer at module level.
    from herohealth_facade.cli import main  # noqa: PLC0415

    return main()


if __name__ == "__main__":
    sys.exit(_main())
