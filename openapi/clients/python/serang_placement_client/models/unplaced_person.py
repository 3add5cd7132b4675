from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="UnplacedPerson")



@_attrs_define
class UnplacedPerson:
    """ 
        Attributes:
            applicant_id (int):
            reason (str): `openings_taken`: eligible, but outscored everywhere.
            eligible_job_orders (int):
     """

    applicant_id: int
    reason: str
    eligible_job_orders: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        applicant_id = self.applicant_id

        reason = self.reason

        eligible_job_orders = self.eligible_job_orders


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant_id": applicant_id,
            "reason": reason,
            "eligible_job_orders": eligible_job_orders,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applicant_id = d.pop("applicant_id")

        reason = d.pop("reason")

        eligible_job_orders = d.pop("eligible_job_orders")

        unplaced_person = cls(
            applicant_id=applicant_id,
            reason=reason,
            eligible_job_orders=eligible_job_orders,
        )


        unplaced_person.additional_properties = d
        return unplaced_person

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
