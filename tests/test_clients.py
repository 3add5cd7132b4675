"""The generated Python client works against the app, and its webhook helper against our signer."""

import base64
import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import standardwebhooks
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.identity import Role
from app.services.webhooks.delivery import sign
from tests.auth_helpers import STRONG_PASSWORD, make_staff

CLIENT_DIR = Path(__file__).resolve().parent.parent / "openapi" / "clients" / "python"
sys.path.insert(0, str(CLIENT_DIR))

from serang_placement_client import AuthenticatedClient, Client  # noqa: E402
from serang_placement_client.api.auth import get_me, issue_token  # noqa: E402
from serang_placement_client.api.vacancies import upsert_vacancies  # noqa: E402
from serang_placement_client.models import (  # noqa: E402
    BodyIssueToken,
    MeRead,
    Problem,
    TokenResponse,
    VacancyBatch,
)
from serang_placement_client.webhooks import (  # noqa: E402
    WebhookVerificationError,
    verify_webhook,
)

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()


@pytest.fixture
def transport(client: TestClient) -> httpx.BaseTransport:
    """The generated client's httpx calls go through the app in process."""
    transport: httpx.BaseTransport = client._transport
    return transport


def test_client_fetches_a_token_and_reads_me(
    transport: httpx.BaseTransport, session: Session
) -> None:
    make_staff(session, Role.admin, "root@serangkota.example")
    anonymous = Client(base_url="http://testserver", httpx_args={"transport": transport})
    token = issue_token.sync(
        client=anonymous,
        body=BodyIssueToken(
            grant_type="password", username="root@serangkota.example", password=STRONG_PASSWORD
        ),
    )
    assert isinstance(token, TokenResponse)
    api = AuthenticatedClient(
        base_url="http://testserver", token=token.access_token, httpx_args={"transport": transport}
    )
    me = get_me.sync(client=api)
    assert isinstance(me, MeRead)
    assert me.role == "admin"


def test_client_reads_problems_with_their_code(transport: httpx.BaseTransport) -> None:
    api = AuthenticatedClient(
        base_url="http://testserver", token="not-a-token", httpx_args={"transport": transport}
    )
    answer = upsert_vacancies.sync_detailed(
        client=api, body=VacancyBatch.from_dict({"items": [{}]}), idempotency_key="k-1"
    )
    assert answer.status_code == 401
    assert isinstance(answer.parsed, Problem)
    assert answer.parsed.code == "not_authenticated"


def _signed(body: bytes, timestamp: int) -> dict[str, str]:
    return {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(timestamp),
        "webhook-signature": "v1,bogus " + sign(SECRET, "msg_1", timestamp, body),
    }


def test_webhook_helper_accepts_what_we_sign() -> None:
    body = json.dumps({"type": "vacancy.filled", "timestamp": "t", "data": {"id": 1}}).encode()
    headers = _signed(body, 1_800_000_000)
    message: dict[str, Any] = verify_webhook(SECRET, headers, body, now=1_800_000_060)
    assert message["data"] == {"id": 1}


@pytest.mark.parametrize(
    ("secret", "tamper", "now"),
    [
        ("whsec_" + base64.b64encode(b"another key").decode(), b"", 1_800_000_000),
        (SECRET, b" ", 1_800_000_000),
        (SECRET, b"", 1_800_000_000 + 301),
    ],
    ids=["other-secret", "changed-body", "too-old"],
)
def test_webhook_helper_refuses_forged_or_stale_messages(
    secret: str, tamper: bytes, now: int
) -> None:
    body = b'{"type": "vacancy.filled"}'
    headers = _signed(body, 1_800_000_000)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(secret, headers, body + tamper, now=now)


def test_webhook_helper_errors_are_standard_webhooks_errors() -> None:
    body = b'{"type": "vacancy.filled"}'
    headers = _signed(body, 1_800_000_000)
    with pytest.raises(standardwebhooks.WebhookVerificationError):
        verify_webhook(SECRET, headers, body + b" ", now=1_800_000_000)
