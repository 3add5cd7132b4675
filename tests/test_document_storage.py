"""Document files at rest: encrypted, checked on read, in either store (local or S3), with
their data keys re-sealed by rotate-keys."""

import hashlib
import io

import pytest
from fastapi import FastAPI
from sqlalchemy.engine import Engine

from app.core.config import Settings
from app.models.document import ApplicationDocument
from app.services.applications.documents import envelope
from app.services.applications.documents.blobs import LocalBlobs, S3Blobs
from app.services.applications.documents.storage import DocumentStore, store_for
from app.services.key_rotation import rotate
from tests.factories import assert_problem, count_rows
from tests.test_documents import PDF, World, document_row, stored_bytes, upload
from tests.test_documents import world as world  # the fixture, by its name

# Larger than one chunk and not a multiple of it, so that several chunks and a short last one
# are sealed and opened.
BIG_PDF = PDF + bytes(range(256)) * 700
KEY_NEW = "knew:" + "bmV3LWVuY3J5cHRpb24ta2V5LTAxMjM0NTY3ODlhYmM="


def _put_raw(w: World, key: str, content: bytes) -> None:
    store: DocumentStore = w.app.state.document_store
    store.blobs.put(key, io.BytesIO(content), len(content))


def test_a_file_of_several_chunks_comes_back_exactly(world: World) -> None:
    assert len(BIG_PDF) > 2 * envelope.CHUNK
    body = upload(world, world.seeker, BIG_PDF).json()
    assert body["file"]["sha256"] == hashlib.sha256(BIG_PDF).hexdigest()
    download = world.client.get(world.url("/passport/file"), headers=world.seeker)
    assert download.content == BIG_PDF
    assert download.headers["content-length"] == str(len(BIG_PDF))


@pytest.mark.parametrize("damage", ["flip_a_byte", "cut_the_end", "other_file"])
def test_a_damaged_file_is_never_served(world: World, damage: str) -> None:
    w = world
    upload(w, w.seeker, BIG_PDF)
    upload(w, w.seeker, PDF, kind="ktp")
    key = document_row(w).storage_key or ""
    kept = stored_bytes(w, key)
    if damage == "flip_a_byte":
        spoiled = kept[:100] + bytes([kept[100] ^ 1]) + kept[101:]
    elif damage == "cut_the_end":
        spoiled = kept[: len(MAGIC_AND_PREFIX) + envelope.SEALED_CHUNK]
    else:  # another document's file under this one's key
        spoiled = stored_bytes(w, document_row(w, "ktp").storage_key or "")
    _put_raw(w, key, spoiled)
    version = document_row(w).version
    response = w.client.get(w.url("/passport/file"), headers=w.seeker)
    assert_problem(response, 500, "document_file_damaged")
    assert document_row(w).version == version


MAGIC_AND_PREFIX = envelope.MAGIC + b"\x00" * envelope.PREFIX_BYTES


def test_a_file_gone_from_the_store_is_404(world: World) -> None:
    upload(world, world.seeker, PDF)
    world.app.state.document_store.blobs.delete(document_row(world).storage_key)
    response = world.client.get(world.url("/passport/file"), headers=world.seeker)
    assert_problem(response, 404, "not_found")


def test_a_file_stored_before_encryption_is_read_as_it_is(world: World) -> None:
    """Rows from before migration 0027 have no data key: their file is plain, and checked."""
    w = world
    upload(w, w.seeker, PDF)
    row = document_row(w)
    _put_raw(w, row.storage_key or "", PDF)
    row.file_key = None
    w.session.add(row)
    w.session.commit()
    assert w.client.get(w.url("/passport/file"), headers=w.seeker).content == PDF


def test_rotation_reseals_data_keys_and_files_still_open(
    world: World, app: FastAPI, engine: Engine
) -> None:
    w = world
    upload(w, w.seeker, PDF)
    old = document_row(w).file_key or ""
    assert old.startswith("demo.")
    store: DocumentStore = app.state.document_store
    rotated = app.state.settings.model_copy(
        update={"encryption_keys": f"{KEY_NEW},{app.state.settings.encryption_keys}"}
    )
    tally = rotate(engine, rotated)["application_document.file_key"]
    assert (tally.resealed, tally.unreadable) == (1, 0)
    row = document_row(w)
    assert (row.file_key or "").startswith("knew.")
    # The new key alone opens the file; the stored bytes were not rewritten.
    only_new = rotated.model_copy(update={"encryption_keys": KEY_NEW})
    reader = DocumentStore(store.blobs, only_new)
    with reader.read(row.storage_key or "", row.file_key, row.sha256) as content:
        assert content.read() == PDF


def test_an_unreachable_bucket_is_503_and_changes_nothing(world: World, app: FastAPI) -> None:
    w = world
    dead = app.state.settings.model_copy(
        update={
            "documents_s3_bucket": "documents",
            "documents_s3_endpoint": "http://127.0.0.1:9",  # discard port: nothing listens
            "documents_s3_timeout_seconds": 0.5,
        }
    )
    configured = app.state.document_store
    app.state.document_store = store_for(dead)
    try:
        problem = assert_problem(upload(w, w.seeker, PDF), 503, "document_store_unavailable")
    finally:
        app.state.document_store = configured
    assert problem["status"] == 503
    assert count_rows(w.session, ApplicationDocument) == 0


def test_the_settings_choose_the_store() -> None:
    local = store_for(Settings(documents_dir="somewhere"))
    assert isinstance(local.blobs, LocalBlobs)
    bucket = store_for(
        Settings(documents_s3_bucket="placement", documents_s3_endpoint="http://127.0.0.1:9")
    )
    assert isinstance(bucket.blobs, S3Blobs) and bucket.blobs.bucket == "placement"
