from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_read_changes import AuditReadChanges





T = TypeVar("T", bound="AuditRead")



@_attrs_define
class AuditRead:
    """ 
        Attributes:
            id (int):
            at (datetime.datetime):
            actor (str):
            action (str):
            entity (str):
            entity_id (int):
            changes (AuditReadChanges):
     """

    id: int
    at: datetime.datetime
    actor: str
    action: str
    entity: str
    entity_id: int
    changes: AuditReadChanges
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_read_changes import AuditReadChanges # noqa: PLC0415
        id = self.id

        at = self.at.isoformat()

        actor = self.actor

        action = self.action

        entity = self.entity

        entity_id = self.entity_id

        changes = self.changes.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "at": at,
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "changes": changes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_read_changes import AuditReadChanges # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        actor = d.pop("actor")

        action = d.pop("action")

        entity = d.pop("entity")

        entity_id = d.pop("entity_id")

        changes = AuditReadChanges.from_dict(d.pop("changes"))




        audit_read = cls(
            id=id,
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=changes,
        )


        audit_read.additional_properties = d
        return audit_read

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
