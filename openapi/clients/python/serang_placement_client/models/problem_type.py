from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ProblemType")



@_attrs_define
class ProblemType:
    """ 
        Attributes:
            code (str):
            title_en (str):
            title_id (str):
            detail_en (str):
            detail_id (str):
     """

    code: str
    title_en: str
    title_id: str
    detail_en: str
    detail_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title_en = self.title_en

        title_id = self.title_id

        detail_en = self.detail_en

        detail_id = self.detail_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "title_en": title_en,
            "title_id": title_id,
            "detail_en": detail_en,
            "detail_id": detail_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title_en = d.pop("title_en")

        title_id = d.pop("title_id")

        detail_en = d.pop("detail_en")

        detail_id = d.pop("detail_id")

        problem_type = cls(
            code=code,
            title_en=title_en,
            title_id=title_id,
            detail_en=detail_en,
            detail_id=detail_id,
        )


        problem_type.additional_properties = d
        return problem_type

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
