from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.destination_kind import DestinationKind






T = TypeVar("T", bound="ContactChangeVerify")



@_attrs_define
class ContactChangeVerify:
    """ 
        Attributes:
            code (str): The six digits received.
            kind (DestinationKind):
     """

    code: str
    kind: DestinationKind





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "kind": kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = DestinationKind(d.pop("kind"))




        contact_change_verify = cls(
            code=code,
            kind=kind,
        )

        return contact_change_verify

