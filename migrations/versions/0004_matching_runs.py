"""matching runs

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 16:13:06.222415
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "matching_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("phase", sa.String(length=12), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("vacancy_ids", sa.JSON(), nullable=True),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matching_run_status"), ["status"], unique=False)

    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_applicant_birth_date"), ["birth_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applicant_birth_date"))

    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matching_run_status"))

    op.drop_table("matching_run")
