"""identity check: a NIK that disagrees with the birth date or sex is flagged, not refused

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 09:00:00.000000

Every stored record passed the old rule (birth date and sex had to agree with the NIK), so
all should come out `consistent`; each is judged all the same, with the rule as the code
applies it (`app/services/applicants/identity_check.py`), in case a row was written around the API.
The rule is copied here rather than imported: a migration keeps meaning what it meant when
it was written.
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5_000
FEMALE_DAY_OFFSET = 40

applicant = sa.table(
    "applicant",
    sa.column("id", sa.Integer()),
    sa.column("nik", sa.String()),
    sa.column("birth_date", sa.Date()),
    sa.column("sex", sa.String()),
    sa.column("identity_check", sa.String()),
)


def _disagrees(nik: str, birth_date: date, sex: str) -> bool:
    """Whether the NIK encodes another birth date or sex than the record's; a NIK whose
    digits or date are malformed is left consistent, as the code leaves it."""
    if len(nik) != 16 or not nik.isdigit():
        return False
    raw_day, month, year_2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    encoded_sex = "F" if raw_day > FEMALE_DAY_OFFSET else "M"
    day = raw_day - FEMALE_DAY_OFFSET if encoded_sex == "F" else raw_day
    try:
        date(2000 + year_2, month, day)
    except ValueError:
        return False
    given = (birth_date.day, birth_date.month, birth_date.year % 100)
    return (day, month, year_2) != given or encoded_sex != sex


def upgrade() -> None:
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity_check", sa.String(length=12), nullable=True))
        batch_op.add_column(
            sa.Column("identity_verified_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("identity_verified_by", sa.String(length=100), nullable=True))
        batch_op.add_column(
            sa.Column("identity_verification_note", sa.String(length=300), nullable=True)
        )

    bind = op.get_bind()
    bind.execute(sa.update(applicant).values(identity_check="consistent"))
    flagged: list[int] = []
    last_id = 0
    while True:
        rows = bind.execute(
            sa.select(applicant.c.id, applicant.c.nik, applicant.c.birth_date, applicant.c.sex)
            .where(applicant.c.id > last_id)
            .order_by(applicant.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        last_id = rows[-1].id
        flagged += [row.id for row in rows if _disagrees(row.nik, row.birth_date, row.sex)]
    for start in range(0, len(flagged), BATCH):
        bind.execute(
            sa.update(applicant)
            .where(applicant.c.id.in_(flagged[start : start + BATCH]))
            .values(identity_check="needs_check")
        )

    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.alter_column("identity_check", existing_type=sa.String(length=12), nullable=False)
        batch_op.create_index(
            batch_op.f("ix_applicant_identity_check"), ["identity_check"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applicant_identity_check"))
        batch_op.drop_column("identity_verification_note")
        batch_op.drop_column("identity_verified_by")
        batch_op.drop_column("identity_verified_at")
        batch_op.drop_column("identity_check")
