"""health documents counted from their issue date; KUR PMI: NPWP and SISKOP2MI reference

The checklist's new kinds (police_certificate, pregnancy_test) need no change: the kind
column is free text checked by the API.

A health certificate now counts for departure only for 3 months after its issue date, so
its verification includes that date: a verified certificate without one is waiting for
verification again (the officer records the date and verifies), as it reads already.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("financing_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("npwp", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("siskop2mi_ref", sa.String(length=50), nullable=True))

    document = sa.table(
        "application_document",
        sa.column("kind", sa.String),
        sa.column("issued_on", sa.Date),
        sa.column("verification", sa.String),
        sa.column("verified_by", sa.String),
        sa.column("verified_at", sa.DateTime(timezone=True)),
        sa.column("version", sa.Integer),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    op.execute(
        document.update()
        .where(
            document.c.kind == "health_certificate",
            document.c.verification == "verified",
            document.c.issued_on.is_(None),
        )
        .values(
            verification="unverified",
            verified_by=None,
            verified_at=None,
            version=document.c.version + 1,
            updated_at=sa.func.current_timestamp(),
        )
    )


def downgrade() -> None:
    # The verifications reset above are not restored: they were judged without an issue date.
    with op.batch_alter_table("financing_request", schema=None) as batch_op:
        batch_op.drop_column("siskop2mi_ref")
        batch_op.drop_column("npwp")
