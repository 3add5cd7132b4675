"""Partner system clients (OAuth2 client credentials), managed by admins."""

import secrets

from sqlmodel import Session, select

from app.core.errors import ProblemError, not_found
from app.core.i18n import Message, define
from app.core.security import hash_password, new_secret
from app.models.base import utcnow
from app.models.identity import ClientCreate, ClientRead, ClientSecret, PartnerClient, Scope
from app.models.partner import Partner, PartnerKind, PartnerStatus
from app.services.common import get_or_404

define(
    {
        "scope_not_for_partner_kind": Message(
            "Scope not allowed for this partner",
            "Cakupan tidak diizinkan untuk mitra ini",
            "A {kind} cannot be given the scopes: {scopes}.",
            "Mitra jenis {kind} tidak dapat diberi cakupan: {scopes}.",
        ),
        "partner_archived": Message(
            "Partner archived",
            "Mitra diarsipkan",
            "An archived partner cannot get new clients.",
            "Mitra yang diarsipkan tidak dapat diberi klien baru.",
        ),
    }
)

# Which scopes make sense for which kind of partner: an agency syncs job orders (and so does
# the government's placement body, for government-to-government schemes such as E-9), a
# training centre pushes programmes; neither can act in the other's domain.
JOB_ORDER_SCOPES = frozenset(
    {
        Scope.vacancies_read,
        Scope.vacancies_write,
        Scope.applications_read,
        Scope.applications_write,
        Scope.webhooks_manage,
    }
)
SCOPES_BY_KIND: dict[PartnerKind, frozenset[Scope]] = {
    PartnerKind.placement_agency: JOB_ORDER_SCOPES,
    PartnerKind.government_body: JOB_ORDER_SCOPES,
    PartnerKind.training_provider: frozenset({Scope.training_write, Scope.webhooks_manage}),
}
DEFAULT_SCOPES = frozenset({Scope.webhooks_manage})


def to_read(client: PartnerClient) -> ClientRead:
    return ClientRead.model_validate(client)


def _with_secret(client: PartnerClient, secret: str) -> ClientSecret:
    return ClientSecret.model_validate({**client.model_dump(), "client_secret": secret})


def create_client(session: Session, partner_id: int, payload: ClientCreate) -> ClientSecret:
    partner = get_or_404(session, Partner, partner_id, "partner")
    if partner.status == PartnerStatus.archived:
        raise ProblemError(409, "partner_archived")
    allowed = SCOPES_BY_KIND.get(PartnerKind(partner.kind), DEFAULT_SCOPES)
    refused = sorted(s.value for s in set(payload.scopes) - allowed)
    if refused:
        raise ProblemError(
            422, "scope_not_for_partner_kind", {"kind": partner.kind, "scopes": ", ".join(refused)}
        )
    secret = new_secret()
    client = PartnerClient(
        client_id=f"pc_{secrets.token_hex(12)}",
        secret_hash=hash_password(secret),
        partner_id=partner_id,
        name=payload.name,
        scopes=sorted({s.value for s in payload.scopes}),
    )
    session.add(client)
    session.commit()
    session.refresh(client)
    return _with_secret(client, secret)


def _get(session: Session, client_id: str) -> PartnerClient:
    client = session.exec(select(PartnerClient).where(PartnerClient.client_id == client_id)).first()
    if client is None:
        raise not_found("client")
    return client


def list_clients(session: Session, partner_id: int) -> list[PartnerClient]:
    get_or_404(session, Partner, partner_id, "partner")
    return list(
        session.exec(
            select(PartnerClient)
            .where(PartnerClient.partner_id == partner_id)
            .order_by(PartnerClient.id)  # type: ignore[arg-type]
        )
    )


def rotate_secret(session: Session, client_id: str) -> ClientSecret:
    client = _get(session, client_id)
    if client.revoked_at is not None:
        raise ProblemError(409, "invalid_client")
    secret = new_secret()
    client.secret_hash = hash_password(secret)
    client.rotated_at = utcnow()
    session.add(client)
    session.commit()
    session.refresh(client)
    return _with_secret(client, secret)


def revoke_client(session: Session, client_id: str) -> PartnerClient:
    client = _get(session, client_id)
    if client.revoked_at is None:
        client.revoked_at = utcnow()
        session.add(client)
        session.commit()
        session.refresh(client)
    return client
