"""the task queue's tables: procrastinate's schema (PostgreSQL only)

Matching runs, the expiry sweep and the purges are jobs of procrastinate
(app/services/tasks/queue.py), kept in `procrastinate_*` tables, types and functions in this
database, so that a job commits with the change that defers it. The schema is the one the
pinned procrastinate release ships (pyproject.toml); a later release that changes it comes
with a migration here applying its own migration scripts (`procrastinate schema --migrate`
lists them). These objects are procrastinate's, not the models': migrations/env.py leaves
them out of `alembic check`. SQLite has no task queue (the API process works the jobs).

Revision ID: 0030
Revises: 0027
Create Date: 2026-12-06 00:10:00.000000
"""

from collections.abc import Sequence

from alembic import op
from procrastinate.schema import SchemaManager

revision: str = "0030"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every function, then table, then type named procrastinate_*, whatever their arguments.
DROP_ALL = """
DO $$
DECLARE item record;
BEGIN
    FOR item IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate\\_%' LOOP
        EXECUTE 'DROP FUNCTION ' || item.signature || ' CASCADE';
    END LOOP;
    FOR item IN SELECT tablename FROM pg_tables
        WHERE schemaname = current_schema() AND tablename LIKE 'procrastinate\\_%' LOOP
        EXECUTE 'DROP TABLE IF EXISTS ' || quote_ident(item.tablename) || ' CASCADE';
    END LOOP;
    FOR item IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = current_schema() AND t.typname LIKE 'procrastinate\\_%'
        AND t.typtype IN ('e', 'c') LOOP
        EXECUTE 'DROP TYPE IF EXISTS ' || quote_ident(item.typname) || ' CASCADE';
    END LOOP;
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SchemaManager.get_schema())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(DROP_ALL)
