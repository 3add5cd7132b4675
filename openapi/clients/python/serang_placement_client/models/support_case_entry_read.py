from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.support_status import SupportStatus
from typing import cast
import datetime






T = TypeVar("T", bound="SupportCaseEntryRead")



@_attrs_define
class SupportCaseEntryRead:
    """ 
        Attributes:
            from_status (None | SupportStatus):
            to_status (None | SupportStatus):
            note (None | str):
            actor (str):
            at (datetime.datetime):
     """

    from_status: None | SupportStatus
    to_status: None | SupportStatus
    note: None | str
    actor: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from_status: None | str
        if isinstance(self.from_status, SupportStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status: None | str
        if isinstance(self.to_status, SupportStatus):
            to_status = self.to_status.value
        else:
            to_status = self.to_status

        note: None | str
        note = self.note

        actor = self.actor

        at = self.at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "from_status": from_status,
            "to_status": to_status,
            "note": note,
            "actor": actor,
            "at": at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_from_status(data: object) -> None | SupportStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = SupportStatus(data)



                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportStatus, data)

        from_status = _parse_from_status(d.pop("from_status"))


        def _parse_to_status(data: object) -> None | SupportStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_status_type_0 = SupportStatus(data)



                return to_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportStatus, data)

        to_status = _parse_to_status(d.pop("to_status"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        support_case_entry_read = cls(
            from_status=from_status,
            to_status=to_status,
            note=note,
            actor=actor,
            at=at,
        )


        support_case_entry_read.additional_properties = d
        return support_case_entry_read

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
