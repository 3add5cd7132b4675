from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.applicant_create import ApplicantCreate





T = TypeVar("T", bound="RegisterRequest")



@_attrs_define
class RegisterRequest:
    """ A job seeker signs up: a login (e-mail or phone), a password and the applicant record.

    If the office already imported an applicant with this NIK and the same birth date, no
    second record is made: the account is created unlinked and sees nothing of that record
    until the person proves it is theirs, with a code sent to the phone or e-mail already on
    the record (`POST /api/v1/auth/link/verify`), or at the office. The answer's `link` says
    which.

        Attributes:
            password (str):
            applicant (ApplicantCreate):
            email (None | str | Unset):
            phone (None | str | Unset):
     """

    password: str
    applicant: ApplicantCreate
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.applicant_create import ApplicantCreate # noqa: PLC0415
        password = self.password

        applicant = self.applicant.to_dict()

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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "password": password,
            "applicant": applicant,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applicant_create import ApplicantCreate # noqa: PLC0415
        d = dict(src_dict)
        password = d.pop("password")

        applicant = ApplicantCreate.from_dict(d.pop("applicant"))




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


        register_request = cls(
            password=password,
            applicant=applicant,
            email=email,
            phone=phone,
        )

        return register_request

