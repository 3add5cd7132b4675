"""the change feed ordered by transaction id, not behind one lock

`change_log.txid` holds the writing transaction's id on PostgreSQL (0 on SQLite and for the
rows written before: their seq order was commit order, kept by the advisory lock this
replaces). The feed's indexes lead with (entity, txid, seq).

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-05 17:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("txid", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.drop_index("ix_change_log_entity_seq")
        batch_op.drop_index("ix_change_log_entity_owner_seq")
        batch_op.create_index("ix_change_log_entity_txid_seq", ["entity", "txid", "seq"])
        batch_op.create_index(
            "ix_change_log_entity_owner_txid_seq", ["entity", "owner_id", "txid", "seq"]
        )


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_entity_owner_txid_seq")
        batch_op.drop_index("ix_change_log_entity_txid_seq")
        batch_op.create_index("ix_change_log_entity_owner_seq", ["entity", "owner_id", "seq"])
        batch_op.create_index("ix_change_log_entity_seq", ["entity", "seq"])
        batch_op.drop_column("txid")
