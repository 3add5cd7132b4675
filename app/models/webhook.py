"""Webhook endpoints of partners, the event outbox, deliveries and the attempt log."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, UrlConstraints
from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class WebhookEventType(StrEnum):
    vacancy_filled = "vacancy.filled"
    application_stage_changed = "application.stage_changed"
    enrolment_created = "enrolment.created"
    completion_recorded = "completion.recorded"


class DeliveryStatus(StrEnum):
    pending = "pending"  # waiting for its next attempt (or being attempted)
    succeeded = "succeeded"
    failed = "failed"  # every attempt of the schedule failed


class WebhookEndpoint(SQLModel, table=True):
    __tablename__ = "webhook_endpoint"

    id: int | None = SQLField(default=None, primary_key=True)
    partner_id: int = SQLField(foreign_key="partner.id", index=True, ondelete="CASCADE")
    url: str = SQLField(max_length=2000)
    event_types: list[str] = SQLField(default_factory=list, sa_type=JSON)
    description: str | None = SQLField(default=None, max_length=200)
    # The `whsec_...` secret sealed (`kid.token`, app/core/sealing.py): signing needs the
    # secret itself, not a hash.
    secret_encrypted: str = SQLField(max_length=500)
    created_by: str = SQLField(max_length=100)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class WebhookEvent(SQLModel, table=True):
    """The outbox: written in the transaction of the change it reports."""

    __tablename__ = "webhook_event"

    id: int | None = SQLField(default=None, primary_key=True)
    # The `webhook-id` receivers deduplicate on; the same for every attempt.
    message_id: str = SQLField(max_length=40, unique=True)
    partner_id: int = SQLField(foreign_key="partner.id", index=True, ondelete="CASCADE")
    event_type: str = SQLField(max_length=40)
    payload: dict[str, Any] = SQLField(default_factory=dict, sa_type=JSON)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class WebhookDelivery(SQLModel, table=True):
    """One event to one endpoint; the worker picks those that are pending and due."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (UniqueConstraint("event_id", "endpoint_id"),)

    id: int | None = SQLField(default=None, primary_key=True)
    event_id: int = SQLField(foreign_key="webhook_event.id", index=True, ondelete="CASCADE")
    endpoint_id: int = SQLField(foreign_key="webhook_endpoint.id", index=True, ondelete="CASCADE")
    status: str = SQLField(default=DeliveryStatus.pending, max_length=10)
    attempts: int = SQLField(default=0)
    # While an attempt runs, this is the end of its lease: a worker that dies mid-attempt
    # leaves the delivery to be picked again once the lease is over.
    next_attempt_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime, index=True)
    # Set only while an attempt runs (the same lease end, renewed by the worker's heartbeat):
    # the endpoint's attempts in flight, which the per-endpoint cap counts.
    leased_until: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class WebhookAttempt(SQLModel, table=True):
    """The delivery log: one row per HTTP attempt."""

    __tablename__ = "webhook_attempt"

    id: int | None = SQLField(default=None, primary_key=True)
    delivery_id: int = SQLField(foreign_key="webhook_delivery.id", index=True, ondelete="CASCADE")
    endpoint_id: int = SQLField(foreign_key="webhook_endpoint.id", index=True, ondelete="CASCADE")
    attempt: int
    at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    status_code: int | None = SQLField(default=None)
    error: str | None = SQLField(default=None, max_length=500)
    duration_ms: int = SQLField(default=0)
    next_attempt_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)


WebhookUrl = Annotated[AnyHttpUrl, UrlConstraints(max_length=2000)]


class WebhookEndpointCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: WebhookUrl = Field(description="Where events are POSTed; https in production.")
    event_types: list[WebhookEventType] = Field(min_length=1, max_length=len(WebhookEventType))
    description: Annotated[str, Field(max_length=200)] | None = None


class WebhookEndpointRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    url: str
    event_types: list[WebhookEventType]
    description: str | None
    created_at: datetime


class WebhookEndpointCreated(WebhookEndpointRead):
    secret: str = Field(
        description="`whsec_` + base64 signing key. Shown only in this response: store it."
    )


class WebhookAttemptRead(BaseModel):
    id: int
    webhook_id: str = Field(description="The `webhook-id` header sent: the event's id.")
    event_type: WebhookEventType
    attempt: int
    at: datetime
    status_code: int | None
    error: str | None
    duration_ms: int
    next_attempt_at: datetime | None = Field(
        description="When the next attempt is due; null when this was the last one."
    )
    delivery_status: DeliveryStatus
