from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.partner_kind import PartnerKind
from ..models.partner_status import PartnerStatus
from typing import cast
import datetime






T = TypeVar("T", bound="PartnerRead")



@_attrs_define
class PartnerRead:
    """ 
        Attributes:
            id (int):
            name (str):
            kind (PartnerKind):
            licence_number (None | str):
            country (str):
            city (None | str):
            contact_email (None | str):
            contact_phone (None | str):
            website (None | str):
            status (PartnerStatus):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    name: str
    kind: PartnerKind
    licence_number: None | str
    country: str
    city: None | str
    contact_email: None | str
    contact_phone: None | str
    website: None | str
    status: PartnerStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        licence_number: None | str
        licence_number = self.licence_number

        country = self.country

        city: None | str
        city = self.city

        contact_email: None | str
        contact_email = self.contact_email

        contact_phone: None | str
        contact_phone = self.contact_phone

        website: None | str
        website = self.website

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "kind": kind,
            "licence_number": licence_number,
            "country": country,
            "city": city,
            "contact_email": contact_email,
            "contact_phone": contact_phone,
            "website": website,
            "status": status,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = PartnerKind(d.pop("kind"))




        def _parse_licence_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence_number = _parse_licence_number(d.pop("licence_number"))


        country = d.pop("country")

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))


        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))


        def _parse_contact_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone"))


        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))


        status = PartnerStatus(d.pop("status"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        partner_read = cls(
            id=id,
            name=name,
            kind=kind,
            licence_number=licence_number,
            country=country,
            city=city,
            contact_email=contact_email,
            contact_phone=contact_phone,
            website=website,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )


        partner_read.additional_properties = d
        return partner_read

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
