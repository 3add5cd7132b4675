from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.link_pending import LinkPending





T = TypeVar("T", bound="MeRead")



@_attrs_define
class MeRead:
    """ 
        Attributes:
            kind (str):
            id (int):
            role (str):
            full_name (None | str | Unset):
            email (None | str | Unset):
            phone (None | str | Unset):
            applicant_id (int | None | Unset):
            partner_id (int | None | Unset):
            client_id (None | str | Unset):
            scopes (list[str] | Unset):
            link (LinkPending | None | Unset): Set while the account waits to be linked to its record.
     """

    kind: str
    id: int
    role: str
    full_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    applicant_id: int | None | Unset = UNSET
    partner_id: int | None | Unset = UNSET
    client_id: None | str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    link: LinkPending | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.link_pending import LinkPending # noqa: PLC0415
        kind = self.kind

        id = self.id

        role = self.role

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        applicant_id: int | None | Unset
        if isinstance(self.applicant_id, Unset):
            applicant_id = UNSET
        else:
            applicant_id = self.applicant_id

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes



        link: dict[str, Any] | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, LinkPending):
            link = self.link.to_dict()
        else:
            link = self.link


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "id": id,
            "role": role,
        })
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if applicant_id is not UNSET:
            field_dict["applicant_id"] = applicant_id
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_pending import LinkPending # noqa: PLC0415
        d = dict(src_dict)
        kind = d.pop("kind")

        id = d.pop("id")

        role = d.pop("role")

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        def _parse_applicant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        applicant_id = _parse_applicant_id(d.pop("applicant_id", UNSET))


        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))


        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))


        scopes = cast(list[str], d.pop("scopes", UNSET))


        def _parse_link(data: object) -> LinkPending | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = LinkPending.from_dict(data)



                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkPending | None | Unset, data)

        link = _parse_link(d.pop("link", UNSET))


        me_read = cls(
            kind=kind,
            id=id,
            role=role,
            full_name=full_name,
            email=email,
            phone=phone,
            applicant_id=applicant_id,
            partner_id=partner_id,
            client_id=client_id,
            scopes=scopes,
            link=link,
        )


        me_read.additional_properties = d
        return me_read

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
