from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sector import Sector
from ..models.target_metric import TargetMetric
from typing import cast






T = TypeVar("T", bound="TargetProgress")



@_attrs_define
class TargetProgress:
    """ 
        Attributes:
            target_id (int):
            metric (TargetMetric):
            country (None | str): Null: every country.
            sector (None | Sector): Null: every sector.
            number (int):
            stretch_number (int | None):
            achieved (int): Distinct people. Departures: whose application entered `departed` during the year (the date of
                that history entry; the application may since be working or returned), to a job order of the target's country
                and sector. Trained: whose enrolment was completed (passed) with a completion date in the year.
            in_pipeline (int): Distinct people not counted in `achieved`, as of now. Departures: with an application now
                `selected` or `documents` (past selection, holding an opening, not yet departed) to a job order of the target's
                country and sector. Trained: enrolled now in a cohort that is not cancelled.
            gap (int): `number` minus `achieved`, 0 once reached.
            stretch_gap (int | None): `stretch_number` minus `achieved`, 0 once reached; null without a range.
            percent (float): `achieved` as a percentage of `number`, one decimal.
            ignored_filters (list[str]): Query filters that do not apply to this target. Training has no sector: for trained
                targets the sector (the target's and the query's) is not applied; a country is applied through the credential a
                programme grants (JLPT, JFT-Basic, nursing-care Japanese and SSW skill tests for JP; EPS-TOPIK and Korean skills
                tests for KR), and programmes granting a credential of no country count only when no country is named.
     """

    target_id: int
    metric: TargetMetric
    country: None | str
    sector: None | Sector
    number: int
    stretch_number: int | None
    achieved: int
    in_pipeline: int
    gap: int
    stretch_gap: int | None
    percent: float
    ignored_filters: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        target_id = self.target_id

        metric = self.metric.value

        country: None | str
        country = self.country

        sector: None | str
        if isinstance(self.sector, Sector):
            sector = self.sector.value
        else:
            sector = self.sector

        number = self.number

        stretch_number: int | None
        stretch_number = self.stretch_number

        achieved = self.achieved

        in_pipeline = self.in_pipeline

        gap = self.gap

        stretch_gap: int | None
        stretch_gap = self.stretch_gap

        percent = self.percent

        ignored_filters = self.ignored_filters




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "target_id": target_id,
            "metric": metric,
            "country": country,
            "sector": sector,
            "number": number,
            "stretch_number": stretch_number,
            "achieved": achieved,
            "in_pipeline": in_pipeline,
            "gap": gap,
            "stretch_gap": stretch_gap,
            "percent": percent,
            "ignored_filters": ignored_filters,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_id = d.pop("target_id")

        metric = TargetMetric(d.pop("metric"))




        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))


        def _parse_sector(data: object) -> None | Sector:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sector_type_0 = Sector(data)



                return sector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sector, data)

        sector = _parse_sector(d.pop("sector"))


        number = d.pop("number")

        def _parse_stretch_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        stretch_number = _parse_stretch_number(d.pop("stretch_number"))


        achieved = d.pop("achieved")

        in_pipeline = d.pop("in_pipeline")

        gap = d.pop("gap")

        def _parse_stretch_gap(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        stretch_gap = _parse_stretch_gap(d.pop("stretch_gap"))


        percent = d.pop("percent")

        ignored_filters = cast(list[str], d.pop("ignored_filters"))


        target_progress = cls(
            target_id=target_id,
            metric=metric,
            country=country,
            sector=sector,
            number=number,
            stretch_number=stretch_number,
            achieved=achieved,
            in_pipeline=in_pipeline,
            gap=gap,
            stretch_gap=stretch_gap,
            percent=percent,
            ignored_filters=ignored_filters,
        )


        target_progress.additional_properties = d
        return target_progress

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
