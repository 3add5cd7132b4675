from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.filled_job_order import FilledJobOrder
  from ..models.unplaced_person import UnplacedPerson





T = TypeVar("T", bound="RunSummary")



@_attrs_define
class RunSummary:
    """ 
        Attributes:
            job_orders (int):
            openings (int): Openings free when the run started.
            pending_proposals (int): Proposals still pending for these job orders when the run started.
            capacity (int): Proposals the run could make, over all job orders.
            eligible_people (int):
            eligible_pairs (int):
            proposals (int): New applications at `matched`.
            total_score (int): The optimum: the most total score possible.
            filled (list[FilledJobOrder]):
            unplaced_eligible (int):
            unplaced_sample (list[UnplacedPerson]): Up to 100, by applicant id.
            seconds (float):
     """

    job_orders: int
    openings: int
    pending_proposals: int
    capacity: int
    eligible_people: int
    eligible_pairs: int
    proposals: int
    total_score: int
    filled: list[FilledJobOrder]
    unplaced_eligible: int
    unplaced_sample: list[UnplacedPerson]
    seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.filled_job_order import FilledJobOrder # noqa: PLC0415
        from ..models.unplaced_person import UnplacedPerson # noqa: PLC0415
        job_orders = self.job_orders

        openings = self.openings

        pending_proposals = self.pending_proposals

        capacity = self.capacity

        eligible_people = self.eligible_people

        eligible_pairs = self.eligible_pairs

        proposals = self.proposals

        total_score = self.total_score

        filled = []
        for filled_item_data in self.filled:
            filled_item = filled_item_data.to_dict()
            filled.append(filled_item)



        unplaced_eligible = self.unplaced_eligible

        unplaced_sample = []
        for unplaced_sample_item_data in self.unplaced_sample:
            unplaced_sample_item = unplaced_sample_item_data.to_dict()
            unplaced_sample.append(unplaced_sample_item)



        seconds = self.seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "job_orders": job_orders,
            "openings": openings,
            "pending_proposals": pending_proposals,
            "capacity": capacity,
            "eligible_people": eligible_people,
            "eligible_pairs": eligible_pairs,
            "proposals": proposals,
            "total_score": total_score,
            "filled": filled,
            "unplaced_eligible": unplaced_eligible,
            "unplaced_sample": unplaced_sample,
            "seconds": seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filled_job_order import FilledJobOrder # noqa: PLC0415
        from ..models.unplaced_person import UnplacedPerson # noqa: PLC0415
        d = dict(src_dict)
        job_orders = d.pop("job_orders")

        openings = d.pop("openings")

        pending_proposals = d.pop("pending_proposals")

        capacity = d.pop("capacity")

        eligible_people = d.pop("eligible_people")

        eligible_pairs = d.pop("eligible_pairs")

        proposals = d.pop("proposals")

        total_score = d.pop("total_score")

        filled = []
        _filled = d.pop("filled")
        for filled_item_data in (_filled):
            filled_item = FilledJobOrder.from_dict(filled_item_data)



            filled.append(filled_item)


        unplaced_eligible = d.pop("unplaced_eligible")

        unplaced_sample = []
        _unplaced_sample = d.pop("unplaced_sample")
        for unplaced_sample_item_data in (_unplaced_sample):
            unplaced_sample_item = UnplacedPerson.from_dict(unplaced_sample_item_data)



            unplaced_sample.append(unplaced_sample_item)


        seconds = d.pop("seconds")

        run_summary = cls(
            job_orders=job_orders,
            openings=openings,
            pending_proposals=pending_proposals,
            capacity=capacity,
            eligible_people=eligible_people,
            eligible_pairs=eligible_pairs,
            proposals=proposals,
            total_score=total_score,
            filled=filled,
            unplaced_eligible=unplaced_eligible,
            unplaced_sample=unplaced_sample,
            seconds=seconds,
        )


        run_summary.additional_properties = d
        return run_summary

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
