"""What a process refuses to start with under ENVIRONMENT=production: settings that are fine
for a demo on one machine and wrong for a service (README, "Production").

- SQLite: one file on one machine, one writer at a time; the API's workers on several
  machines, and the per-worker caches' change signals, need PostgreSQL.
- The demo keys (app/core/keys.py), public in this repository; JWT_KEYS (or JWT_SECRET) not
  set means the demo key would sign tokens.
- Documents on local disk: a file uploaded through one machine would be missing on every
  other, and lost with the machine; DOCUMENTS_S3_BUCKET puts them in object storage.
- Background work in the API processes (TASK_QUEUE=inline): a deploy or a crash ends a
  matching run; the worker processes of the task queue outlive both.

Every problem is found before any is reported, so that one failed start names them all.
"""

from app.core.config import Settings
from app.core.keys import DEMO_KEYS_REMEDY, demo_key_problems

PRODUCTION = "production"


def production_problems(settings: Settings) -> list[str]:
    """Each thing wrong for production, with what to set instead; empty when none is."""
    problems = []
    if settings.on_sqlite:
        problems.append(
            "DATABASE_URL is a SQLite file; set it to PostgreSQL "
            "(postgresql://user:password@host:5432/database)"
        )
    demo_keys = demo_key_problems(settings)
    if demo_keys:
        problems.append("; ".join(demo_keys) + f" ({DEMO_KEYS_REMEDY})")
    if not settings.documents_s3_bucket:
        problems.append(
            "documents would be kept on this machine's disk (DOCUMENTS_DIR); set "
            "DOCUMENTS_S3_BUCKET (and DOCUMENTS_S3_ENDPOINT for a service other than AWS) "
            "so that every instance reads the same files"
        )
    if not settings.on_sqlite and not settings.queued_tasks:
        problems.append(
            "TASK_QUEUE=inline works matching runs and sweeps in the API processes, where a "
            "deploy ends them; leave TASK_QUEUE unset (or procrastinate) and run "
            "`python -m app.cli worker` processes"
        )
    return problems


def check_start(settings: Settings) -> None:
    """Malformed key lists stop any start (KeyConfigError); in production, every problem
    above stops it, all named in one message."""
    demo_key_problems(settings)
    if settings.task_queue == "procrastinate" and settings.on_sqlite:
        raise RuntimeError("TASK_QUEUE=procrastinate keeps its jobs in PostgreSQL, not SQLite")
    if settings.environment != PRODUCTION:
        return
    problems = production_problems(settings)
    if problems:
        listed = "".join(f"\n  - {problem}" for problem in problems)
        raise RuntimeError(f"refusing to start with ENVIRONMENT=production:{listed}")
