"""document files encrypted; the matching population's freshness told, not counted

- `application_document.file_key` holds the data key of the document's file, sealed under
  ENCRYPTION_KEYS (app/services/applications/documents/envelope.py). Files stored before
  this revision have none and are read as they are.
- `applicant` and `credential` notify every worker on change (PostgreSQL, as migration 0013
  does for the other cached tables), and their `updated_at` is indexed: the population
  matching ranks from is checked for freshness on every ranking request, which until now
  counted both tables whole (app/services/matching/population.py).

Revision ID: 0027
Revises: 0025
Create Date: 2026-12-05 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Statement triggers on the function of migration 0013: one notice per statement, sent at
# commit. Every column: ranking reads most of a person's and a credential's.
SIGNALLED = ("applicant", "credential")


def upgrade() -> None:
    with op.batch_alter_table("application_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_key", sa.String(length=255), nullable=True))
    for table in SIGNALLED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_updated_at"), ["updated_at"])
    if op.get_bind().dialect.name == "postgresql":
        for table in SIGNALLED:
            op.execute(
                f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in SIGNALLED:
            op.execute(f"DROP TRIGGER {table}_changed ON {table}")
    for table in SIGNALLED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_updated_at"))
    with op.batch_alter_table("application_document", schema=None) as batch_op:
        batch_op.drop_column("file_key")
