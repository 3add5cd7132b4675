"""index of stage moves by stage and time, for the programme's progress (departures a year)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 14:50:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_application_stage_change_to_stage_at",
        "application_stage_change",
        ["to_stage", "at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_application_stage_change_to_stage_at", table_name="application_stage_change")
