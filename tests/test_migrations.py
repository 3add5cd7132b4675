"""Migrations: one head; upgrade, downgrade, upgrade; the result equals the models."""

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from app.db import make_engine, normalise_url
from app.models import Applicant
from app.models.base import render_item
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
            connection, opts={"compare_type": True, "render_item": render_item}
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


def test_identity_check_is_computed_for_existing_applicants(scratch_url: str) -> None:
    """0014 judges every stored person: a NIK that disagrees with the birth date or sex is
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
