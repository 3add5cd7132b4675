from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MouDocument")



@_attrs_define
class MouDocument:
    """ 
        Attributes:
            title (str):
            reference (None | str | Unset): Letter number or archive reference.
            dated (datetime.date | None | Unset):
     """

    title: str
    reference: None | str | Unset = UNSET
    dated: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        title = self.title

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        dated: None | str | Unset
        if isinstance(self.dated, Unset):
            dated = UNSET
        elif isinstance(self.dated, datetime.date):
            dated = self.dated.isoformat()
        else:
            dated = self.dated


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
        })
        if reference is not UNSET:
            field_dict["reference"] = reference
        if dated is not UNSET:
            field_dict["dated"] = dated

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))


        def _parse_dated(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dated_type_0 = datetime.date.fromisoformat(data)



                return dated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        dated = _parse_dated(d.pop("dated", UNSET))


        mou_document = cls(
            title=title,
            reference=reference,
            dated=dated,
        )

        return mou_document

