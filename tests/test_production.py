"""ENVIRONMENT=production refuses what is fine for a demo and wrong for a service: SQLite,
the public demo keys, documents on one machine's disk; all named in one message."""

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app import cli
from app.core.config import Settings, get_settings
from app.core.keys import generate_key
from app.core.production import production_problems
from app.main import create_app
from tests.conftest import ROOT, alembic_config

POSTGRES = "postgresql://placement@127.0.0.1:5432/placement"
OWN_KEYS = {"jwt_keys": generate_key(), "encryption_keys": generate_key()}


def _refusal(**overrides: object) -> str:
    settings = Settings.model_validate({"environment": "production", **overrides})
    with pytest.raises(RuntimeError, match="refusing to start with ENVIRONMENT=production") as no:
        create_app(settings)
    return str(no.value)


def test_everything_wrong_is_named_in_one_message() -> None:
    settings = Settings.model_validate(
        {"environment": "production", "database_url": "sqlite:///data/placement.db"}
    )
    with pytest.raises(RuntimeError) as refused:
        create_app(settings)
    message = str(refused.value)
    assert "DATABASE_URL is a SQLite file" in message
    assert "JWT_KEYS (or JWT_SECRET) is not set" in message
    assert "ENCRYPTION_KEYS lists the demo key 'demo'" in message
    assert "DOCUMENTS_S3_BUCKET" in message
    assert message.count("\n  - ") == 3  # database, keys, documents


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"database_url": "sqlite:///data/placement.db", "documents_s3_bucket": "d"}, "SQLite"),
        ({"database_url": POSTGRES}, "DOCUMENTS_S3_BUCKET"),
    ],
)
def test_each_problem_alone_stops_the_start(overrides: dict[str, str], named: str) -> None:
    problems = _refusal(**OWN_KEYS, **overrides)
    assert named in problems


def test_demo_keys_alone_stop_the_start() -> None:
    problems = _refusal(database_url=POSTGRES, documents_s3_bucket="d")
    assert "JWT_KEYS (or JWT_SECRET) is not set" in problems
    assert "python -m app.cli generate-key" in problems


def test_production_starts_on_postgresql_with_own_keys_and_a_bucket() -> None:
    settings = Settings.model_validate(
        {
            "environment": "production",
            "database_url": POSTGRES,
            "documents_s3_bucket": "placement-documents",
            **OWN_KEYS,
        }
    )
    assert production_problems(settings) == []
    create_app(settings).state.engine.dispose()


def test_outside_production_the_demo_settings_start() -> None:
    settings = Settings.model_validate({"database_url": "sqlite:///data/placement.db"})
    assert len(production_problems(settings)) == 3  # reported only in production
    create_app(settings).state.engine.dispose()


def test_migrate_is_a_command_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m app.cli migrate` brings an empty database to the head revision (the
    image's CMD no longer migrates at every start)."""
    url = f"sqlite:///{tmp_path / 'migrated.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        assert cli.main(["migrate"]) == 0
    finally:
        get_settings.cache_clear()
    engine = create_engine(url)
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    assert version == head
    assert "alembic" not in (ROOT / "Dockerfile").read_text().split("CMD", 1)[1]
