"""Command line: `python -m app.cli <command>`.

    migrate   bring the database's schema to the latest revision (alembic upgrade head): a
              one-off step of each release, run once before the new API processes start
    seed      load the demo data into an empty database (DATABASE_URL, see app.core.config)
    match     run the optimal allocation of people to open job orders, with a progress bar
    openapi   print the OpenAPI document (`make openapi` writes it to openapi/openapi.json)
    worker    work the task queue (matching runs, sweeps, purges) and deliver webhooks until
              stopped (SIGTERM finishes the jobs in hand); any number, on any machine
    webhooks  only deliver webhooks until stopped (Ctrl-C / SIGTERM); `--once` what is due
    notify-expiring  the expiry sweep: notices of credentials and documents expiring within
                     30 days (the API runs it every EXPIRY_SWEEP_HOURS unless EXPIRY_SWEEP=false)
    generate-key     print a new `kid:key` entry for ENCRYPTION_KEYS or JWT_KEYS
    rotate-keys      re-seal every sealed value under the current (first) encryption key

A command is a function taking the parsed arguments and returning the exit status, added to
the parser in `build_parser` with `set_defaults(handler=...)`.
"""

import argparse
import json
import sys
from collections.abc import Sequence

from sqlmodel import Session

from app.core import clock
from app.core.config import get_settings
from app.core.db import engine_from
from app.models.matching_run import CANDIDATES_PER_OPENING_DEFAULT, CANDIDATES_PER_OPENING_MAX


def seed(_args: argparse.Namespace) -> int:
    from app.demo.data import load_demo_data

    engine = engine_from(get_settings())
    try:
        with Session(engine) as session:
            summary = load_demo_data(session)
    finally:
        engine.dispose()
    print(summary.describe())
    return 0


def migrate(_args: argparse.Namespace) -> int:
    """`alembic upgrade head` on DATABASE_URL, from the alembic.ini beside the app (the
    checkout, or /srv in the image)."""
    from pathlib import Path

    from alembic import command
    from alembic.config import Config

    ini = Path(__file__).resolve().parent.parent / "alembic.ini"
    if not ini.is_file():
        sys.stderr.write(f"no {ini}: run this from the checkout or the image\n")
        return 2
    command.upgrade(Config(str(ini)), "head")
    return 0


def openapi(_args: argparse.Namespace) -> int:
    from app.main import create_app

    spec = create_app().openapi()
    sys.stdout.write(json.dumps(spec, indent=2, sort_keys=False, ensure_ascii=False) + "\n")
    return 0


def match(args: argparse.Namespace) -> int:
    """The same allocation run as POST /api/v1/matching/runs, in the foreground."""
    import getpass

    from app.models.matching_run import MatchingRunCreate, RunPhase, RunStatus
    from app.services.matching import run_jobs as runs

    def bar(phase: RunPhase, percent: int) -> None:
        filled = percent * 30 // 100
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {percent:3d}% {phase:<10}")
        sys.stderr.flush()

    engine = engine_from(get_settings())
    try:
        with Session(engine) as session:
            payload = MatchingRunCreate(
                vacancy_ids=args.vacancy_id or None,
                candidates_per_opening=args.candidates_per_opening,
            )
            run = runs.start_run(session, payload, f"cli:{getpass.getuser()}")
            run_id = run.id or 0
        runs.execute_run(engine, run_id, on_progress=bar)
        sys.stderr.write("\n")
        with Session(engine) as session:
            finished = runs.get_run(session, run_id)
    finally:
        engine.dispose()
    if finished.status != RunStatus.completed:
        print(f"matching run {run_id} failed: {finished.error}")
        return 1
    summary = finished.summary or {}
    print(
        f"matching run {run_id}: {summary['proposals']} proposals over {summary['job_orders']} "
        f"job orders ({summary['openings']} openings), room for {summary['capacity']} "
        f"({summary['pending_proposals']} proposals pending), "
        f"total score {summary['total_score']}, "
        f"{summary['unplaced_eligible']} eligible people left unplaced, "
        f"{summary['seconds']} s"
    )
    return 0


def worker(args: argparse.Namespace) -> int:
    """A worker of the task queue: matching runs, sweeps and purges, webhook deliveries."""
    from app.core.logs import configure_logging
    from app.core.production import check_start
    from app.services.tasks.worker import run_worker

    settings = get_settings()
    check_start(settings)
    configure_logging(settings.log_level, settings.log_format)
    if not settings.queued_tasks:
        sys.stderr.write(
            "the task queue keeps its jobs in PostgreSQL (DATABASE_URL); on SQLite the API "
            "process works them itself\n"
        )
        return 2
    run_worker(settings, args.queue, not args.no_webhooks, args.until_idle)
    return 0


