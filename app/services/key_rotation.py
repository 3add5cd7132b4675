"""Re-sealing what is kept under the current encryption key (`python -m app.cli rotate-keys`).

After a new key is listed first in ENCRYPTION_KEYS, new values are sealed with it while the
older ones still open under the keys they name. This moves every kept value onto the
current key, so that the old keys can then be removed from the list. It walks each sealed
column in batches of rows (one short transaction each), skips what is already current, and
writes a value only if it is still the one that was read: a row the API changed meanwhile
was sealed with the current key anyway. Running it again does nothing more.
"""

from dataclasses import dataclass

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Engine

from app.core.config import Settings
from app.core.sealing import (
    DOCUMENT_KEYS,
    IDEMPOTENT_RESPONSES,
    WEBHOOK_SECRETS,
    UnsealError,
    is_current,
    seal,
    unseal,
)
from app.models.document import ApplicationDocument
from app.models.idempotency import IdempotencyKey
from app.models.webhook import WebhookEndpoint

BATCH_SIZE = 500


@dataclass(frozen=True)
class SealedColumn:
    table: Table
    column: str
    purpose: str
    binary: bool  # kept as bytes (LargeBinary) rather than text

    @property
    def name(self) -> str:
        return f"{self.table.name}.{self.column}"


# Every column that holds sealed values; a new one is added here, or rotation misses it.
SEALED_COLUMNS = (
    SealedColumn(WebhookEndpoint.__table__, "secret_encrypted", WEBHOOK_SECRETS, binary=False),  # type: ignore[attr-defined]
    SealedColumn(IdempotencyKey.__table__, "body", IDEMPOTENT_RESPONSES, binary=True),  # type: ignore[attr-defined]
    # Document files' data keys: re-sealing them leaves the files themselves as they are.
    SealedColumn(ApplicationDocument.__table__, "file_key", DOCUMENT_KEYS, binary=False),  # type: ignore[attr-defined]
)


@dataclass
class Tally:
    resealed: int = 0
    already_current: int = 0
    # Naming a key no longer listed, or not opening under the one named: left as it is.
    unreadable: int = 0


def _as_text(value: str | bytes, binary: bool) -> str:
    return value.decode() if binary and isinstance(value, bytes) else str(value)


def rotate_column(
    engine: Engine, settings: Settings, sealed: SealedColumn, batch_size: int = BATCH_SIZE
) -> Tally:
    tally = Tally()
    ids = sealed.table.c.id
    values = sealed.table.c[sealed.column]
    after = 0
    while True:
        with engine.begin() as connection:
            rows = connection.execute(
                select(ids, values)
                .where(ids > after, values.is_not(None))
                .order_by(ids)
                .limit(batch_size)
            ).all()
            for row_id, stored in rows:
                text = _as_text(stored, sealed.binary)
                if is_current(settings, text):
                    tally.already_current += 1
                    continue
                try:
                    plaintext = unseal(settings, sealed.purpose, text)
                except UnsealError:
                    tally.unreadable += 1
                    continue
                resealed = seal(settings, sealed.purpose, plaintext)
                written = connection.execute(
                    update(sealed.table)
                    .where(ids == row_id, values == stored)
                    .values({sealed.column: resealed.encode() if sealed.binary else resealed})
                )
                if written.rowcount == 1:
                    tally.resealed += 1
                else:
                    tally.already_current += 1  # changed meanwhile, by a writer on this key
        if len(rows) < batch_size:
            return tally
        after = rows[-1][0]


def rotate(engine: Engine, settings: Settings, batch_size: int = BATCH_SIZE) -> dict[str, Tally]:
    """Re-seal every sealed column under the current key; counts per column."""
    return {
        sealed.name: rotate_column(engine, settings, sealed, batch_size)
        for sealed in SEALED_COLUMNS
    }
