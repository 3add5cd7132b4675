from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AreaSource")



@_attrs_define
class AreaSource:
    """ The legal act an area list comes from, and when it was last checked against it.

        Attributes:
            title (str):
            number (str):
            year (int):
            issued_on (datetime.date):
            checked_on (datetime.date):
            note (str):
     """

    title: str
    number: str
    year: int
    issued_on: datetime.date
    checked_on: datetime.date
    note: str





    def to_dict(self) -> dict[str, Any]:
        title = self.title

        number = self.number

        year = self.year

        issued_on = self.issued_on.isoformat()

        checked_on = self.checked_on.isoformat()

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
            "number": number,
            "year": year,
            "issued_on": issued_on,
            "checked_on": checked_on,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        number = d.pop("number")

        year = d.pop("year")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))




        checked_on = datetime.date.fromisoformat(d.pop("checked_on"))




        note = d.pop("note")

        area_source = cls(
            title=title,
            number=number,
            year=year,
            issued_on=issued_on,
            checked_on=checked_on,
            note=note,
        )

        return area_source

