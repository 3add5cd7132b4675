from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.support_status import SupportStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SupportCaseEntryCreate")



@_attrs_define
class SupportCaseEntryCreate:
    """ 
        Attributes:
            note (None | str | Unset):
            to_status (None | SupportStatus | Unset): Move the case (officers only); a note is needed to resolve.
     """

    note: None | str | Unset = UNSET
    to_status: None | SupportStatus | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        to_status: None | str | Unset
        if isinstance(self.to_status, Unset):
            to_status = UNSET
        elif isinstance(self.to_status, SupportStatus):
            to_status = self.to_status.value
        else:
            to_status = self.to_status


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if note is not UNSET:
            field_dict["note"] = note
        if to_status is not UNSET:
            field_dict["to_status"] = to_status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_to_status(data: object) -> None | SupportStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_status_type_0 = SupportStatus(data)



                return to_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportStatus | Unset, data)

        to_status = _parse_to_status(d.pop("to_status", UNSET))


        support_case_entry_create = cls(
            note=note,
            to_status=to_status,
        )

        return support_case_entry_create

