from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast
import datetime






T = TypeVar("T", bound="UserRead")



@_attrs_define
class UserRead:
    """ 
        Attributes:
            id (int):
            email (None | str):
            phone (None | str):
            full_name (str):
            role (Role):
            applicant_id (int | None):
            is_active (bool):
            created_at (datetime.datetime):
            last_login_at (datetime.datetime | None):
     """

    id: int
    email: None | str
    phone: None | str
    full_name: str
    role: Role
    applicant_id: int | None
    is_active: bool
    created_at: datetime.datetime
    last_login_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        full_name = self.full_name

        role = self.role.value

        applicant_id: int | None
        applicant_id = self.applicant_id

        is_active = self.is_active

        created_at = self.created_at.isoformat()

        last_login_at: None | str
        if isinstance(self.last_login_at, datetime.datetime):
            last_login_at = self.last_login_at.isoformat()
        else:
            last_login_at = self.last_login_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "email": email,
            "phone": phone,
            "full_name": full_name,
            "role": role,
            "applicant_id": applicant_id,
            "is_active": is_active,
            "created_at": created_at,
            "last_login_at": last_login_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        full_name = d.pop("full_name")

        role = Role(d.pop("role"))




        def _parse_applicant_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        applicant_id = _parse_applicant_id(d.pop("applicant_id"))


        is_active = d.pop("is_active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_last_login_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_login_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_login_at = _parse_last_login_at(d.pop("last_login_at"))


        user_read = cls(
            id=id,
            email=email,
            phone=phone,
            full_name=full_name,
            role=role,
            applicant_id=applicant_id,
            is_active=is_active,
            created_at=created_at,
            last_login_at=last_login_at,
        )


        user_read.additional_properties = d
        return user_read

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
