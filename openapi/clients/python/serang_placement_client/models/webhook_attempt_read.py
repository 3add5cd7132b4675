from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delivery_status import DeliveryStatus
from ..models.webhook_event_type import WebhookEventType
from typing import cast
import datetime






T = TypeVar("T", bound="WebhookAttemptRead")



@_attrs_define
class WebhookAttemptRead:
    """ 
        Attributes:
            id (int):
            webhook_id (str): The `webhook-id` header sent: the event's id.
            event_type (WebhookEventType):
            attempt (int):
            at (datetime.datetime):
            status_code (int | None):
            error (None | str):
            duration_ms (int):
            next_attempt_at (datetime.datetime | None): When the next attempt is due; null when this was the last one.
            delivery_status (DeliveryStatus):
     """

    id: int
    webhook_id: str
    event_type: WebhookEventType
    attempt: int
    at: datetime.datetime
    status_code: int | None
    error: None | str
    duration_ms: int
    next_attempt_at: datetime.datetime | None
    delivery_status: DeliveryStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        event_type = self.event_type.value

        attempt = self.attempt

        at = self.at.isoformat()

        status_code: int | None
        status_code = self.status_code

        error: None | str
        error = self.error

        duration_ms = self.duration_ms

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        delivery_status = self.delivery_status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "webhook_id": webhook_id,
            "event_type": event_type,
            "attempt": attempt,
            "at": at,
            "status_code": status_code,
            "error": error,
            "duration_ms": duration_ms,
            "next_attempt_at": next_attempt_at,
            "delivery_status": delivery_status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        webhook_id = d.pop("webhook_id")

        event_type = WebhookEventType(d.pop("event_type"))




        attempt = d.pop("attempt")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))


        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        duration_ms = d.pop("duration_ms")

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))


        delivery_status = DeliveryStatus(d.pop("delivery_status"))




        webhook_attempt_read = cls(
            id=id,
            webhook_id=webhook_id,
            event_type=event_type,
            attempt=attempt,
            at=at,
            status_code=status_code,
            error=error,
            duration_ms=duration_ms,
            next_attempt_at=next_attempt_at,
            delivery_status=delivery_status,
        )


        webhook_attempt_read.additional_properties = d
        return webhook_attempt_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
