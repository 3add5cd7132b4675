"""/api/v1/webhooks: a partner's endpoints for signed event notifications."""

from fastapi import APIRouter, Request, Response, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.http.auth import PrincipalDep, access
from app.models.identity import Scope
from app.models.webhook import (
    WebhookAttemptRead,
    WebhookEndpointCreate,
    WebhookEndpointCreated,
    WebhookEndpointRead,
)
from app.services.webhooks import endpoints as service

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
MANAGE = (Scope.webhooks_manage,)


@router.post("", status_code=status.HTTP_201_CREATED, **access(scopes=MANAGE, problems=(422,)))
def create_webhook(
    payload: WebhookEndpointCreate,
    principal: PrincipalDep,
    session: SessionDep,
    request: Request,
    response: Response,
) -> WebhookEndpointCreated:
    """Register an endpoint for the partner's events.

    The signing secret (`whsec_...`) is in this response only. Every message is signed per
    Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
    """
    created = service.create_endpoint(session, request.app.state.settings, payload, principal)
    response.headers["Location"] = f"/api/v1/webhooks/{created.id}"
    return created


@router.get("", **access(scopes=MANAGE, problems=(422,)))
def list_webhooks(
    principal: PrincipalDep, session: SessionDep, page: PageDep
) -> Page[WebhookEndpointRead]:
    """The partner's own endpoints (secrets are never shown again)."""
    rows, next_cursor = service.list_endpoints(session, principal, page)
    items = [WebhookEndpointRead.model_validate(row) for row in rows]
    return Page(items=items, next_cursor=next_cursor)


@router.delete(
    "/{webhook_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    **access(scopes=MANAGE, problems=(404,)),
)
def delete_webhook(webhook_id: int, principal: PrincipalDep, session: SessionDep) -> None:
    """Remove the endpoint; deliveries not yet made to it are dropped."""
    service.delete_endpoint(session, webhook_id, principal)


@router.get("/{webhook_id}/deliveries", **access(scopes=MANAGE, problems=(404, 422)))
def list_webhook_deliveries(
    webhook_id: int,
    principal: PrincipalDep,
    session: SessionDep,
    page: PageDep,
) -> Page[WebhookAttemptRead]:
    """The delivery log: each attempt with its time, status code, error and next attempt."""
    items, next_cursor = service.list_attempts(session, webhook_id, principal, page)
    return Page(items=items, next_cursor=next_cursor)
