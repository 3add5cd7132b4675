from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="FilledJobOrder")



@_attrs_define
class FilledJobOrder:
    """ 
        Attributes:
            vacancy_id (int):
            openings_remaining (int): Openings free when the run started.
            pending_proposals (int): Its proposals still pending (at `matched`) when the run started.
            capacity (int): How many this run could propose: openings_remaining x candidates_per_opening -
                pending_proposals, never below 0.
            proposed (int):
     """

    vacancy_id: int
    openings_remaining: int
    pending_proposals: int
    capacity: int
    proposed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        vacancy_id = self.vacancy_id

        openings_remaining = self.openings_remaining

        pending_proposals = self.pending_proposals

        capacity = self.capacity

        proposed = self.proposed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "vacancy_id": vacancy_id,
            "openings_remaining": openings_remaining,
            "pending_proposals": pending_proposals,
            "capacity": capacity,
            "proposed": proposed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vacancy_id = d.pop("vacancy_id")

        openings_remaining = d.pop("openings_remaining")

        pending_proposals = d.pop("pending_proposals")

        capacity = d.pop("capacity")

        proposed = d.pop("proposed")

        filled_job_order = cls(
            vacancy_id=vacancy_id,
            openings_remaining=openings_remaining,
            pending_proposals=pending_proposals,
            capacity=capacity,
            proposed=proposed,
        )


        filled_job_order.additional_properties = d
        return filled_job_order

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
