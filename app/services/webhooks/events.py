"""Domain events for partners' webhooks, written to the outbox with the change they report.

`emit` adds the event, and one delivery per endpoint of the partner subscribed to its type,
to the caller's session: they commit or roll back with the change itself, so an event is
never sent for a change that did not happen, nor lost when the process stops before the
delivery worker gets to it.

The `data` of each event type (no personal data: ids, stages and counts only):

- `vacancy.filled`: the job order's last opening was taken.
    {"vacancy_id": int, "external_id": str, "openings": int, "filled": int}
- `application.stage_changed`: an application to one of the partner's job orders moved.
    {"application_id": int, "vacancy_id": int, "external_id": str,
     "from_stage": str, "to_stage": str}
- `enrolment.created`: a job seeker was enrolled in a cohort of the partner's programme.
    {"enrolment_id": int, "programme_id": int, "cohort_id": int, "applicant_id": int}
- `completion.recorded`: the partner's training was completed (or not passed).
    {"enrolment_id": int, "programme_id": int, "cohort_id": int, "applicant_id": int,
     "passed": bool, "credential_id": int | null}

Every message has the Standard Webhooks shape:
    {"type": "<event type>", "timestamp": "<ISO 8601>", "data": {...}}
and its `webhook-id` header (`msg_...`) is the same for every attempt.
"""

import uuid
from typing import Any

from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.webhook import WebhookDelivery, WebhookEndpoint, WebhookEvent, WebhookEventType


def new_message_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


def emit(
    session: Session, partner_id: int, event_type: WebhookEventType, data: dict[str, Any]
) -> WebhookEvent | None:
    """Queue `event_type` for the partner's subscribed endpoints; the caller commits.

    Returns the event, or None when no endpoint of the partner wants it: an event nobody
    will receive is not stored (the audit trail records the change itself).
    """
    endpoints = [
        endpoint
        for endpoint in session.exec(
            select(WebhookEndpoint).where(WebhookEndpoint.partner_id == partner_id)
        )
        if event_type.value in endpoint.event_types
    ]
    if not endpoints:
        return None
    now = utcnow()
    event = WebhookEvent(
        message_id=new_message_id(),
        partner_id=partner_id,
        event_type=event_type.value,
        payload={"type": event_type.value, "timestamp": now.isoformat(), "data": data},
        created_at=now,
    )
    session.add(event)
    session.flush()  # the event's id, for its deliveries
    for endpoint in endpoints:
        session.add(
            WebhookDelivery(
                event_id=event.id or 0,
                endpoint_id=endpoint.id or 0,
                next_attempt_at=now,
                created_at=now,
                updated_at=now,
            )
        )
    return event
