from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="RequiredDocument")



@_attrs_define
class RequiredDocument:
    """ 
        Attributes:
            kind (str):
            present (bool | None): Whether the application holds this document with its file; null for what the placement
                checklist does not track.
            verified (bool | None): Whether an officer verified it; null when not tracked.
     """

    kind: str
    present: bool | None
    verified: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        present: bool | None
        present = self.present

        verified: bool | None
        verified = self.verified


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "present": present,
            "verified": verified,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        def _parse_present(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        present = _parse_present(d.pop("present"))


        def _parse_verified(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        verified = _parse_verified(d.pop("verified"))


        required_document = cls(
            kind=kind,
            present=present,
            verified=verified,
        )


        required_document.additional_properties = d
        return required_document

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
