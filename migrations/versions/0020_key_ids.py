"""sealed values name their key: re-seal what the key derived from JWT_SECRET sealed

Until now webhook signing secrets and stored idempotent answers were sealed (Fernet) under
a key derived with HKDF from JWT_SECRET, with no key id. From here they are sealed under
ENCRYPTION_KEYS and name their key (`kid.token`, app/core/sealing.py). This opens each old
value with the key derived from the token-signing secret the app used (JWT_SECRET, else
each key of JWT_KEYS, else the demo secret that was the default) and seals it again under
the current ENCRYPTION_KEYS key: run the upgrade with the deployment's ENCRYPTION_KEYS and
its JWT_SECRET in the environment. A value none of these opens was already unreadable to
the app (its JWT_SECRET had changed since it was sealed): it is left as it is and counted
in the log (such an endpoint is registered again, as before).

The downgrade seals the values again the old way, under the key derived from JWT_SECRET
(or the first JWT_KEYS key).

Revision ID: 0020
Revises: 0024
Create Date: 2026-12-05 14:30:00.000000
"""

import base64
import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core.config import DEMO_JWT_SECRET, Settings
from app.core.keys import jwt_keyring
from app.core.sealing import IDEMPOTENT_RESPONSES, WEBHOOK_SECRETS, UnsealError, seal, unseal

revision: str = "0020"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

logger = logging.getLogger("alembic.runtime.migration")

# (table, column, purpose, kept as bytes)
SEALED = (
    ("webhook_endpoint", "secret_encrypted", WEBHOOK_SECRETS, False),
    ("idempotency_key", "body", IDEMPOTENT_RESPONSES, True),
)


def _legacy_fernet(jwt_secret: str, purpose: str) -> Fernet:
    """The derivation used until 0020 (app/core/security.py `sealer`), kept here as it was."""
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"serang-placement {purpose}".encode()
    ).derive(jwt_secret.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def _legacy_secrets(settings: Settings) -> list[str]:
    found = [settings.jwt_secret] if settings.jwt_secret else []
    found += [key.material.decode() for key in jwt_keyring(settings).keys]
    found.append(DEMO_JWT_SECRET)
    return list(dict.fromkeys(found))


def _rows(table: str, column: str) -> tuple[sa.TableClause, list[tuple[int, object]]]:
    clause = sa.table(table, sa.column("id", sa.Integer), sa.column(column))
    rows = op.get_bind().execute(
        sa.select(clause.c.id, clause.c[column])
        .where(clause.c[column].is_not(None))
        .order_by(clause.c.id)
    )
    return clause, [(row[0], row[1]) for row in rows]


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def upgrade() -> None:
    settings = Settings()
    candidates = _legacy_secrets(settings)
    for table, column, purpose, binary in SEALED:
        fernets = [_legacy_fernet(secret, purpose) for secret in candidates]
        clause, rows = _rows(table, column)
        resealed = unreadable = 0
        for row_id, stored in rows:
            plaintext = None
            for fernet in fernets:
                try:
                    plaintext = fernet.decrypt(_text(stored).encode())
                    break
                except InvalidToken:
                    continue
            if plaintext is None:
                unreadable += 1
                continue
            sealed = seal(settings, purpose, plaintext)
            op.get_bind().execute(
                clause.update()
                .where(clause.c.id == row_id)
                .values({column: sealed.encode() if binary else sealed})
            )
            resealed += 1
        if rows:
            logger.info("%s.%s: %d re-sealed with a key id", table, column, resealed)
        if unreadable:
            logger.warning(
                "%s.%s: %d values open under no key derived from JWT_SECRET/JWT_KEYS; "
                "left as they were (unreadable before this upgrade too)",
                table,
                column,
                unreadable,
            )


def downgrade() -> None:
    settings = Settings()
    legacy_secret = _legacy_secrets(settings)[0]
    for table, column, purpose, binary in SEALED:
        fernet = _legacy_fernet(legacy_secret, purpose)
        clause, rows = _rows(table, column)
        for row_id, stored in rows:
            try:
                plaintext = unseal(settings, purpose, _text(stored))
            except UnsealError:
                continue  # not sealed with a listed key: nothing to turn back
            token = fernet.encrypt(plaintext).decode()
            op.get_bind().execute(
                clause.update()
                .where(clause.c.id == row_id)
                .values({column: token.encode() if binary else token})
            )
