"""job orders' SSW field and recruitment channel; schemes and channels the office closes

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 09:00:00.000000
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SSW skill tests were entered with the field's name as typed; they are now stored as the
# field's code (app/services/matching/ssw_fields.py). The names in use before, by code.
SSW_FIELD_NAMES = {
    "nursing_care": ("nursing care", "kaigo", "care worker", "caregiver", "caregiving"),
    "building_cleaning": ("building cleaning", "cleaning"),
    "industrial_products_manufacturing": ("industrial products manufacturing", "manufacturing"),
    "construction": ("construction",),
    "shipbuilding": ("shipbuilding", "shipbuilding and ship machinery"),
    "automobile_repair": ("automobile repair and maintenance", "automotive"),
    "aviation": ("aviation", "airport ground handling", "aviation ground handling"),
    "accommodation": ("accommodation", "hospitality"),
    "agriculture": ("agriculture",),
    "fishery": ("fishery", "fishery and aquaculture"),
    "food_beverage_manufacturing": ("food and beverage manufacturing", "food manufacturing"),
    "food_service": ("food service",),
}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")


def upgrade() -> None:
    with op.batch_alter_table("vacancy") as batch:
        batch.add_column(sa.Column("ssw_field", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("channel", sa.String(length=20), nullable=True))
    op.create_table(
        "channel_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("source", sa.String(length=500), nullable=True),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_state")),
        sa.UniqueConstraint("code", name=op.f("uq_channel_state_code")),
    )
    codes = {_key(name): code for code, names in SSW_FIELD_NAMES.items() for name in names}
    credential = sa.table("credential", sa.column("id"), sa.column("type"), sa.column("field"))
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(credential.c.id, credential.c.field).where(
            credential.c.type == "ssw_skill_test", credential.c.field.is_not(None)
        )
    ).all()
    for row in rows:
        code = codes.get(_key(row.field))
        if code is not None and code != row.field:
            bind.execute(credential.update().where(credential.c.id == row.id).values(field=code))
    if bind.dialect.name == "postgresql":
        # Workers keep the open job orders while no order and no closure changes (0013).
        op.execute(
            "CREATE TRIGGER channel_state_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            "ON channel_state FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER channel_state_changed ON channel_state")
    op.drop_table("channel_state")
    with op.batch_alter_table("vacancy") as batch:
        batch.drop_column("channel")
        batch.drop_column("ssw_field")
