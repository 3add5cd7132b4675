from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.missing_requirement import MissingRequirement





T = TypeVar("T", bound="DemandRow")



@_attrs_define
class DemandRow:
    """ 
        Attributes:
            country (str):
            scheme (str):
            sector (str):
            job_orders (int):
            open_positions (int):
            eligible_people (int): Consenting people who meet every rule.
            near_eligible_people (int): Consenting people missing exactly one rule.
            gap (int): Open positions beyond the eligible people (0 if none).
            missing (list[MissingRequirement]): What near-eligible people lack.
     """

    country: str
    scheme: str
    sector: str
    job_orders: int
    open_positions: int
    eligible_people: int
    near_eligible_people: int
    gap: int
    missing: list[MissingRequirement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.missing_requirement import MissingRequirement # noqa: PLC0415
        country = self.country

        scheme = self.scheme

        sector = self.sector

        job_orders = self.job_orders

        open_positions = self.open_positions

        eligible_people = self.eligible_people

        near_eligible_people = self.near_eligible_people

        gap = self.gap

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "scheme": scheme,
            "sector": sector,
            "job_orders": job_orders,
            "open_positions": open_positions,
            "eligible_people": eligible_people,
            "near_eligible_people": near_eligible_people,
            "gap": gap,
            "missing": missing,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_requirement import MissingRequirement # noqa: PLC0415
        d = dict(src_dict)
        country = d.pop("country")

        scheme = d.pop("scheme")

        sector = d.pop("sector")

        job_orders = d.pop("job_orders")

        open_positions = d.pop("open_positions")

        eligible_people = d.pop("eligible_people")

        near_eligible_people = d.pop("near_eligible_people")

        gap = d.pop("gap")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in (_missing):
            missing_item = MissingRequirement.from_dict(missing_item_data)



            missing.append(missing_item)


        demand_row = cls(
            country=country,
            scheme=scheme,
            sector=sector,
            job_orders=job_orders,
            open_positions=open_positions,
            eligible_people=eligible_people,
            near_eligible_people=near_eligible_people,
            gap=gap,
            missing=missing,
        )


        demand_row.additional_properties = d
        return demand_row

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
