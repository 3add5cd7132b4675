"""Migrations: one head; upgrade, downgrade, upgrade; the result equals the models."""

import json
import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import JSON, create_engine, inspect, text
from sqlalchemy import column as sa_column
from sqlalchemy import select as sa_select
from sqlalchemy import table as sa_table
from sqlalchemy.engine import make_url
from sqlmodel import Session, SQLModel, select

from app.core.db import make_engine, normalise_url
from app.models import Applicant
from app.models.base import include_object, render_item
from tests.conftest import alembic_config


@pytest.fixture
def scratch_url(tmp_path: Path) -> Iterator[str]:
    """An empty database of the same kind as the suite's, dropped afterwards."""
    url = os.environ.get("DATABASE_URL")
    if not url or make_url(normalise_url(url)).get_backend_name() != "postgresql":
        yield f"sqlite:///{tmp_path / 'scratch.db'}"
        return
    name = f"scratch_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        make_url(normalise_url(url)).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(normalise_url(url)).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_single_head(database_url: str) -> None:
    heads = ScriptDirectory.from_config(alembic_config(database_url)).get_heads()
    assert len(heads) == 1


def _differences(url: str) -> list[object]:
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "render_item": render_item,
                "include_object": include_object,
            },
        )
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    return list(diff)


def test_upgrade_downgrade_upgrade_matches_models(scratch_url: str) -> None:
    config = alembic_config(scratch_url)
    command.upgrade(config, "head")
    assert _differences(scratch_url) == []
    command.downgrade(config, "base")
    engine = make_engine(scratch_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    command.upgrade(config, "head")
    assert _differences(scratch_url) == []


def test_runs_recorded_before_capacity_read_as_one_per_opening(scratch_url: str) -> None:
    """Earlier runs proposed one person per free opening and counted no pending proposal:
    their summaries say so after the upgrade, and lose only the new keys on a downgrade."""
    from app.models.matching_run import RunSummary

    config = alembic_config(scratch_url)
    command.upgrade(config, "0013")
    order = {"vacancy_id": 7, "openings_remaining": 3, "proposed": 2}
    summary = {
        "job_orders": 1,
        "openings": 3,
        "eligible_people": 2,
        "eligible_pairs": 2,
        "proposals": 2,
        "total_score": 900,
        "filled": [order],
        "unplaced_eligible": 0,
        "unplaced_sample": [],
        "seconds": 0.1,
    }
    runs = sa_table("matching_run", sa_column("summary", JSON()))
    engine = make_engine(scratch_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO matching_run (status, phase, percent, requested_by, created_at) "
                "VALUES ('completed', 'done', 100, 'user:1', CURRENT_TIMESTAMP)"
            )
        )
        connection.execute(runs.update().values(summary=summary))
    command.upgrade(config, "0015")
    # Read at revision 0015 with that revision's columns (later ones add more).
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT candidates_per_opening, summary FROM matching_run")
        ).one()
    assert row.candidates_per_opening == 1
    summary_read = RunSummary.model_validate(
        row.summary if isinstance(row.summary, dict) else json.loads(row.summary)
    )
    assert (summary_read.capacity, summary_read.pending_proposals) == (3, 0)
    assert summary_read.filled[0].model_dump() == {
        **order,
        "pending_proposals": 0,
        "capacity": 3,
    }
    command.downgrade(config, "0013")
    with engine.connect() as connection:
        assert connection.execute(sa_select(runs.c.summary)).scalar_one() == summary
    engine.dispose()


def test_0015_asks_again_for_health_certificates_verified_without_an_issue_date(
    scratch_url: str,
) -> None:
    """A health certificate counts for 3 months from its issue date, so a verified one
    without that date goes back to waiting for verification; the others keep theirs."""
    from datetime import date

    from app.models.document import ApplicationDocument
    from tests.auth_helpers import make_partner
    from tests.factories import add_applicant, add_application, add_vacancy
    from tests.fixtures_documents import document_values

    def add_document(session: Session, application_id: int, kind: str, **fields: Any) -> int:
        # Core, naming only the columns given: the ORM would name every column of today's
        # model, some of which this revision does not have yet.
        table = ApplicationDocument.__table__  # type: ignore[attr-defined]
        values = {"application_id": application_id, **document_values(kind, **fields)}
        inserted = session.execute(sa.insert(table).values(values).returning(table.c.id))
        document_id = int(inserted.scalar_one())
        session.commit()
        return document_id

    config = alembic_config(scratch_url)
    before = ScriptDirectory.from_config(config).get_revision("0017")
    command.upgrade(config, str(before.down_revision))
    engine = make_engine(scratch_url)
    with Session(engine) as session:
        agency = make_partner(session, "PT Bina Tenaga Serang")
        application_id = add_application(
            session, add_applicant(session, 1), add_vacancy(session, agency.id or 0, "JO-1")
        )
        undated = add_document(session, application_id, "health_certificate", issued_on=None)
        passport = add_document(session, application_id, "passport", issued_on=None)
        other = add_application(
            session, add_applicant(session, 2), add_vacancy(session, agency.id or 0, "JO-2")
        )
        kept = add_document(session, other, "health_certificate", issued_on=date(2026, 11, 2))
    command.upgrade(config, "head")
    with Session(engine) as session:
        rows = {row.id: row for row in session.exec(select(ApplicationDocument)).all()}
    engine.dispose()
    assert (rows[undated].verification, rows[undated].verified_by) == ("unverified", None)
    assert rows[undated].version == 2
    assert (rows[passport].verification, rows[passport].version) == ("verified", 1)
    assert (rows[kept].verification, rows[kept].version) == ("verified", 1)


