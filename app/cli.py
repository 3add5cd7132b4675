"""Command line: `python -m app.cli <command>`.

    seed      load the demo data into an empty database (DATABASE_URL, see app.config)
    openapi   print the OpenAPI document (`make openapi` writes it to openapi/openapi.json)

A command is a function taking the parsed arguments and returning the exit status, added to
the parser in `build_parser` with `set_defaults(handler=...)`.
"""

import argparse
import json
import sys
from collections.abc import Sequence

from sqlmodel import Session

from app.config import get_settings
from app.db import make_engine


def seed(_args: argparse.Namespace) -> int:
    from app.demo_data import load_demo_data

    engine = make_engine(get_settings().database_url)
    try:
        with Session(engine) as session:
            summary = load_demo_data(session)
    finally:
        engine.dispose()
    print(summary.describe())
    return 0


def openapi(_args: argparse.Namespace) -> int:
    from app.main import create_app

    spec = create_app().openapi()
    sys.stdout.write(json.dumps(spec, indent=2, sort_keys=False, ensure_ascii=False) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app.cli", description="Kota Serang overseas placement: admin commands."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    commands.add_parser(
        "seed", help="load demo data into an empty database (skipped if it has data)"
    ).set_defaults(handler=seed)
    commands.add_parser("openapi", help="print the OpenAPI document as JSON").set_defaults(
        handler=openapi
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
