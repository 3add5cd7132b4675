"""Logging in as each kind of caller through the generated client, and reading its answers."""

from typing import Any, TypeVar

import httpx
from serang_placement_client import AuthenticatedClient, Client
from serang_placement_client.api.auth import issue_token
from serang_placement_client.models import BodyIssueToken, Problem, TokenResponse

from tests.e2e.server import LiveServer

T = TypeVar("T")
TIMEOUT = httpx.Timeout(30.0)


def expect(answer: Any, kind: type[T]) -> T:
    """The parsed answer, which must be of this kind (a Problem is shown when it is not)."""
    if isinstance(answer, Problem):
        raise AssertionError(f"expected {kind.__name__}, got problem {answer.to_dict()}")
    assert isinstance(answer, kind), answer
    return answer


def anonymous(server: LiveServer) -> Client:
    return Client(base_url=server.base_url, timeout=TIMEOUT)


def _token(server: LiveServer, body: dict[str, str]) -> AuthenticatedClient:
    token = expect(
        issue_token.sync(client=anonymous(server), body=BodyIssueToken.from_dict(body)),
        TokenResponse,
    )
    return AuthenticatedClient(base_url=server.base_url, token=token.access_token, timeout=TIMEOUT)


def person(server: LiveServer, username: str, password: str) -> AuthenticatedClient:
    """A person logged in with the password grant."""
    return _token(server, {"grant_type": "password", "username": username, "password": password})


def system(
    server: LiveServer, client_id: str, secret: str, scopes: list[str]
) -> AuthenticatedClient:
    """A partner's system authenticated with the client credentials grant."""
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": secret,
        "scope": " ".join(scopes),
    }
    return _token(server, body)
