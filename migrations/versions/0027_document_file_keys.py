"""document files encrypted: each row keeps its file's data key, sealed

`application_document.file_key` holds the data key of the document's file, sealed under
ENCRYPTION_KEYS (app/services/applications/documents/envelope.py). Files stored before this
revision have none and are read as they are.

Revision ID: 0027
Revises: 0028
Create Date: 2026-12-05 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("application_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_key", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("application_document", schema=None) as batch_op:
        batch_op.drop_column("file_key")
