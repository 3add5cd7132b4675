"""Partners' webhook endpoints: registration, signing secrets, the delivery log.

A URL's host is normalised before the rule that keeps deliveries off the server's own
network, and stored normalised: lower case, one trailing dot removed (`localhost.` is the
same host as `localhost`), and an internationalised name in its IDNA (`xn--`) form, which is
what DNS resolves; `https://bücher.example/x` is stored as `https://xn--bcher-kva.example/x`.

A signing secret is `whsec_` + base64 of 24 random bytes (Standard Webhooks). The server
must sign with the secret itself, so it is kept sealed (app/core/sealing.py, under the
ENCRYPTION_KEYS key it names) rather than hashed; it is shown to the partner only in the
creation response (and in its replay under the same Idempotency-Key). Rotating the
encryption keys keeps it: `python -m app.cli rotate-keys` re-seals it under the new key.
"""

import base64
import ipaddress
import secrets
from urllib.parse import urlsplit, urlunsplit

import idna
from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.core.config import Settings
from app.core.errors import invalid, not_found
from app.core.i18n import Message, define
from app.core.pagination import PageParams, encode_cursor, paginate
from app.core.principal import Principal
from app.core.sealing import WEBHOOK_SECRETS, seal, unseal
from app.models.webhook import (
    DeliveryStatus,
    WebhookAttempt,
    WebhookAttemptRead,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEndpointCreate,
    WebhookEndpointCreated,
    WebhookEndpointRead,
    WebhookEvent,
    WebhookEventType,
)

SECRET_PREFIX = "whsec_"  # noqa: S105  (the format marker, not a secret)

define(
    {
        "webhook_url_not_allowed": Message(
            "Webhook URL not allowed",
            "URL webhook tidak diizinkan",
            "A webhook URL must use https and a public host, without user name or password.",
            "URL webhook harus memakai https dan host publik, tanpa nama pengguna atau sandi.",
        ),
    }
)


def new_signing_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def encrypt_secret(settings: Settings, secret: str) -> str:
    return seal(settings, WEBHOOK_SECRETS, secret.encode())


def decrypt_secret(settings: Settings, token: str) -> str:
    return unseal(settings, WEBHOOK_SECRETS, token).decode()


def _is_private_host(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"} or host.lower().endswith(
        ".localhost"
    ):
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return not address.is_global


def normalise_host(host: str) -> str:
    """The host as DNS sees it: lower case, no trailing dot, IDNA-encoded; ValueError if no
    host name can be made of it. IP literals are kept as written (lower case)."""
    host = host.lower()
    if host.endswith("."):
        host = host[:-1]
    if host.startswith("["):
        return host  # an IPv6 literal
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(str(exc)) from exc


def _with_host(url: str, host: str) -> str:
    parts = urlsplit(url)
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def check_url(settings: Settings, payload: WebhookEndpointCreate) -> str:
    """The URL to store (host normalised), refused when it points at the server's own network."""
    url = payload.url
    if url.username or url.password:
        raise invalid("url", "webhook_url_not_allowed")
    try:
        host = normalise_host(url.host or "")
    except ValueError:
        raise invalid("url", "webhook_url_not_allowed") from None
    if not host:
        raise invalid("url", "webhook_url_not_allowed")
    if not settings.webhook_allow_insecure_urls and (
        url.scheme != "https" or _is_private_host(host)
    ):
        raise invalid("url", "webhook_url_not_allowed")
    return _with_host(str(url), host)


def _partner_id(principal: Principal) -> int:
    # Only partner clients pass the route's scope rule, and every client has a partner.
    return principal.partner_id or 0


def create_endpoint(
    session: Session, settings: Settings, payload: WebhookEndpointCreate, principal: Principal
) -> WebhookEndpointCreated:
    url = check_url(settings, payload)
    secret = new_signing_secret()
    endpoint = WebhookEndpoint(
        partner_id=_partner_id(principal),
        url=url,
        event_types=sorted({t.value for t in payload.event_types}),
        description=payload.description,
        secret_encrypted=encrypt_secret(settings, secret),
        created_by=principal.label,
    )
    session.add(endpoint)
    session.commit()
    session.refresh(endpoint)
    read = WebhookEndpointRead.model_validate(endpoint)
    return WebhookEndpointCreated(**read.model_dump(), secret=secret)


def list_endpoints(
    session: Session, principal: Principal, page: PageParams
) -> tuple[list[WebhookEndpoint], str | None]:
    statement = select(WebhookEndpoint).where(WebhookEndpoint.partner_id == _partner_id(principal))
    return paginate(session, statement, WebhookEndpoint.id, page)


def get_endpoint(session: Session, endpoint_id: int, principal: Principal) -> WebhookEndpoint:
    """The partner's own endpoint; another partner's is a 404, as if it did not exist."""
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None or endpoint.partner_id != _partner_id(principal):
        raise not_found("webhook")
    return endpoint


def delete_endpoint(session: Session, endpoint_id: int, principal: Principal) -> None:
    """Remove the endpoint with its pending deliveries and its log (bulk, children first)."""
    endpoint = get_endpoint(session, endpoint_id, principal)
    delivery_ids = select(WebhookDelivery.id).where(WebhookDelivery.endpoint_id == endpoint.id)
    session.execute(delete(WebhookAttempt).where(col(WebhookAttempt.delivery_id).in_(delivery_ids)))
    session.execute(delete(WebhookDelivery).where(col(WebhookDelivery.endpoint_id) == endpoint.id))
    session.delete(endpoint)
    session.commit()


def list_attempts(
    session: Session, endpoint_id: int, principal: Principal, page: PageParams
) -> tuple[list[WebhookAttemptRead], str | None]:
    """The endpoint's delivery log, oldest attempt first."""
    endpoint = get_endpoint(session, endpoint_id, principal)
    statement = (
        select(
            WebhookAttempt,
            col(WebhookEvent.message_id),
            col(WebhookEvent.event_type),
            col(WebhookDelivery.status),
        )
        .join(WebhookDelivery, col(WebhookDelivery.id) == col(WebhookAttempt.delivery_id))
        .join(WebhookEvent, col(WebhookEvent.id) == col(WebhookDelivery.event_id))
        .where(col(WebhookAttempt.endpoint_id) == endpoint.id)
    )
    if page.after_id is not None:
        statement = statement.where(col(WebhookAttempt.id) > page.after_id)
    rows = list(session.exec(statement.order_by(col(WebhookAttempt.id)).limit(page.limit + 1)))
    more = len(rows) > page.limit
    items = [
        WebhookAttemptRead(
            id=attempt.id or 0,
            webhook_id=message_id,
            event_type=WebhookEventType(event_type),
            attempt=attempt.attempt,
            at=attempt.at,
            status_code=attempt.status_code,
            error=attempt.error,
            duration_ms=attempt.duration_ms,
            next_attempt_at=attempt.next_attempt_at,
            delivery_status=DeliveryStatus(status),
        )
        for attempt, message_id, event_type, status in rows[: page.limit]
    ]
    next_cursor = encode_cursor(items[-1].id) if more and items else None
    return items, next_cursor
