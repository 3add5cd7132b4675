from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.application_stage import ApplicationStage
from typing import cast

if TYPE_CHECKING:
  from ..models.closed_count_from_stages import ClosedCountFromStages
  from ..models.reason_count import ReasonCount





T = TypeVar("T", bound="ClosedCount")



@_attrs_define
class ClosedCount:
    """ 
        Attributes:
            stage (ApplicationStage):
            applications (int):
            from_stages (ClosedCountFromStages): The stage each was closed from.
            top_reasons (list[ReasonCount]): The five most given reasons.
     """

    stage: ApplicationStage
    applications: int
    from_stages: ClosedCountFromStages
    top_reasons: list[ReasonCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.closed_count_from_stages import ClosedCountFromStages # noqa: PLC0415
        from ..models.reason_count import ReasonCount # noqa: PLC0415
        stage = self.stage.value

        applications = self.applications

        from_stages = self.from_stages.to_dict()

        top_reasons = []
        for top_reasons_item_data in self.top_reasons:
            top_reasons_item = top_reasons_item_data.to_dict()
            top_reasons.append(top_reasons_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "stage": stage,
            "applications": applications,
            "from_stages": from_stages,
            "top_reasons": top_reasons,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closed_count_from_stages import ClosedCountFromStages # noqa: PLC0415
        from ..models.reason_count import ReasonCount # noqa: PLC0415
        d = dict(src_dict)
        stage = ApplicationStage(d.pop("stage"))




        applications = d.pop("applications")

        from_stages = ClosedCountFromStages.from_dict(d.pop("from_stages"))




        top_reasons = []
        _top_reasons = d.pop("top_reasons")
        for top_reasons_item_data in (_top_reasons):
            top_reasons_item = ReasonCount.from_dict(top_reasons_item_data)



            top_reasons.append(top_reasons_item)


        closed_count = cls(
            stage=stage,
            applications=applications,
            from_stages=from_stages,
            top_reasons=top_reasons,
        )


        closed_count.additional_properties = d
        return closed_count

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
