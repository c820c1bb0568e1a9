"""The ``herohealth`` command (also ``python -m herohealth_async``): ``doctor`` and ``webhooks``."""

from __future__ import annotations

import argparse

from herohealth_facade import doctor
from herohealth_facade.testing import webhook_cli


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; its exit status."""
    parser = argparse.ArgumentParser(prog="herohealth", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    doctor.add_command(commands)
    webhook_cli.add_command(commands)
    args = parser.parse_args(argv)
    status: int = args.run(args)
    return status
