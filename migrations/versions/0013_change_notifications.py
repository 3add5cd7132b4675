"""notify every worker of changes to the tables it caches (PostgreSQL; app/core/change_signals.py)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 17:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Statement triggers: one notification per statement, and PostgreSQL sends equal ones of a
# transaction once, at commit (none on rollback). Accounts and clients only when what a
# request's access check reads changes; a login's timestamp is not worth a notice.
TRIGGERS = {
    "vacancy": "INSERT OR UPDATE OR DELETE OR TRUNCATE",
    "partner": "INSERT OR UPDATE OR DELETE OR TRUNCATE",
    "training_programme": "INSERT OR UPDATE OR DELETE OR TRUNCATE",
    "cohort": "INSERT OR UPDATE OR DELETE OR TRUNCATE",
    "user_account": "UPDATE OF is_active, role, applicant_id OR DELETE OR TRUNCATE",
    "partner_client": "UPDATE OF revoked_at, scopes, partner_id, client_id OR DELETE OR TRUNCATE",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # one process per SQLite file: nobody else to tell
    op.execute(
        """
        CREATE FUNCTION notify_table_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('table_changes', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$
        """
    )
    for table, events in TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {table}_changed AFTER {events} ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TRIGGERS:
        op.execute(f"DROP TRIGGER {table}_changed ON {table}")
    op.execute("DROP FUNCTION notify_table_change()")
