"""matching runs: candidates per opening; summaries count pending proposals

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 10:00:00.000000

A run's room for a job order is now its free openings times `candidates_per_opening`, less
its pending proposals; the summary shows both. Runs recorded before asked for one person per
opening and counted no pending proposal, so their summaries get exactly that: capacity equal
to the free openings, 0 pending.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNS = sa.table("matching_run", sa.column("id", sa.Integer()), sa.column("summary", sa.JSON()))


def _rewrite_summaries(change: Any) -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(RUNS.c.id, RUNS.c.summary).where(RUNS.c.summary.is_not(None)).order_by(RUNS.c.id)
    ).all()
    for run_id, summary in rows:
        bind.execute(RUNS.update().where(RUNS.c.id == run_id).values(summary=change(summary)))


def _with_capacity(summary: dict[str, Any]) -> dict[str, Any]:
    filled = [
        {**order, "pending_proposals": 0, "capacity": order["openings_remaining"]}
        for order in summary.get("filled", [])
    ]
    return {**summary, "pending_proposals": 0, "capacity": summary["openings"], "filled": filled}


def _without_capacity(summary: dict[str, Any]) -> dict[str, Any]:
    added = ("pending_proposals", "capacity")
    filled = [
        {k: v for k, v in order.items() if k not in added} for order in summary.get("filled", [])
    ]
    return {**{k: v for k, v in summary.items() if k not in added}, "filled": filled}


def upgrade() -> None:
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("candidates_per_opening", sa.Integer(), server_default="1", nullable=False)
        )
    _rewrite_summaries(_with_capacity)


def downgrade() -> None:
    _rewrite_summaries(_without_capacity)
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.drop_column("candidates_per_opening")
