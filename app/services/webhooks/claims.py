"""Which due deliveries a worker takes: fairly across endpoints, and never more at once to one
endpoint than the per-endpoint cap, counted across every worker process.

A claim locks the candidate endpoints' rows (in id order, skipping those another worker is
claiming for at this moment), counts each one's attempts in flight (deliveries whose lease
runs into the future), and takes at most the room left under the cap, the longest-waiting
first. Each delivery is then taken by a conditional UPDATE on its attempt count that sets
its lease, so that two workers never take one attempt. SQLite has one writer at a time and
no row locks: there the cap holds for one worker process.
"""

from datetime import datetime, timedelta

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from app.core.db import rowcount
from app.models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint

# Endpoints looked at per claim: enough for every partner the programme has, bounded so that
# one claim stays one short transaction.
ENDPOINTS_PER_CLAIM = 200


def _due_endpoints(session: Session, now: datetime) -> list[int]:
    rows = session.exec(
        select(WebhookDelivery.endpoint_id)
        .where(
            WebhookDelivery.status == DeliveryStatus.pending,
            col(WebhookDelivery.next_attempt_at) <= now,
        )
        .distinct()
        .order_by(col(WebhookDelivery.endpoint_id))
        .limit(ENDPOINTS_PER_CLAIM)
    ).all()
    return list(rows)


def _lock_endpoints(session: Session, endpoint_ids: list[int]) -> list[int]:
    """The endpoints this claim may take from: another worker claiming for one right now
    keeps it (its lock is held for milliseconds; the next round sees its leases)."""
    if not endpoint_ids:
        return []
    rows = session.exec(
        select(WebhookEndpoint.id)
        .where(col(WebhookEndpoint.id).in_(endpoint_ids))
        .order_by(col(WebhookEndpoint.id))
        .with_for_update(skip_locked=True)
    ).all()
    return [r for r in rows if r is not None]


def _in_flight(session: Session, endpoint_ids: list[int], now: datetime) -> dict[int, int]:
    rows = session.exec(
        select(WebhookDelivery.endpoint_id, func.count())
        .where(
            col(WebhookDelivery.endpoint_id).in_(endpoint_ids),
            WebhookDelivery.status == DeliveryStatus.pending,
            col(WebhookDelivery.leased_until) > now,
        )
        .group_by(col(WebhookDelivery.endpoint_id))
    ).all()
    return {endpoint_id: count for endpoint_id, count in rows}


def take_due(
    session: Session, now: datetime, limit: int, lease: timedelta, per_endpoint: int
) -> list[tuple[WebhookDelivery, int]]:
    """Take up to `limit` due deliveries under a lease ending at `now + lease`, each with
    the number of the attempt it now holds; the caller commits."""
    endpoints = _lock_endpoints(session, _due_endpoints(session, now))
    busy = _in_flight(session, endpoints, now)
    room = {e: per_endpoint - busy.get(e, 0) for e in endpoints if busy.get(e, 0) < per_endpoint}
    if not room or limit <= 0:
        return []
    ranked = (
        select(
            col(WebhookDelivery.id).label("id"),
            col(WebhookDelivery.endpoint_id).label("endpoint_id"),
            func.row_number()
            .over(
                partition_by=col(WebhookDelivery.endpoint_id),
                order_by=(col(WebhookDelivery.next_attempt_at), col(WebhookDelivery.id)),
            )
            .label("place"),
        )
        .where(
            col(WebhookDelivery.endpoint_id).in_(list(room)),
            WebhookDelivery.status == DeliveryStatus.pending,
            col(WebhookDelivery.next_attempt_at) <= now,
        )
        .subquery()
    )
    candidates = session.exec(
        select(WebhookDelivery)
        .join(ranked, col(WebhookDelivery.id) == ranked.c.id)
        .where(ranked.c.place <= per_endpoint)
        .order_by(col(WebhookDelivery.next_attempt_at), col(WebhookDelivery.id))
    ).all()
    taken: list[tuple[WebhookDelivery, int]] = []
    for delivery in candidates:
        if len(taken) == limit:
            break
        if room[delivery.endpoint_id] <= 0:
            continue
        result = session.execute(
            update(WebhookDelivery)
            .where(
                col(WebhookDelivery.id) == delivery.id,
                col(WebhookDelivery.status) == DeliveryStatus.pending,
                col(WebhookDelivery.attempts) == delivery.attempts,
            )
            .values(
                attempts=delivery.attempts + 1,
                next_attempt_at=now + lease,
                leased_until=now + lease,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        if rowcount(result) != 1:
            continue  # another worker took it between our read and our write
        room[delivery.endpoint_id] -= 1
        taken.append((delivery, delivery.attempts + 1))
    return taken


def renew_leases(session: Session, held: list[tuple[int, int]], until: datetime) -> None:
    """Push the leases of the attempts this worker runs (delivery id, attempt) to `until`,
    so that a slow attempt's delivery is never taken again while it runs."""
    for delivery_id, attempt in held:
        session.execute(
            update(WebhookDelivery)
            .where(
                col(WebhookDelivery.id) == delivery_id,
                col(WebhookDelivery.attempts) == attempt,
                col(WebhookDelivery.status) == DeliveryStatus.pending,
                # Still running: an attempt recorded meanwhile has cleared its lease.
                col(WebhookDelivery.leased_until).is_not(None),
            )
            .values(next_attempt_at=until, leased_until=until)
            .execution_options(synchronize_session=False)
        )


def next_due(session: Session) -> datetime | None:
    """When the soonest pending delivery falls due (an index lookup)."""
    return session.exec(
        select(func.min(WebhookDelivery.next_attempt_at)).where(
            WebhookDelivery.status == DeliveryStatus.pending
        )
    ).one()
