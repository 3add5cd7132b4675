from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="PasswordResetConfirm")



@_attrs_define
class PasswordResetConfirm:
    """ 
        Attributes:
            login (str):
            code (str):
            new_password (str):
     """

    login: str
    code: str
    new_password: str





    def to_dict(self) -> dict[str, Any]:
        login = self.login

        code = self.code

        new_password = self.new_password


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "login": login,
            "code": code,
            "new_password": new_password,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        code = d.pop("code")

        new_password = d.pop("new_password")

        password_reset_confirm = cls(
            login=login,
            code=code,
            new_password=new_password,
        )

        return password_reset_confirm