def test_identity_check_is_computed_for_existing_applicants(scratch_url: str) -> None:
    """0016 judges every stored person: a NIK that disagrees with the birth date or sex is
    flagged `needs_check`, the rest `consistent`."""
    config = alembic_config(scratch_url)
    command.upgrade(config, "0013")
    engine = make_engine(scratch_url)
    columns = {c["name"] for c in inspect(engine).get_columns("applicant")}
    model = Applicant.__table__  # type: ignore[attr-defined]
    table = sa.table("applicant", *(sa.column(n, model.c[n].type) for n in sorted(columns)))
    people = {
        "consistent": ("3673011705000001", date(2000, 5, 17), "M"),
        "woman": ("3673015705000002", date(2000, 5, 17), "F"),
        "corrected_birth_date": ("3673011705000003", date(2000, 5, 18), "M"),
        "sex_differs": ("3673011705000004", date(2000, 5, 17), "F"),
    }
    with engine.begin() as connection:
        for name, (nik, born, sex) in people.items():
            row = Applicant(
                nik=nik,
                full_name=name,
                birth_date=born,
                sex=sex,
                kecamatan_code="367301",
                kelurahan_code="3673011002",
                education_level="smk",
            ).model_dump()
            connection.execute(sa.insert(table).values({n: row[n] for n in columns if n != "id"}))
    engine.dispose()
    command.upgrade(config, "head")
    engine = make_engine(scratch_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT full_name, identity_check FROM applicant"))
        found: dict[str, str] = {name: check for name, check in rows}
    engine.dispose()
    assert found == {
        "consistent": "consistent",
        "woman": "consistent",
        "corrected_birth_date": "needs_check",
        "sex_differs": "needs_check",
    }


def test_0020_reseals_what_the_jwt_secret_key_sealed(scratch_url: str) -> None:
    """Values sealed under the key derived from JWT_SECRET (here the demo secret, the old
    default) are sealed again under ENCRYPTION_KEYS with a key id; one that key never
    opened is left as it was; the downgrade turns them back."""
    import importlib

    from app.core.config import DEMO_JWT_SECRET, Settings
    from app.core.sealing import IDEMPOTENT_RESPONSES, WEBHOOK_SECRETS, unseal
    from app.models.partner import Partner

    legacy = importlib.import_module("migrations.versions.0020_key_ids")._legacy_fernet
    config = alembic_config(scratch_url)
    command.upgrade(config, "0017")
    engine = make_engine(scratch_url)
    old_secret = legacy(DEMO_JWT_SECRET, WEBHOOK_SECRETS).encrypt(b"whsec_old").decode()
    foreign = legacy("another-secret-0123456789abcdef-0123", WEBHOOK_SECRETS).encrypt(b"x")
    answer = legacy(DEMO_JWT_SECRET, IDEMPOTENT_RESPONSES).encrypt(b'{"id": 1}')
    partner_columns = {c["name"] for c in inspect(engine).get_columns("partner")}
    partner = Partner(name="PT Lama", kind="placement_agency").model_dump()
    partners = Partner.__table__  # type: ignore[attr-defined]
    with engine.begin() as connection:
        partner_id = connection.execute(
            sa.insert(partners)
            .values({n: partner[n] for n in partner_columns if n != "id"})
            .returning(partners.c.id)
        ).scalar_one()
        for secret in (old_secret, foreign.decode()):
            connection.execute(
                text(
                    "INSERT INTO webhook_endpoint (partner_id, url, event_types, "
                    "secret_encrypted, created_by, created_at) VALUES (:p, 'https://h.example/x', "
                    "'[]', :s, 'test', CURRENT_TIMESTAMP)"
                ),
                {"p": partner_id, "s": secret},
            )
        keys_table = sa.table(
            "idempotency_key",
            *(sa.column(n) for n in ("caller", "key", "fingerprint", "status_code", "headers")),
            sa.column("body", sa.LargeBinary()),
            sa.column("created_at", sa.DateTime(timezone=True)),
            sa.column("expires_at", sa.DateTime(timezone=True)),
        )
        connection.execute(
            sa.insert(keys_table).values(
                caller="user:1",
                key="k",
                fingerprint="f" * 64,
                status_code=201,
                headers="{}",
                body=answer,
                created_at=sa.func.current_timestamp(),
                expires_at=sa.func.current_timestamp(),
            )
        )
    engine.dispose()

    def stored() -> tuple[list[str], bytes]:
        engine = make_engine(scratch_url)
        with engine.connect() as connection:
            secrets = connection.execute(
                text("SELECT secret_encrypted FROM webhook_endpoint ORDER BY id")
            ).scalars()
            body = connection.execute(text("SELECT body FROM idempotency_key")).scalar_one()
            found = (list(secrets), bytes(body))
        engine.dispose()
        return found

    command.upgrade(config, "0020")
    settings = Settings()
    (resealed, untouched), body = stored()
    assert resealed.startswith("demo.")
    assert unseal(settings, WEBHOOK_SECRETS, resealed) == b"whsec_old"
    assert untouched == foreign.decode()
    assert unseal(settings, IDEMPOTENT_RESPONSES, body.decode()) == b'{"id": 1}'

    command.downgrade(config, "0017")
    (turned_back, untouched), body = stored()
    assert legacy(DEMO_JWT_SECRET, WEBHOOK_SECRETS).decrypt(turned_back.encode()) == b"whsec_old"
    assert untouched == foreign.decode()
    assert legacy(DEMO_JWT_SECRET, IDEMPOTENT_RESPONSES).decrypt(body) == b'{"id": 1}'
