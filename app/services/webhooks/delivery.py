"""The webhook delivery worker: outbox rows to signed HTTP POSTs, with retries and a log.

Standard Webhooks 1.0: every attempt carries `webhook-id` (the event's id, the same on every
retry, for the receiver to deduplicate on), `webhook-timestamp` (Unix seconds) and
`webhook-signature` (`v1,` + base64 HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the
base64-decoded part of the endpoint's `whsec_` secret). The signature is made by the
`standardwebhooks` reference library, the same one receivers verify with, so the two cannot
drift apart.

Claiming is safe with several workers (`claims.py`): each delivery is taken by a conditional
UPDATE on its attempt count that sets a lease, and no endpoint gets more than
`webhook_endpoint_concurrency` attempts at once across the workers. Attempts run on a pool
of `webhook_concurrency` threads, outside any transaction, each phase bounded by
`webhook_timeout_seconds` (name resolution included, `network.py`): a dead partner holds
its own share of threads and delays no other partner. While attempts run, the worker renews
their leases (a heartbeat, three times a lease), so a slow attempt is never taken again by
another worker; a worker that dies stops renewing, and its deliveries are picked again when
their leases end. Delivery is therefore at least once (a worker dying between the POST and
the record of its outcome sends again); receivers deduplicate on `webhook-id`.
"""

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col
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
from app.services.webhooks.claims import next_due, renew_leases, take_due
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
        lease: timedelta | None = None,
        clock: Callable[[], datetime] = utcnow,
        batch_size: int = 20,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.backoff = tuple(backoff)
        self.lease = lease or timedelta(seconds=settings.webhook_lease_seconds)
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
        self.concurrency = settings.webhook_concurrency
        self.per_endpoint = settings.webhook_endpoint_concurrency
        # Renewed three times a lease, so that one late renewal does not let a lease lapse.
        self.heartbeat_seconds = self.lease.total_seconds() / 3
        self._next_heartbeat = 0.0
        self._held: dict[int, int] = {}  # delivery id -> attempt, while it runs here
        self._held_lock = threading.Lock()
        self._pool = ThreadPoolExecutor(self.concurrency, thread_name_prefix="webhook-attempt")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- one round -----------------------------------------------------------------------

    def claim(self, limit: int | None = None) -> list[Job]:
        """Take up to `limit` (else `batch_size`) due deliveries, each under a lease."""
        now = self.clock()
        jobs: list[Job] = []
        wanted = self.batch_size if limit is None else min(limit, self.batch_size)
        with Session(self.engine) as session:
            taken = take_due(session, now, wanted, self.lease, self.per_endpoint)
            for delivery, attempt in taken:
                endpoint = session.get(WebhookEndpoint, delivery.endpoint_id)
                event = session.get(WebhookEvent, delivery.event_id)
                if endpoint is None or event is None:
                    continue
                jobs.append(
                    Job(
                        delivery_id=delivery.id or 0,
                        endpoint_id=endpoint.id or 0,
                        attempt=attempt,
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
            # The status line is the answer; a body the receiver trickles is not waited for.
            with self._http.stream("POST", job.url, content=job.body, headers=headers) as answer:
                status_code = answer.status_code
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
                .values(
                    status=status.value, next_attempt_at=next_at, leased_until=None, updated_at=now
                )
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
        """Attempt every delivery due now (up to a batch), at once; how many were attempted."""
        jobs = self.claim()
        running = {self._pool.submit(self._attempt_held, job) for job in jobs}
        while running:
            running = self._wait(running, self.heartbeat_seconds)
        return len(jobs)

    def _attempt_held(self, job: Job) -> bool:
        with self._held_lock:
            self._held[job.delivery_id] = job.attempt
        try:
            return self.attempt(job)
        except Exception:
            # The outcome could not be recorded (the database went away): the lease runs
            # out and the delivery is attempted again; the loop goes on.
            logger.exception("webhook %s attempt %s failed", job.message_id, job.attempt)
            return False
        finally:
            with self._held_lock:
                self._held.pop(job.delivery_id, None)

    def _wait(self, running: set["Future[bool]"], seconds: float) -> set["Future[bool]"]:
        """Wait up to `seconds` for an attempt to end, renewing the leases when due; the
        attempts still running."""
        _done, pending = wait(running, timeout=seconds, return_when=FIRST_COMPLETED)
        if time.monotonic() >= self._next_heartbeat:
            self.heartbeat()
        return set(pending)

    def heartbeat(self) -> None:
        """Renew the leases of the attempts in hand, so that none is retaken while it runs
        however slow its receiver (a dead worker stops renewing: its leases then run out)."""
        self._next_heartbeat = time.monotonic() + self.heartbeat_seconds
        with self._held_lock:
            held = sorted(self._held.items())
        if not held:
            return
        with Session(self.engine) as session:
            renew_leases(session, held, self.clock() + self.lease)
            session.commit()

    def _idle_seconds(self) -> float:
        """Until the next retry falls due, or the poll interval if that is sooner (a new
        event may arrive meanwhile)."""
        with Session(self.engine) as session:
            soonest = next_due(session)
        if soonest is None:
            return self.poll_seconds
        return min(self.poll_seconds, max(0.0, (soonest - self.clock()).total_seconds()))

    # -- as a thread ---------------------------------------------------------------------

    def run_forever(self) -> None:
        running: set[Future[bool]] = set()
        while not self._stop.is_set():
            try:
                free = self.concurrency - len(running)
                jobs = self.claim(free) if free > 0 else []
                running |= {self._pool.submit(self._attempt_held, job) for job in jobs}
                if running:
                    running = self._wait(running, min(self.poll_seconds, self.heartbeat_seconds))
                else:
                    self._stop.wait(self._idle_seconds())
            except Exception:
                # A lost database connection must not end the loop; the next round retries.
                logger.exception("webhook delivery round failed")
                self._stop.wait(self.poll_seconds)
        while running:  # finish the attempts in hand, keeping their leases
            running = self._wait(running, self.heartbeat_seconds)

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
        self._pool.shutdown(wait=True)
        self._http.close()
