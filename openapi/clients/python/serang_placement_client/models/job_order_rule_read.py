from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="JobOrderRuleRead")



@_attrs_define
class JobOrderRuleRead:
    """ A requirement a job order may set for itself, checked against the applicant.

        Attributes:
            id (str):
            code (str):
            title (str):
            fields (list[str]): The vacancy fields the requirement comes from.
     """

    id: str
    code: str
    title: str
    fields: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        title = self.title

        fields = self.fields




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "code": code,
            "title": title,
            "fields": fields,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        title = d.pop("title")

        fields = cast(list[str], d.pop("fields"))


        job_order_rule_read = cls(
            id=id,
            code=code,
            title=title,
            fields=fields,
        )


        job_order_rule_read.additional_properties = d
        return job_order_rule_read

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
