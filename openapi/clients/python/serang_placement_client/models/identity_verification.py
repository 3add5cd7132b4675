from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="IdentityVerification")



@_attrs_define
class IdentityVerification:
    """ An officer compared the record with the person's KTP-el and found it right.

        Attributes:
            note (str): What was checked, e.g. 'KTP-el seen at the office; birth date as on the KTP and the birth
                certificate (corrected 2019)'.
     """

    note: str





    def to_dict(self) -> dict[str, Any]:
        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note")

        identity_verification = cls(
            note=note,
        )

        return identity_verification

