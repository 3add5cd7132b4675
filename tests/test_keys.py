"""Keys with ids: sealing across a key change, `rotate-keys`, JWT kid, the production check."""

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app import cli
from app.core import keys, sealing
from app.core.config import DEMO_ENCRYPTION_KEYS, DEMO_JWT_SECRET, Settings, get_settings
from app.core.keys import KeyConfigError
from app.core.security import InvalidTokenError, TokenClaims, create_access_token
from app.core.security import decode_access_token as decode
from app.main import create_app
from app.models.idempotency import IdempotencyKey
from app.models.webhook import WebhookEndpoint
from app.services.key_rotation import rotate
from app.services.webhooks.delivery import DeliveryWorker
from app.services.webhooks.endpoints import decrypt_secret
from tests.auth_helpers import bearer, client_token, login, make_partner, register_applicant
from tests.conftest import app_settings
from tests.factories import add_applicant, add_application, add_job_order
from tests.webhook_receiver import Receiver


def entry(kid: str, fill: bytes) -> str:
    return f"{kid}:{base64.b64encode(fill * 32).decode()}"


KEY_A, KEY_B = entry("ka", b"a"), entry("kb", b"b")
JWT_OLD = "old:" + "o" * 40
JWT_NEW = "new:" + "n" * 40
WEBHOOKS = "/api/v1/webhooks"


@contextmanager
def serving(database_url: str, tmp_path: Path, **overrides: Any) -> Iterator[TestClient]:
    """Another app on the suite's database, e.g. after the keys changed."""
    application = create_app(app_settings(database_url, tmp_path, **overrides))
    try:
        with TestClient(application, raise_server_exceptions=False) as test_client:
            yield test_client
    finally:
        application.state.engine.dispose()


