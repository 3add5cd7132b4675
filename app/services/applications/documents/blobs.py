"""Where the (encrypted) bytes of document files live: a local directory, or a bucket of an
S3-compatible service. Both keep a file under its storage key and know nothing of what it
holds; app/services/applications/documents/storage.py encrypts, checks and names the files.
"""

import logging
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

if TYPE_CHECKING:
    from types_boto3_s3 import S3Client

logger = logging.getLogger("app.documents")

KEY = re.compile(r"^[0-9a-f]{32}$")
# S3 answers for a key or bucket that is not there.
MISSING = frozenset({"NoSuchKey", "404", "NotFound"})


class BlobMissingError(Exception):
    """No file is kept under the key."""


class BlobsUnavailableError(Exception):
    """The storage did not answer, or refused: the request may work later."""


def _checked(key: str) -> str:
    if not KEY.fullmatch(key):
        raise ValueError("not a storage key")
    return key


class Blobs(Protocol):
    """Files by storage key. `put` makes a file visible whole or not at all."""

    def put(self, key: str, source: BinaryIO, size: int) -> None: ...

    def open(self, key: str) -> BinaryIO: ...

    def delete(self, key: str) -> None: ...

    def keys(self) -> list[str]: ...


class LocalBlobs:
    """Files under `root/<first two characters>/<key>`, written under a temporary name and
    renamed when complete, so that a reader never sees half a file."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        return self.root / key[:2] / _checked(key)

    def put(self, key: str, source: BinaryIO, size: int) -> None:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{key}.part")
        try:
            with partial.open("xb") as out:
                shutil.copyfileobj(source, out)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

    def open(self, key: str) -> BinaryIO:
        try:
            return self.path(key).open("rb")
        except FileNotFoundError:
            raise BlobMissingError(key) from None

    def delete(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)

    def keys(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.glob("*/*") if KEY.fullmatch(p.name))


def s3_client(
    endpoint: str | None, region: str, timeout_seconds: float, connections: int
) -> "S3Client":
    """One client for the process (boto3 clients are safe to share between threads), with
    bounded waits and the SDK's standard retries of throttling and transient errors."""
    config = Config(
        connect_timeout=timeout_seconds,
        read_timeout=timeout_seconds,
        retries={"mode": "standard", "max_attempts": 3},
        max_pool_connections=connections,
        # Path-style addressing for services other than AWS, whose buckets are seldom
        # reachable as host names.
        s3={"addressing_style": "path" if endpoint else "auto"},
        signature_version="s3v4",
    )
    session = boto3.session.Session()
    return session.client("s3", endpoint_url=endpoint or None, region_name=region, config=config)


class _Body:
    """An object's body being read: a connection broken off mid-read is BlobsUnavailableError,
    like any other failure of the storage."""

    def __init__(self, body: Any) -> None:
        self._body = body

    def read(self, size: int = -1) -> bytes:
        try:
            return bytes(self._body.read(None if size < 0 else size))
        except (BotoCoreError, OSError) as error:
            raise BlobsUnavailableError(str(error)) from error

    def close(self) -> None:
        self._body.close()

    def __enter__(self) -> "_Body":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class S3Blobs:
    """Files as objects `<key>` of one bucket, written with a single PUT (atomic in S3: an
    object is visible whole or not at all); documents are at most DOCUMENT_MAX_BYTES."""

    def __init__(self, client: "S3Client", bucket: str) -> None:
        self.client, self.bucket = client, bucket

    def put(self, key: str, source: BinaryIO, size: int) -> None:
        try:
            self.client.put_object(
                Bucket=self.bucket,
                Key=_checked(key),
                Body=source,
                ContentLength=size,
                ContentType="application/octet-stream",
            )
        except (BotoCoreError, ClientError) as error:
            raise BlobsUnavailableError(str(error)) from error

    def open(self, key: str) -> BinaryIO:
        try:
            found = self.client.get_object(Bucket=self.bucket, Key=_checked(key))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in MISSING:
                raise BlobMissingError(key) from None
            raise BlobsUnavailableError(str(error)) from error
        except BotoCoreError as error:
            raise BlobsUnavailableError(str(error)) from error
        return _Body(found["Body"])  # type: ignore[return-value]

    def delete(self, key: str) -> None:
        try:
            self.client.delete_object(Bucket=self.bucket, Key=_checked(key))
        except (BotoCoreError, ClientError) as error:
            raise BlobsUnavailableError(str(error)) from error

    def keys(self) -> list[str]:
        found: list[str] = []
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket)
        for page in pages:
            found.extend(item["Key"] for item in page.get("Contents", []))
        return sorted(key for key in found if KEY.fullmatch(key))
