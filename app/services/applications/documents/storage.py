"""Uploaded document files on local disk, under names the server draws at random.

The type is judged by the file's first bytes (its magic number), not by the name or the
declared content type; the size is counted while the bytes are copied, so an oversized upload
is refused without keeping it. A file is written under a temporary name and renamed when
complete, so a reader never sees half a file.
"""

import hashlib
import logging
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.core.errors import ProblemError
from app.core.i18n import Message, define

logger = logging.getLogger("app.documents")

define(
    {
        "document_file_too_large": Message(
            "File too large",
            "Berkas terlalu besar",
            "A document file may be at most {max_bytes} bytes.",
            "Berkas dokumen paling besar {max_bytes} byte.",
        ),
        "document_file_type_not_allowed": Message(
            "File type not allowed",
            "Jenis berkas tidak diizinkan",
            "A document is uploaded as {allowed}; the file's content is not one of them or "
            "does not match the declared type.",
            "Dokumen diunggah sebagai {allowed}; isi berkas bukan salah satunya atau tidak "
            "sesuai dengan jenis yang disebutkan.",
        ),
    }
)

CHUNK = 64 * 1024
# Leading bytes of each accepted type (ISO 32000 "%PDF-", JFIF/Exif SOI marker, PNG signature).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
ALLOWED = ", ".join(kind for _, kind in MAGIC)
# Declared types that say nothing about the content, so only the magic bytes decide.
GENERIC_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
KEY = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class StoredFile:
    key: str
    size_bytes: int
    sha256: str
    content_type: str


def sniff(head: bytes) -> str | None:
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), None)


def _unsupported() -> ProblemError:
    return ProblemError(415, "document_file_type_not_allowed", {"allowed": ALLOWED})


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        if not KEY.fullmatch(key):
            raise ValueError("not a storage key")
        return self.root / key[:2] / key

    def save(self, source: BinaryIO, max_bytes: int, declared_type: str | None) -> StoredFile:
        """Copy the upload to its place; 413 over `max_bytes`, 415 for another type."""
        first = source.read(CHUNK)
        content_type = sniff(first)
        declared = (declared_type or "").split(";")[0].strip().lower()
        if content_type is None or declared not in GENERIC_TYPES | {content_type}:
            raise _unsupported()
        key = secrets.token_hex(16)
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{key}.part")
        digest = hashlib.sha256()
        size = 0
        try:
            with partial.open("xb") as out:
                chunk = first
                while chunk:
                    size += len(chunk)
                    if size > max_bytes:
                        raise ProblemError(413, "document_file_too_large", {"max_bytes": max_bytes})
                    digest.update(chunk)
                    out.write(chunk)
                    chunk = source.read(CHUNK)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return StoredFile(key, size, digest.hexdigest(), content_type)

    def delete(self, key: str) -> None:
        """Remove a file no row points to any more; a failure leaves an orphan, logged."""
        try:
            self.path(key).unlink(missing_ok=True)
        except OSError:
            logger.warning("could not remove document file %s", key)
