"""one unfinished matching run at a time, kept by the database

`matching_run.unfinished` is true while a run is queued or running and NULL once it has
finished; its unique constraint admits one true row, so two API processes starting a run at
the same moment get one run and one 409, instead of two runs offering the same openings.

Revision ID: 0024
Revises: 0017
Create Date: 2026-12-05 14:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unfinished", sa.Boolean(), nullable=True))
    # Of several unfinished runs left by the old check-then-insert, the newest keeps its
    # place; the others are failed as interrupted (their workers cannot be told apart).
    op.execute(
        sa.text(
            "UPDATE matching_run SET status = 'failed', error = 'interrupted', "
            "finished_at = CURRENT_TIMESTAMP "
            "WHERE status IN ('queued', 'running') AND id <> "
            "(SELECT MAX(id) FROM matching_run WHERE status IN ('queued', 'running'))"
        )
    )
    op.execute(
        sa.text("UPDATE matching_run SET unfinished = TRUE WHERE status IN ('queued', 'running')")
    )
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_matching_run_unfinished", ["unfinished"])


def downgrade() -> None:
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.drop_constraint("uq_matching_run_unfinished", type_="unique")
        batch_op.drop_column("unfinished")
