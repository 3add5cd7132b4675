from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credential_type import CredentialType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RequiredCertificate")



@_attrs_define
class RequiredCertificate:
    """ 
        Attributes:
            type_ (CredentialType):
            field (None | str | Unset): e.g. the SSW field or trade.
     """

    type_: CredentialType
    field: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "type": type_,
        })
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CredentialType(d.pop("type"))




        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))


        required_certificate = cls(
            type_=type_,
            field=field,
        )

        return required_certificate

