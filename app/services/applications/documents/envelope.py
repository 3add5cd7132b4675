"""Envelope encryption of document files: each file under a key of its own (the data key),
kept only sealed under ENCRYPTION_KEYS (app/core/sealing.py) in the document's row.

Why envelope encryption and not the bucket's server-side encryption (SSE): the same code
protects a file on local disk and in any S3-compatible service, whatever that service
supports; whoever reads the bucket (a leaked credential, a backup, the storage operator)
sees only ciphertext without the database and the app's keys; and rotating ENCRYPTION_KEYS
re-seals the small data keys (`python -m app.cli rotate-keys`) without rewriting a file.
The price: the bucket cannot hand a file out itself (no presigned URLs), so downloads are
streamed through the API, which decrypts them.

A file is cut into chunks of `CHUNK` bytes, each sealed with AES-256-GCM (the "STREAM"
construction of Hoang, Reyhanitabar, Rogaway and Vizar, as Tink's streaming AEAD uses): the
nonce is a random prefix of the file, the chunk's number and a flag on the last chunk, and
the storage key is the associated data. So a chunk cannot be changed, moved, dropped or
cut off at the end, nor a whole file put under another document's key, without decryption
failing.

    file  = MAGIC | prefix (7 bytes) | chunk... | last chunk
    chunk = AES-GCM(data key, nonce = prefix | number (4 bytes, big-endian) | last (1 byte),
                    plaintext of CHUNK bytes (fewer in the last), aad = storage key)
"""

import secrets
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"SPDOC1"
PREFIX_BYTES = 7
DATA_KEY_BYTES = 32
CHUNK = 64 * 1024
TAG_BYTES = 16
SEALED_CHUNK = CHUNK + TAG_BYTES
# 2**32 chunks of 64 KiB: far beyond any document, and the nonce counter never wraps.
MAX_CHUNKS = 2**32 - 1


class DamagedFileError(Exception):
    """The stored bytes are not what was written under this key (changed, cut, swapped)."""


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    if number > MAX_CHUNKS:
        raise ValueError("file too long to encrypt")
    return prefix + number.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def encrypt(data_key: bytes, storage_key: str, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The sealed file, piece by piece, from the plaintext in chunks of any size."""
    aead, aad = AESGCM(data_key), storage_key.encode()
    prefix = secrets.token_bytes(PREFIX_BYTES)
    yield MAGIC + prefix
    number, pending = 0, b""
    for piece in chunks:
        pending += piece
        # Keep at least one byte back: only at the end is it known which chunk is last.
        while len(pending) > CHUNK:
            yield aead.encrypt(_nonce(prefix, number, False), pending[:CHUNK], aad)
            pending, number = pending[CHUNK:], number + 1
    yield aead.encrypt(_nonce(prefix, number, True), pending, aad)


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    """`size` bytes, fewer only at the end (a network stream may return less per read)."""
    parts, wanted = [], size
    while wanted:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def decrypt(data_key: bytes, storage_key: str, source: BinaryIO) -> Iterator[bytes]:
    """The plaintext, chunk by chunk; DamagedFileError as soon as a chunk does not open."""
    aead, aad = AESGCM(data_key), storage_key.encode()
    head = _read_exactly(source, len(MAGIC) + PREFIX_BYTES)
    if len(head) != len(MAGIC) + PREFIX_BYTES or not head.startswith(MAGIC):
        raise DamagedFileError("not an encrypted document file")
    prefix = head[len(MAGIC) :]
    number, current = 0, _read_exactly(source, SEALED_CHUNK)
    while True:
        following = _read_exactly(source, SEALED_CHUNK) if len(current) == SEALED_CHUNK else b""
        last = not following
        try:
            yield aead.decrypt(_nonce(prefix, number, last), current, aad)
        except (InvalidTag, ValueError):
            raise DamagedFileError(f"chunk {number} does not open") from None
        if last:
            return
        number, current = number + 1, following
