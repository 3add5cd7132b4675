from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DocumentDetails")



@_attrs_define
class DocumentDetails:
    """ The document's number and dates; a PUT replaces all three.

        Attributes:
            number (None | str | Unset):
            issued_on (datetime.date | None | Unset):
            expires_on (datetime.date | None | Unset):
     """

    number: None | str | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if number is not UNSET:
            field_dict["number"] = number
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))


        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)



                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))


        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))


        document_details = cls(
            number=number,
            issued_on=issued_on,
            expires_on=expires_on,
        )

        return document_details

