from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.notification_kind import NotificationKind
from typing import cast
import datetime






T = TypeVar("T", bound="NotificationRead")



@_attrs_define
class NotificationRead:
    """ 
        Attributes:
            id (int):
            kind (NotificationKind):
            subject (str):
            subject_id (int):
            title (str):
            body (str):
            language (str):
            created_at (datetime.datetime):
            read_at (datetime.datetime | None):
     """

    id: int
    kind: NotificationKind
    subject: str
    subject_id: int
    title: str
    body: str
    language: str
    created_at: datetime.datetime
    read_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        subject = self.subject

        subject_id = self.subject_id

        title = self.title

        body = self.body

        language = self.language

        created_at = self.created_at.isoformat()

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "subject": subject,
            "subject_id": subject_id,
            "title": title,
            "body": body,
            "language": language,
            "created_at": created_at,
            "read_at": read_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = NotificationKind(d.pop("kind"))




        subject = d.pop("subject")

        subject_id = d.pop("subject_id")

        title = d.pop("title")

        body = d.pop("body")

        language = d.pop("language")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)



                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))


        notification_read = cls(
            id=id,
            kind=kind,
            subject=subject,
            subject_id=subject_id,
            title=title,
            body=body,
            language=language,
            created_at=created_at,
            read_at=read_at,
        )


        notification_read.additional_properties = d
        return notification_read

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