def webhooks(args: argparse.Namespace) -> int:
    """The delivery worker on its own, e.g. with WEBHOOK_WORKER=false on the API processes."""
    import signal
    import threading

    from app.services.webhooks.delivery import DeliveryWorker

    settings = get_settings()
    engine = engine_from(settings)
    worker = DeliveryWorker(engine, settings)
    try:
        if args.once:
            attempted = 0
            while (done := worker.run_once()) > 0:
                attempted += done
            print(f"{attempted} webhook attempts made")
            return 0
        stopped = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stopped.set())
        worker.start()
        print("delivering webhooks; Ctrl-C to stop", file=sys.stderr)
        stopped.wait()
    finally:
        worker.stop()
        engine.dispose()
    return 0


def notify_expiring(args: argparse.Namespace) -> int:
    """The expiry sweep for everyone (or one person); safe to repeat: each notice once."""
    from datetime import date

    from app.services.notifications.expiry import notify_expiring as sweep

    today = date.fromisoformat(args.today) if args.today else clock.today()
    engine = engine_from(get_settings())
    try:
        with Session(engine) as session:
            written = sweep(session, args.applicant_id, today)
            session.commit()
    finally:
        engine.dispose()
    print(f"{written} expiry notices written")
    return 0


def generate_key(_args: argparse.Namespace) -> int:
    from app.core.keys import generate_key as new_entry

    print(new_entry())
    return 0


def rotate_keys(args: argparse.Namespace) -> int:
    """Move what is sealed onto the current key, so that older keys can be removed."""
    from app.core.keys import check_keys, encryption_keyring
    from app.services.key_rotation import rotate

    settings = get_settings()
    check_keys(settings)
    engine = engine_from(settings)
    try:
        tallies = rotate(engine, settings, args.batch_size)
    finally:
        engine.dispose()
    current = encryption_keyring(settings).current.kid
    for name, tally in tallies.items():
        print(
            f"{name}: {tally.resealed} re-sealed, {tally.already_current} already under "
            f"{current!r}, {tally.unreadable} unreadable"
        )
    if any(tally.unreadable for tally in tallies.values()):
        print(
            "some values name a key ENCRYPTION_KEYS no longer lists, or do not open under "
            "it: list that key again and rerun before removing any key",
            file=sys.stderr,
        )
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app.cli", description="Kota Serang overseas placement: admin commands."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    commands.add_parser(
        "seed", help="load demo data into an empty database (skipped if it has data)"
    ).set_defaults(handler=seed)
    commands.add_parser(
        "migrate", help="upgrade the database schema to the latest revision (one-off)"
    ).set_defaults(handler=migrate)
    commands.add_parser("openapi", help="print the OpenAPI document as JSON").set_defaults(
        handler=openapi
    )
    matcher = commands.add_parser(
        "match", help="run the optimal allocation now, with a progress bar"
    )
    matcher.add_argument(
        "--vacancy-id", type=int, action="append", help="fill only this job order (repeatable)"
    )
    matcher.add_argument(
        "--candidates-per-opening",
        type=int,
        default=CANDIDATES_PER_OPENING_DEFAULT,
        choices=range(1, CANDIDATES_PER_OPENING_MAX + 1),
        metavar=f"1..{CANDIDATES_PER_OPENING_MAX}",
        help="people to propose per free opening (a short list, as Korea's EPS gives)",
    )
    matcher.set_defaults(handler=match)
    worker_parser = commands.add_parser(
        "worker", help="work the task queue's jobs and deliver webhooks (PostgreSQL)"
    )
    worker_parser.add_argument(
        "--queue",
        action="append",
        help="only this queue (repeatable): e.g. `matching` on a machine with more memory",
    )
    worker_parser.add_argument(
        "--no-webhooks", action="store_true", help="leave webhook deliveries to other workers"
    )
    worker_parser.add_argument(
        "--until-idle", action="store_true", help="stop when no job is waiting"
    )
    worker_parser.set_defaults(handler=worker)
    deliverer = commands.add_parser("webhooks", help="run the webhook delivery worker")
    deliverer.add_argument("--once", action="store_true", help="deliver what is due now, then exit")
    deliverer.set_defaults(handler=webhooks)
    notifier = commands.add_parser(
        "notify-expiring", help="notify people of credentials expiring within 30 days"
    )
    notifier.add_argument("--today", help="the sweep's date, YYYY-MM-DD (default: today)")
    notifier.add_argument("--applicant-id", type=int, help="only this person")
    notifier.set_defaults(handler=notify_expiring)
    commands.add_parser(
        "generate-key", help="print a new kid:key entry for ENCRYPTION_KEYS or JWT_KEYS"
    ).set_defaults(handler=generate_key)
    rotator = commands.add_parser(
        "rotate-keys", help="re-seal every sealed value under the current encryption key"
    )
    rotator.add_argument(
        "--batch-size", type=int, default=500, help="rows per transaction (default 500)"
    )
    rotator.set_defaults(handler=rotate_keys)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
