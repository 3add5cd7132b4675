"""webhook deliveries say when the lease of a running attempt ends

`webhook_delivery.leased_until` is set while an attempt runs (renewed by the worker's
heartbeat) and cleared when its outcome is recorded: the deliveries of an endpoint with a
lease in the future are its attempts in flight, which the per-endpoint cap counts.

Revision ID: 0028
Revises: 0018
Create Date: 2026-12-05 17:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("webhook_delivery", schema=None) as batch_op:
        batch_op.add_column(sa.Column("leased_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("webhook_delivery", schema=None) as batch_op:
        batch_op.drop_column("leased_until")
