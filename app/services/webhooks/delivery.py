"""The webhook delivery worker: outbox rows to signed HTTP POSTs, with retries and a log.

Standard Webhooks 1.0: every attempt carries `webhook-id` (the event's id, the same on every
retry, for the receiver to deduplicate on), `webhook-timestamp` (Unix seconds) and
`webhook-signature` (`v1,` + base64 HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the
base64-decoded part of the endpoint's `whsec_` secret). The signature is made by the
`standardwebhooks` reference library, the same one receivers verify with, so the two cannot
drift apart.

Claiming is safe with several workers: due deliveries are selected with
`FOR UPDATE SKIP LOCKED` on PostgreSQL (SQLite has a single writer and ignores it), and each
is taken by a conditional UPDATE on its attempt count that sets a lease. The HTTP call runs
outside any transaction; a worker that dies mid-attempt leaves the delivery to be picked
again when the lease ends. Delivery is therefore at least once; receivers deduplicate on
`webhook-id`.
"""

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from standardwebhooks import Webhook

from app.core.config import Settings
from app.core.db import rowcount
from app.core.metrics import JOB_FAILURES, WEBHOOK_FAILURES
from app.models.base import utcnow
from app.models.webhook import (
    DeliveryStatus,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from app.services.webhooks.endpoints import decrypt_secret
from app.services.webhooks.network import PublicOnlyTransport

logger = logging.getLogger("app.webhooks")

# Waits before each retry: 8 attempts over about 31.5 hours, then the delivery is failed.
BACKOFF: tuple[timedelta, ...] = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=14),
)
# Longer than any attempt can take (the HTTP timeout), so that a live attempt is not retaken.
LEASE = timedelta(minutes=2)
USER_AGENT = "serang-placement-webhooks/1.0"


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` value for one attempt (`whsec_` secret, Unix seconds)."""
    return Webhook(secret).sign(message_id, datetime.fromtimestamp(timestamp, UTC), body)


@dataclass(frozen=True)
class Job:
    """One claimed attempt: everything the HTTP call needs, read in the claim transaction."""

    delivery_id: int
    endpoint_id: int
    attempt: int
    url: str
    secret: str
    message_id: str
    body: bytes


class DeliveryWorker:
    """Delivers due webhooks; `run_once` for one round, `start`/`stop` for a thread."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        *,
        backoff: Sequence[timedelta] = BACKOFF,
        lease: timedelta = LEASE,
        clock: Callable[[], datetime] = utcnow,
        batch_size: int = 20,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.backoff = tuple(backoff)
        self.lease = lease
        self.clock = clock
        self.batch_size = batch_size
        self.poll_seconds = settings.webhook_poll_seconds
        self._http = httpx.Client(
            timeout=settings.webhook_timeout_seconds,
            follow_redirects=False,  # a redirect could lead the POST into a private network
            # Public addresses only, checked as each connection is made (DNS rebinding);
            # local test receivers on 127.0.0.1 only where insecure URLs are allowed.
            transport=transport
            or (None if settings.webhook_allow_insecure_urls else PublicOnlyTransport()),
            headers={"user-agent": USER_AGENT},
        )
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- one round -----------------------------------------------------------------------

    def claim(self) -> list[Job]:
        """Take up to `batch_size` due deliveries, each under a lease."""
        now = self.clock()
        jobs: list[Job] = []
        with Session(self.engine) as session:
            due = session.exec(
                select(WebhookDelivery)
                .where(
                    WebhookDelivery.status == DeliveryStatus.pending,
                    col(WebhookDelivery.next_attempt_at) <= now,
                )
                .order_by(col(WebhookDelivery.next_attempt_at), col(WebhookDelivery.id))
                .limit(self.batch_size)
                .with_for_update(skip_locked=True)
            ).all()
            for delivery in due:
                taken = session.execute(
                    update(WebhookDelivery)
                    .where(
                        col(WebhookDelivery.id) == delivery.id,
                        col(WebhookDelivery.status) == DeliveryStatus.pending,
                        col(WebhookDelivery.attempts) == delivery.attempts,
                    )
                    .values(
                        attempts=delivery.attempts + 1,
                        next_attempt_at=now + self.lease,
                        updated_at=now,
                    )
                    .execution_options(synchronize_session=False)
                )
                if rowcount(taken) != 1:
                    continue  # another worker took it between our read and our write
                endpoint = session.get(WebhookEndpoint, delivery.endpoint_id)
                event = session.get(WebhookEvent, delivery.event_id)
                if endpoint is None or event is None:
                    continue
                jobs.append(
                    Job(
                        delivery_id=delivery.id or 0,
                        endpoint_id=endpoint.id or 0,
                        attempt=delivery.attempts + 1,
                        url=endpoint.url,
                        secret=decrypt_secret(self.settings, endpoint.secret_encrypted),
                        message_id=event.message_id,
                        body=json.dumps(
                            event.payload, separators=(",", ":"), ensure_ascii=False
                        ).encode(),
                    )
                )
            session.commit()
        return jobs

    def attempt(self, job: Job) -> bool:
        """POST one claimed delivery and record the outcome; whether the receiver took it."""
        timestamp = int(self.clock().timestamp())
        headers = {
            "content-type": "application/json",
            "webhook-id": job.message_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(job.secret, job.message_id, timestamp, job.body),
        }
        started = time.monotonic()
        status_code: int | None = None
        error: str | None = None
        try:
            response = self._http.post(job.url, content=job.body, headers=headers)
            status_code = response.status_code
            if not 200 <= status_code < 300:
                error = f"HTTP {status_code}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        duration_ms = int((time.monotonic() - started) * 1000)
        ok = error is None
        self._record(job, ok, status_code, error, duration_ms)
        return ok

    def _record(
        self, job: Job, ok: bool, status_code: int | None, error: str | None, duration_ms: int
    ) -> None:
        now = self.clock()
        next_at: datetime | None = None
        status = DeliveryStatus.succeeded if ok else DeliveryStatus.failed
        if not ok and job.attempt <= len(self.backoff):
            status = DeliveryStatus.pending
            next_at = now + self.backoff[job.attempt - 1]
        with Session(self.engine) as session:
            # Only the holder of this attempt writes: not a worker whose lease ran out and
            # whose delivery was taken again, nor one whose endpoint was deleted meanwhile.
            recorded = session.execute(
                update(WebhookDelivery)
                .where(
                    col(WebhookDelivery.id) == job.delivery_id,
                    col(WebhookDelivery.attempts) == job.attempt,
                    col(WebhookDelivery.status) == DeliveryStatus.pending,
                )
                .values(status=status.value, next_attempt_at=next_at, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if rowcount(recorded) != 1:
                session.rollback()
                return
            session.add(
                WebhookAttempt(
                    delivery_id=job.delivery_id,
                    endpoint_id=job.endpoint_id,
                    attempt=job.attempt,
                    at=now,
                    status_code=status_code,
                    error=error,
                    duration_ms=duration_ms,
                    next_attempt_at=next_at,
                )
            )
            session.commit()
        if not ok:
            WEBHOOK_FAILURES.labels(str(job.endpoint_id)).inc()
            if status == DeliveryStatus.failed:
                JOB_FAILURES.labels("webhook_delivery").inc()
            logger.info("webhook %s attempt %s failed: %s", job.message_id, job.attempt, error)

    def run_once(self) -> int:
        """Attempt every delivery due now; how many were attempted."""
        jobs = self.claim()
        for job in jobs:
            self.attempt(job)
        return len(jobs)

    # -- as a thread ---------------------------------------------------------------------

    def run_forever(self) -> None:
        while not self._stop.is_set():
            try:
                worked = self.run_once()
            except Exception:
                # A lost database connection must not end the loop; the next round retries.
                logger.exception("webhook delivery round failed")
                worked = 0
            if not worked:
                self._stop.wait(self.poll_seconds)

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(
            target=self.run_forever, name="webhook-delivery", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the attempt in hand, then stop; unclaimed deliveries wait for the next."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._http.close()
