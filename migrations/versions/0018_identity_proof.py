"""identity proof: accounts wait unlinked for a one-time code; the codes' table

An account that signed up against a record the office imported keeps the record in
`pending_applicant_id` until a code sent to the record's phone or e-mail comes back (or an
officer links it). Accounts linked before this revision stay linked.

Revision ID: 0018
Revises: 0020
Create Date: 2026-12-05 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pending_applicant_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_user_account_pending_applicant_id"), ["pending_applicant_id"]
        )
        batch_op.create_foreign_key(
            "fk_user_account_pending_applicant_id_applicant",
            "applicant",
            ["pending_applicant_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "verification_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=True),
        sa.Column("destination_kind", sa.String(length=5), nullable=False),
        sa.Column("destination", sa.String(length=254), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["applicant_id"], ["applicant.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["user_account.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("verification_code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verification_code_user_id"), ["user_id"])
        batch_op.create_index(batch_op.f("ix_verification_code_applicant_id"), ["applicant_id"])
        batch_op.create_index(batch_op.f("ix_verification_code_created_at"), ["created_at"])


def downgrade() -> None:
    op.drop_table("verification_code")
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_constraint(
            "fk_user_account_pending_applicant_id_applicant", type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_user_account_pending_applicant_id"))
        batch_op.drop_column("pending_applicant_id")
