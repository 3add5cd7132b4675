from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.demand_row import DemandRow
  from ..models.supply_read import SupplyRead





T = TypeVar("T", bound="SupplyDemandRead")



@_attrs_define
class SupplyDemandRead:
    """ 
        Attributes:
            as_of (datetime.date):
            demand (list[DemandRow]):
            supply (SupplyRead):
     """

    as_of: datetime.date
    demand: list[DemandRow]
    supply: SupplyRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.demand_row import DemandRow # noqa: PLC0415
        from ..models.supply_read import SupplyRead # noqa: PLC0415
        as_of = self.as_of.isoformat()

        demand = []
        for demand_item_data in self.demand:
            demand_item = demand_item_data.to_dict()
            demand.append(demand_item)



        supply = self.supply.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_of": as_of,
            "demand": demand,
            "supply": supply,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.demand_row import DemandRow # noqa: PLC0415
        from ..models.supply_read import SupplyRead # noqa: PLC0415
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        demand = []
        _demand = d.pop("demand")
        for demand_item_data in (_demand):
            demand_item = DemandRow.from_dict(demand_item_data)



            demand.append(demand_item)


        supply = SupplyRead.from_dict(d.pop("supply"))




        supply_demand_read = cls(
            as_of=as_of,
            demand=demand,
            supply=supply,
        )


        supply_demand_read.additional_properties = d
        return supply_demand_read

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
