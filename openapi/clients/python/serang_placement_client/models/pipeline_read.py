from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.closed_count import ClosedCount
  from ..models.funnel_stage import FunnelStage
  from ..models.progress_filters import ProgressFilters
  from ..models.stage_duration import StageDuration





T = TypeVar("T", bound="PipelineRead")



@_attrs_define
class PipelineRead:
    """ 
        Attributes:
            as_of (datetime.datetime):
            year (int | None): Only applications created in this year, when given.
            filters (ProgressFilters):
            applications (int): Applications counted.
            funnel (list[FunnelStage]): From `matched` to `returned`, in order.
            closed (list[ClosedCount]):
            durations (list[StageDuration]): Consecutive steps from `matched` to `departed`, then `departed` to `returned`
                (time abroad), and `matched` to `departed` overall.
     """

    as_of: datetime.datetime
    year: int | None
    filters: ProgressFilters
    applications: int
    funnel: list[FunnelStage]
    closed: list[ClosedCount]
    durations: list[StageDuration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.closed_count import ClosedCount # noqa: PLC0415
        from ..models.funnel_stage import FunnelStage # noqa: PLC0415
        from ..models.progress_filters import ProgressFilters # noqa: PLC0415
        from ..models.stage_duration import StageDuration # noqa: PLC0415
        as_of = self.as_of.isoformat()

        year: int | None
        year = self.year

        filters = self.filters.to_dict()

        applications = self.applications

        funnel = []
        for funnel_item_data in self.funnel:
            funnel_item = funnel_item_data.to_dict()
            funnel.append(funnel_item)



        closed = []
        for closed_item_data in self.closed:
            closed_item = closed_item_data.to_dict()
            closed.append(closed_item)



        durations = []
        for durations_item_data in self.durations:
            durations_item = durations_item_data.to_dict()
            durations.append(durations_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_of": as_of,
            "year": year,
            "filters": filters,
            "applications": applications,
            "funnel": funnel,
            "closed": closed,
            "durations": durations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closed_count import ClosedCount # noqa: PLC0415
        from ..models.funnel_stage import FunnelStage # noqa: PLC0415
        from ..models.progress_filters import ProgressFilters # noqa: PLC0415
        from ..models.stage_duration import StageDuration # noqa: PLC0415
        d = dict(src_dict)
        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))




        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))


        filters = ProgressFilters.from_dict(d.pop("filters"))




        applications = d.pop("applications")

        funnel = []
        _funnel = d.pop("funnel")
        for funnel_item_data in (_funnel):
            funnel_item = FunnelStage.from_dict(funnel_item_data)



            funnel.append(funnel_item)


        closed = []
        _closed = d.pop("closed")
        for closed_item_data in (_closed):
            closed_item = ClosedCount.from_dict(closed_item_data)



            closed.append(closed_item)


        durations = []
        _durations = d.pop("durations")
        for durations_item_data in (_durations):
            durations_item = StageDuration.from_dict(durations_item_data)



            durations.append(durations_item)


        pipeline_read = cls(
            as_of=as_of,
            year=year,
            filters=filters,
            applications=applications,
            funnel=funnel,
            closed=closed,
            durations=durations,
        )


        pipeline_read.additional_properties = d
        return pipeline_read

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