@pytest.fixture
def cli_environment(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """`python -m app.cli` reads its settings from the environment: the suite's database."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def rotate_keys(monkeypatch: pytest.MonkeyPatch, encryption_keys: str) -> int:
    monkeypatch.setenv("ENCRYPTION_KEYS", encryption_keys)
    get_settings.cache_clear()
    return cli.main(["rotate-keys", "--batch-size", "1"])


def stored_secret(session: Session, endpoint_id: int) -> str:
    session.expire_all()
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    assert endpoint is not None
    return endpoint.secret_encrypted


def stored_answers(session: Session) -> list[bytes]:
    session.expire_all()
    rows = session.exec(select(IdempotencyKey).order_by(IdempotencyKey.id))  # type: ignore[arg-type]
    return [row.body or b"" for row in rows]


def test_a_key_change_loses_nothing_and_rotation_frees_the_old_key(
    database_url: str,
    tmp_path: Path,
    client: TestClient,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    cli_environment: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    agency = make_partner(session, "PT Kunci Baru")
    scopes = ["webhooks:manage", "applications:write"]
    headers = bearer(client_token(client, session, agency, scopes))
    receiver = Receiver()
    body = {"url": receiver.url, "event_types": ["application.stage_changed"]}
    first_key = {**headers, "Idempotency-Key": "hook-1"}
    try:
        with serving(database_url, tmp_path, encryption_keys=KEY_A) as on_a:
            first = on_a.post(WEBHOOKS, json=body, headers=first_key)
        assert first.status_code == 201, first.text
        secret, endpoint_id = first.json()["secret"], first.json()["id"]
        assert stored_secret(session, endpoint_id).startswith("ka.")
        assert stored_answers(session)[0].startswith(b"ka.")

        # B listed first: what A sealed still opens, what is new is sealed with B.
        both = f"{KEY_B},{KEY_A}"
        with serving(database_url, tmp_path, encryption_keys=both) as on_both:
            replay = on_both.post(WEBHOOKS, json=body, headers=first_key)
            assert replay.headers["Idempotency-Replayed"] == "true"
            assert replay.content == first.content
            second = on_both.post(WEBHOOKS, json=body, headers={**headers, "Idempotency-Key": "2"})
        assert second.status_code == 201, second.text
        assert stored_secret(session, second.json()["id"]).startswith("kb.")
        assert [answer[:3] for answer in stored_answers(session)] == [b"ka.", b"kb."]
        settings_both = Settings(encryption_keys=both)
        assert decrypt_secret(settings_both, stored_secret(session, endpoint_id)) == secret

        assert rotate_keys(monkeypatch, both) == 0
        report = capsys.readouterr().out
        assert "webhook_endpoint.secret_encrypted: 1 re-sealed, 1 already under 'kb'" in report
        assert "idempotency_key.body: 1 re-sealed, 1 already under 'kb'" in report
        assert stored_secret(session, endpoint_id).startswith("kb.")
        assert all(answer.startswith(b"kb.") for answer in stored_answers(session))
        assert rotate_keys(monkeypatch, both) == 0  # nothing left to do
        assert "0 re-sealed, 2 already under 'kb', 0 unreadable" in capsys.readouterr().out

        # A removed: everything still opens, replays still replay, deliveries still sign.
        only_b = Settings(encryption_keys=KEY_B)
        assert decrypt_secret(only_b, stored_secret(session, endpoint_id)) == secret
        with serving(database_url, tmp_path, encryption_keys=KEY_B) as on_b:
            again = on_b.post(WEBHOOKS, json=body, headers=first_key)
            assert again.headers["Idempotency-Replayed"] == "true"
            assert again.content == first.content
        receiver.secret = secret
        on_b_settings = app_settings(database_url, tmp_path, encryption_keys=KEY_B)
        session.delete(session.get(WebhookEndpoint, second.json()["id"]))
        session.commit()
        vacancy = add_job_order(session, agency.id or 0, "JO-KUNCI")
        application = add_application(session, add_applicant(session, 1), vacancy, "interviewed")
        moved = client.post(
            f"/api/v1/applications/{application}/transitions",
            json={"to_stage": "selected"},
            headers=headers,
        )
        assert moved.status_code == 200, moved.text
        worker = DeliveryWorker(client.app.state.engine, on_b_settings)  # type: ignore[attr-defined]
        try:
            assert worker.run_once() == 1
        finally:
            worker.stop()
        assert len(receiver.accepted) == 1 and receiver.bad_signatures == 0
    finally:
        receiver.close()


def test_a_value_whose_key_was_removed_is_reported_not_lost(
    session: Session,
    client: TestClient,
    monkeypatch: pytest.MonkeyPatch,
    cli_environment: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    agency = make_partner(session, "PT Kunci Hilang")
    sealed = sealing.seal(Settings(encryption_keys=KEY_A), sealing.WEBHOOK_SECRETS, b"whsec_x")
    session.add(
        WebhookEndpoint(
            partner_id=agency.id or 0,
            url="https://hooks.example.com/x",
            event_types=["vacancy.filled"],
            secret_encrypted=sealed,
            created_by="test",
        )
    )
    session.commit()
    with pytest.raises(sealing.UnsealError, match="'ka'"):
        sealing.unseal(Settings(encryption_keys=KEY_B), sealing.WEBHOOK_SECRETS, sealed)
    assert rotate_keys(monkeypatch, KEY_B) == 1
    output = capsys.readouterr()
    assert "webhook_endpoint.secret_encrypted: 0 re-sealed, 0 already under 'kb', 1 unreadable" in (
        output.out
    )
    assert "list that key again" in output.err
    session.expire_all()
    assert session.exec(select(WebhookEndpoint)).one().secret_encrypted == sealed  # untouched
    # Listing A again lets the rotation finish.
    assert rotate(client.app.state.engine, Settings(encryption_keys=f"{KEY_B},{KEY_A}"))  # type: ignore[attr-defined]
    session.expire_all()
    assert session.exec(select(WebhookEndpoint)).one().secret_encrypted.startswith("kb.")


def test_sealing_keeps_purposes_apart() -> None:
    settings = Settings(encryption_keys=KEY_A)
    sealed = sealing.seal(settings, sealing.WEBHOOK_SECRETS, b"whsec_x")
    assert sealing.unseal(settings, sealing.WEBHOOK_SECRETS, sealed) == b"whsec_x"
    with pytest.raises(sealing.UnsealError):
        sealing.unseal(settings, sealing.IDEMPOTENT_RESPONSES, sealed)
    for malformed in ("no-kid-here", "ka.", "ka.not-a-token"):
        with pytest.raises(sealing.UnsealError):
            sealing.unseal(settings, sealing.WEBHOOK_SECRETS, malformed)


def test_hmac_keys_come_from_the_current_encryption_key() -> None:
    a, b_then_a = Settings(encryption_keys=KEY_A), Settings(encryption_keys=f"{KEY_B},{KEY_A}")
    codes = keys.hmac_key(a, "one-time codes")
    assert len(codes) == 32
    assert codes != keys.hmac_key(a, "other purpose")
    assert codes != keys.hmac_key(b_then_a, "one-time codes")
    assert codes == keys.hmac_key(Settings(encryption_keys=KEY_A), "one-time codes")


def header_of(token: str) -> dict[str, Any]:
    encoded = token.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))  # type: ignore[no-any-return]


def test_a_token_of_a_retired_key_verifies_while_listed() -> None:
    old = Settings(jwt_keys=JWT_OLD)
    token, _ = create_access_token(old, TokenClaims("user:7", "applicant"))
    assert header_of(token) == {"alg": "HS256", "kid": "old", "typ": "JWT"}
    rotated = Settings(jwt_keys=f"{JWT_NEW},{JWT_OLD}")
    assert decode(rotated, token).subject == "user:7"
    fresh, _ = create_access_token(rotated, TokenClaims("user:8", "applicant"))
    assert header_of(fresh)["kid"] == "new"
    assert decode(rotated, fresh).subject == "user:8"
    with pytest.raises(InvalidTokenError):
        decode(Settings(jwt_keys=JWT_NEW), token)
    # The shorthand is the key `main`: a token it signed verifies once JWT_KEYS lists it.
    shorthand = Settings(jwt_secret=JWT_OLD.partition(":")[2])
    signed, _ = create_access_token(shorthand, TokenClaims("user:9", "applicant"))
    assert header_of(signed)["kid"] == "main"
    assert decode(Settings(jwt_keys=f"{JWT_NEW},main:{'o' * 40}"), signed).subject == "user:9"


def test_removing_a_signing_key_refuses_its_tokens_over_http(
    database_url: str, tmp_path: Path, client: TestClient
) -> None:
    register_applicant(client)
    tokens = login(client, "seeker1@example.com")
    demo = f"demo:{DEMO_JWT_SECRET}"
    access = bearer(tokens["access_token"])
    with serving(database_url, tmp_path, jwt_keys=f"{JWT_NEW},{demo}") as listed:
        assert listed.get("/api/v1/me", headers=access).status_code == 200
    with serving(database_url, tmp_path, jwt_keys=JWT_NEW) as removed:
        assert removed.get("/api/v1/me", headers=access).status_code == 401


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({}, "JWT_KEYS (or JWT_SECRET) is not set"),
        ({"jwt_secret": DEMO_JWT_SECRET}, "JWT_SECRET lists the demo key 'main'"),
        ({"jwt_keys": f"{JWT_NEW},demo:{DEMO_JWT_SECRET}"}, "JWT_KEYS lists the demo key 'demo'"),
        ({"jwt_keys": JWT_NEW}, "ENCRYPTION_KEYS lists the demo key 'demo'"),
        (
            {"jwt_keys": JWT_NEW, "encryption_keys": f"{KEY_A},{DEMO_ENCRYPTION_KEYS}"},
            "ENCRYPTION_KEYS lists the demo key 'demo'",
        ),
    ],
)
def test_production_refuses_demo_keys(overrides: dict[str, str], message: str) -> None:
    settings = Settings.model_validate(
        {"environment": "production", **PRODUCTION_STORAGE, **overrides}
    )
    with pytest.raises(RuntimeError, match="refusing to start") as refused:
        create_app(settings)
    assert message in str(refused.value)
    assert "python -m app.cli generate-key" in str(refused.value)


# PostgreSQL and a bucket, as production needs (tests/test_production.py); nothing connects
# to either while an app is only built.
PRODUCTION_STORAGE = {
    "database_url": "postgresql://placement@127.0.0.1:5432/placement",
    "documents_s3_bucket": "placement-documents",
}


def test_production_starts_with_its_own_keys() -> None:
    settings = Settings.model_validate(
        {
            "environment": "production",
            **PRODUCTION_STORAGE,
            "jwt_keys": f"{JWT_NEW},{JWT_OLD}",
            "encryption_keys": f"{KEY_B},{KEY_A}",
        }
    )
    create_app(settings).state.engine.dispose()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"encryption_keys": ""}, "ENCRYPTION_KEYS: no key is listed"),
        ({"encryption_keys": "ka"}, "each entry is `kid:key`"),
        ({"encryption_keys": "k.a:" + KEY_A.partition(":")[2]}, "key id 'k.a'"),
        ({"encryption_keys": f"{KEY_A},{KEY_A}"}, "'ka' is listed twice"),
        ({"encryption_keys": "ka:c2hvcnQ="}, "key 'ka' is 5 bytes, not 32"),
        ({"encryption_keys": "ka:not base64!"}, "key 'ka' is not base64"),
        ({"jwt_keys": "new:too-short"}, "JWT_KEYS: key 'new' is shorter than 32 bytes"),
        ({"jwt_secret": "too-short"}, "JWT_SECRET: key 'main' is shorter than 32 bytes"),
        ({"jwt_keys": JWT_NEW, "jwt_secret": "s" * 40}, "set JWT_KEYS or JWT_SECRET, not both"),
    ],
)
def test_malformed_keys_stop_the_start(overrides: dict[str, str], message: str) -> None:
    with pytest.raises(KeyConfigError) as refused:
        create_app(Settings.model_validate(overrides))
    assert message in str(refused.value)


def test_generated_keys_are_accepted_by_both_lists() -> None:
    first, second = keys.generate_key(date(2026, 12, 5)), keys.generate_key(date(2026, 12, 5))
    assert first != second and first.startswith("k20261205-")
    settings = Settings(jwt_keys=f"{first},{second}", encryption_keys=f"{first},{second}")
    keys.check_keys(settings)
    assert keys.encryption_keyring(settings).current.kid == first.partition(":")[0]
