"""Long fuzzing run: every operation of the OpenAPI document, many random examples each.

    .venv/bin/python bench/fuzz.py                       # SQLite file bench/fuzz.db
    .venv/bin/python bench/fuzz.py --examples 300 --only vacancies
    DATABASE_URL=postgresql://... .venv/bin/python bench/fuzz.py   # a scratch database!

The same harness as `tests/test_fuzz.py` (schemathesis, in process, a seeded world seeded
again before each operation), with random rather than derandomised examples, sent as every
kind of caller (officer, applicant, anonymous, admin, agency client, training client).
Unlike the test it goes on past a failing operation and reports them all, then prints the
operations, examples, calls, statuses seen, failures and time; it exits 1 on any failure.
The schema is dropped and rebuilt: never point it at a database you need.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.db import make_engine  # noqa: E402
from app.main import create_app  # noqa: E402
from tests.fuzz_harness import (  # noqa: E402
    ALL_ROLES,
    Tally,
    find_operation,
    fuzz_operation,
    load_schema,
    operation_labels,
    seed_world,
)


def reset(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--examples", type=int, default=100, help="per operation")
    parser.add_argument("--only", default="", help="operations whose label contains this")
    parser.add_argument("--roles", default=",".join(ALL_ROLES), help="comma-separated callers")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'bench' / 'fuzz.db'}"
    reset(url)
    app = create_app(
        Settings(database_url=url, webhook_worker=False, webhook_allow_insecure_urls=True)
    )
    schema = load_schema(app)
    roles = [role.strip() for role in args.roles.split(",") if role.strip()]
    labels = [label for label in operation_labels(app) if args.only in label]
    tally, failures = Tally(), []
    started = time.perf_counter()
    for label in labels:
        with Session(app.state.engine) as session:
            world = seed_world(app, session)
        try:
            fuzz_operation(
                find_operation(schema, label),
                world,
                max_examples=args.examples,
                roles=roles,
                derandomize=False,
                tally=tally,
            )
        except Exception as error:
            failures.append(label)
            print(f"FAIL {label}\n{error}\n{''.join(getattr(error, '__notes__', []))}\n")
        else:
            print(f"ok   {label}", flush=True)
    elapsed = time.perf_counter() - started
    statuses = ", ".join(f"{status}: {n}" for status, n in sorted(tally.statuses.items()))
    print(f"\ndatabase: {app.state.engine.dialect.name}; callers: {', '.join(roles)}")
    print(f"operations: {tally.operations}  examples: {tally.examples}  calls: {tally.calls}")
    print(f"statuses: {statuses}")
    print(f"failures: {len(failures)} {failures}")
    print(f"time: {elapsed:.1f} s")
    app.state.engine.dispose()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
