from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.application_stage import ApplicationStage
from typing import cast






T = TypeVar("T", bound="StageDuration")



@_attrs_define
class StageDuration:
    """ 
        Attributes:
            from_stage (ApplicationStage):
            to_stage (ApplicationStage):
            applications (int): Applications that entered both stages.
            median_days (float | None): Median of the days between entering the two stages, one decimal; null when no
                application entered both.
     """

    from_stage: ApplicationStage
    to_stage: ApplicationStage
    applications: int
    median_days: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from_stage = self.from_stage.value

        to_stage = self.to_stage.value

        applications = self.applications

        median_days: float | None
        median_days = self.median_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "from_stage": from_stage,
            "to_stage": to_stage,
            "applications": applications,
            "median_days": median_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_stage = ApplicationStage(d.pop("from_stage"))




        to_stage = ApplicationStage(d.pop("to_stage"))




        applications = d.pop("applications")

        def _parse_median_days(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days = _parse_median_days(d.pop("median_days"))


        stage_duration = cls(
            from_stage=from_stage,
            to_stage=to_stage,
            applications=applications,
            median_days=median_days,
        )


        stage_duration.additional_properties = d
        return stage_duration

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
