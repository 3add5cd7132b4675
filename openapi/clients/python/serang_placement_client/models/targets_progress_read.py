from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.progress_filters import ProgressFilters
  from ..models.target_progress import TargetProgress





T = TypeVar("T", bound="TargetsProgressRead")



@_attrs_define
class TargetsProgressRead:
    """ 
        Attributes:
            year (int):
            as_of (datetime.datetime):
            filters (ProgressFilters):
            targets (list[TargetProgress]): The year's targets, by metric, id.
     """

    year: int
    as_of: datetime.datetime
    filters: ProgressFilters
    targets: list[TargetProgress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.progress_filters import ProgressFilters # noqa: PLC0415
        from ..models.target_progress import TargetProgress # noqa: PLC0415
        year = self.year

        as_of = self.as_of.isoformat()

        filters = self.filters.to_dict()

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "as_of": as_of,
            "filters": filters,
            "targets": targets,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_filters import ProgressFilters # noqa: PLC0415
        from ..models.target_progress import TargetProgress # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))




        filters = ProgressFilters.from_dict(d.pop("filters"))




        targets = []
        _targets = d.pop("targets")
        for targets_item_data in (_targets):
            targets_item = TargetProgress.from_dict(targets_item_data)



            targets.append(targets_item)


        targets_progress_read = cls(
            year=year,
            as_of=as_of,
            filters=filters,
            targets=targets,
        )


        targets_progress_read.additional_properties = d
        return targets_progress_read

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
