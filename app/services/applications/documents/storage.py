"""Uploaded document files, encrypted, under names the server draws at random.

The type is judged by the file's first bytes (its magic number), not by the name or the
declared content type; the size is counted while the bytes are read, so an oversized upload
is refused without keeping it. Each file is encrypted under a data key of its own
(envelope.py), which is kept sealed under ENCRYPTION_KEYS in the document's row; the bytes go
to a local directory or an S3-compatible bucket (blobs.py), chosen by the settings and built
once per process (`store_for`, kept in `app.state.document_store`). A file read back is
decrypted and its SHA-256 compared with the one recorded at upload before any byte of it
is served.
"""

import hashlib
import logging
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from app.core.config import Settings
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.sealing import DOCUMENT_KEYS, UnsealError, seal, unseal
from app.services.applications.documents import envelope
from app.services.applications.documents.blobs import (
    BlobMissingError,
    Blobs,
    BlobsUnavailableError,
    LocalBlobs,
    S3Blobs,
    s3_client,
)

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
        "document_store_unavailable": Message(
            "Document storage unavailable",
            "Penyimpanan dokumen tidak tersedia",
            "The document storage did not answer; nothing was changed. Try again shortly.",
            "Penyimpanan dokumen tidak menjawab; tidak ada yang diubah. Coba lagi sebentar lagi.",
        ),
        "document_file_damaged": Message(
            "Document file damaged",
            "Berkas dokumen rusak",
            "The stored file is not the one that was uploaded (its checksum or encryption "
            "does not match); it is not served. Upload the document again.",
            "Berkas yang tersimpan bukan yang diunggah (checksum atau enkripsinya tidak "
            "cocok); berkas tidak diberikan. Unggah dokumen itu lagi.",
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


@dataclass(frozen=True)
class StoredFile:
    key: str
    size_bytes: int
    sha256: str
    content_type: str
    # The file's data key sealed under ENCRYPTION_KEYS, kept in the document's row.
    sealed_key: str


def sniff(head: bytes) -> str | None:
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), None)


def _unsupported() -> ProblemError:
    return ProblemError(415, "document_file_type_not_allowed", {"allowed": ALLOWED})


# Decrypted files up to this size are kept in memory while they are checked, larger ones
# in a temporary file.
SPOOL_BYTES = 1024 * 1024


def _unavailable() -> ProblemError:
    return ProblemError(503, "document_store_unavailable", headers={"Retry-After": "5"})


def _damaged(key: str, why: object) -> ProblemError:
    logger.error("document file %s is damaged: %s", key, why)
    return ProblemError(500, "document_file_damaged")


class DocumentStore:
    """Encrypted files in `blobs`; the interface every caller uses, whatever the backend."""

    def __init__(self, blobs: Blobs, settings: Settings) -> None:
        self.blobs, self.settings = blobs, settings

    def save(self, source: BinaryIO, max_bytes: int, declared_type: str | None) -> StoredFile:
        """Encrypt the upload and keep it; 413 over `max_bytes`, 415 for another type."""
        first = source.read(CHUNK)
        content_type = sniff(first)
        declared = (declared_type or "").split(";")[0].strip().lower()
        if content_type is None or declared not in GENERIC_TYPES | {content_type}:
            raise _unsupported()
        key, data_key = secrets.token_hex(16), envelope.new_data_key()
        digest = hashlib.sha256()
        size = 0

        def plaintext() -> Iterator[bytes]:
            nonlocal size
            chunk = first
            while chunk:
                size += len(chunk)
                if size > max_bytes:
                    raise ProblemError(413, "document_file_too_large", {"max_bytes": max_bytes})
                digest.update(chunk)
                yield chunk
                chunk = source.read(CHUNK)

        with tempfile.SpooledTemporaryFile(SPOOL_BYTES) as sealed:
            for piece in envelope.encrypt(data_key, key, plaintext()):
                sealed.write(piece)
            length = sealed.tell()
            sealed.seek(0)
            try:
                self.blobs.put(key, sealed, length)  # type: ignore[arg-type]
            except BlobsUnavailableError as error:
                logger.warning("could not store document file %s: %s", key, error)
                raise _unavailable() from None
        wrapped = seal(self.settings, DOCUMENT_KEYS, data_key)
        return StoredFile(key, size, digest.hexdigest(), content_type, wrapped)

    def read(self, key: str, sealed_key: str | None, sha256: str | None) -> BinaryIO:
        """The file as uploaded, checked against its SHA-256, at its start; BlobMissingError when
        nothing is kept under `key`. A file from before encryption (no sealed key) is read
        as it is, and checked all the same."""
        try:
            source = self.blobs.open(key)
        except BlobsUnavailableError as error:
            logger.warning("could not read document file %s: %s", key, error)
            raise _unavailable() from None
        # Handed to the caller open: it streams the file out, then closes it.
        plain = tempfile.SpooledTemporaryFile(SPOOL_BYTES)  # noqa: SIM115
        digest = hashlib.sha256()
        try:
            with source:
                for chunk in self._plaintext(key, sealed_key, source):
                    digest.update(chunk)
                    plain.write(chunk)
            if sha256 is not None and digest.hexdigest() != sha256:
                raise _damaged(key, "SHA-256 differs from the one recorded at upload")
        except BaseException:
            plain.close()
            raise
        plain.seek(0)
        return plain  # type: ignore[return-value]

    def _plaintext(self, key: str, sealed_key: str | None, source: BinaryIO) -> Iterator[bytes]:
        if sealed_key is None:
            yield from iter(lambda: source.read(CHUNK), b"")
            return
        try:
            data_key = unseal(self.settings, DOCUMENT_KEYS, sealed_key)
            yield from envelope.decrypt(data_key, key, source)
        except (UnsealError, envelope.DamagedFileError) as error:
            raise _damaged(key, error) from None
        except BlobsUnavailableError as error:
            logger.warning("document file %s broke off: %s", key, error)
            raise _unavailable() from None

    def delete(self, key: str) -> None:
        """Remove a file no row points to any more; a failure leaves an orphan, logged."""
        try:
            self.blobs.delete(key)
        except (OSError, BlobsUnavailableError):
            logger.warning("could not remove document file %s", key)


def store_for(settings: Settings) -> DocumentStore:
    """The configured store: the bucket when DOCUMENTS_S3_BUCKET is set, else the directory.
    Built once per process (the app factory, the CLI), never per request."""
    if settings.documents_s3_bucket:
        client = s3_client(
            settings.documents_s3_endpoint,
            settings.documents_s3_region,
            settings.documents_s3_timeout_seconds,
            # One connection per request thread, so that none waits for another's.
            settings.worker_threads,
        )
        return DocumentStore(S3Blobs(client, settings.documents_s3_bucket), settings)
    return DocumentStore(LocalBlobs(settings.documents_dir), settings)


__all__ = ["BlobMissingError", "DocumentStore", "StoredFile", "sniff", "store_for"]
