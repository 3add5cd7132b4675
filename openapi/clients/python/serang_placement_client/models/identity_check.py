from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.identity_check_status import IdentityCheckStatus
from ..models.identity_mismatch import IdentityMismatch
from typing import cast
import datetime






T = TypeVar("T", bound="IdentityCheck")



@_attrs_define
class IdentityCheck:
    """ 
        Attributes:
            status (IdentityCheckStatus): Whether the NIK agrees with the recorded birth date and sex. A NIK is not re-
                issued
                when a birth date is corrected (Dukcapil): a disagreement is flagged, not refused.
            reasons (list[IdentityMismatch]): Where the recorded birth date or sex disagrees with what the NIK encodes
                (digits 7-12: DDMMYY, 40 added to the day for women). Empty when consistent.
            verified_at (datetime.datetime | None):
            verified_by (None | str):
            note (None | str):
     """

    status: IdentityCheckStatus
    reasons: list[IdentityMismatch]
    verified_at: datetime.datetime | None
    verified_by: None | str
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.value
            reasons.append(reasons_item)



        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        verified_by: None | str
        verified_by = self.verified_by

        note: None | str
        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "status": status,
            "reasons": reasons,
            "verified_at": verified_at,
            "verified_by": verified_by,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = IdentityCheckStatus(d.pop("status"))




        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = IdentityMismatch(reasons_item_data)



            reasons.append(reasons_item)


        def _parse_verified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)



                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verified_at = _parse_verified_at(d.pop("verified_at"))


        def _parse_verified_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verified_by = _parse_verified_by(d.pop("verified_by"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        identity_check = cls(
            status=status,
            reasons=reasons,
            verified_at=verified_at,
            verified_by=verified_by,
            note=note,
        )


        identity_check.additional_properties = d
        return identity_check

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
