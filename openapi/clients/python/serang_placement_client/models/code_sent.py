from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.destination_kind import DestinationKind
from typing import cast
import datetime






T = TypeVar("T", bound="CodeSent")



@_attrs_define
class CodeSent:
    """ A code went (or is going) to this phone or e-mail, shown masked.

        Attributes:
            destination_kind (DestinationKind):
            destination (str): Masked, e.g. `+62 8** **** 123`, `s***@example.org`.
            expires_at (datetime.datetime):
     """

    destination_kind: DestinationKind
    destination: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        destination_kind = self.destination_kind.value

        destination = self.destination

        expires_at = self.expires_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "destination_kind": destination_kind,
            "destination": destination,
            "expires_at": expires_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_kind = DestinationKind(d.pop("destination_kind"))




        destination = d.pop("destination")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        code_sent = cls(
            destination_kind=destination_kind,
            destination=destination,
            expires_at=expires_at,
        )


        code_sent.additional_properties = d
        return code_sent

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
