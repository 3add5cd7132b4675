"""applications

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:12:41.508213
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["applicant_id"], ["applicant.id"]),
        sa.ForeignKeyConstraint(["vacancy_id"], ["vacancy.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("applicant_id", "vacancy_id"),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_applicant_id"), ["applicant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_application_stage"), ["stage"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_vacancy_id"), ["vacancy_id"], unique=False)

    op.create_table(
        "application_stage_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=12), nullable=True),
        sa.Column("to_stage", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("application_stage_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_stage_change_application_id"),
            ["application_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("application_stage_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_stage_change_application_id"))

    op.drop_table("application_stage_change")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_vacancy_id"))
        batch_op.drop_index(batch_op.f("ix_application_stage"))
        batch_op.drop_index(batch_op.f("ix_application_applicant_id"))

    op.drop_table("application")
