from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TargetUpdate")



@_attrs_define
class TargetUpdate:
    """ 
        Attributes:
            number (int | None | Unset):
            stretch_number (int | None | Unset): Upper end of a range (300-500).
            note (None | str | Unset):
     """

    number: int | None | Unset = UNSET
    stretch_number: int | None | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        stretch_number: int | None | Unset
        if isinstance(self.stretch_number, Unset):
            stretch_number = UNSET
        else:
            stretch_number = self.stretch_number

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if number is not UNSET:
            field_dict["number"] = number
        if stretch_number is not UNSET:
            field_dict["stretch_number"] = stretch_number
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number = _parse_number(d.pop("number", UNSET))


        def _parse_stretch_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stretch_number = _parse_stretch_number(d.pop("stretch_number", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        target_update = cls(
            number=number,
            stretch_number=stretch_number,
            note=note,
        )

        return target_update

