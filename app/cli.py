"""Command line: `python -m app.cli seed` loads demo data; `openapi` prints the contract."""

import argparse
import json
import sys

from sqlmodel import Session

from app.config import get_settings
from app.db import make_engine


def seed() -> int:
    from app.demo_data import load_demo_data

    engine = make_engine(get_settings().database_url)
    with Session(engine) as session:
        summary = load_demo_data(session)
    engine.dispose()
    if summary.skipped:
        print("demo data: the database already has data, skipped")
    else:
        print(
            f"demo data: {summary.partners} partners, {summary.mous} MoUs, "
            f"{summary.targets} targets, {summary.vacancies} job orders, "
            f"{summary.applicants} applicants, {summary.credentials} credentials"
        )
    return 0


def openapi() -> int:
    from app.main import create_app

    spec = create_app().openapi()
    sys.stdout.write(json.dumps(spec, indent=2, ensure_ascii=False) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("seed", help="load demo data into an empty database")
    commands.add_parser("openapi", help="print the OpenAPI document")
    args = parser.parse_args(argv)
    return {"seed": seed, "openapi": openapi}[args.command]()


if __name__ == "__main__":
    raise SystemExit(main())
