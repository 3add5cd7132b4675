from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PublicTraining")



@_attrs_define
class PublicTraining:
    """ A programme with a free seat in a cohort not yet started that fills a requirement.

        Attributes:
            provider (str):
            city (None | str):
            programme_id (int | None):
            programme (None | str):
            next_cohort_starts_on (datetime.date | None):
            free_seats (int | None):
     """

    provider: str
    city: None | str
    programme_id: int | None
    programme: None | str
    next_cohort_starts_on: datetime.date | None
    free_seats: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        city: None | str
        city = self.city

        programme_id: int | None
        programme_id = self.programme_id

        programme: None | str
        programme = self.programme

        next_cohort_starts_on: None | str
        if isinstance(self.next_cohort_starts_on, datetime.date):
            next_cohort_starts_on = self.next_cohort_starts_on.isoformat()
        else:
            next_cohort_starts_on = self.next_cohort_starts_on

        free_seats: int | None
        free_seats = self.free_seats


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "provider": provider,
            "city": city,
            "programme_id": programme_id,
            "programme": programme,
            "next_cohort_starts_on": next_cohort_starts_on,
            "free_seats": free_seats,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider")

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))


        def _parse_programme_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        programme_id = _parse_programme_id(d.pop("programme_id"))


        def _parse_programme(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        programme = _parse_programme(d.pop("programme"))


        def _parse_next_cohort_starts_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_cohort_starts_on_type_0 = datetime.date.fromisoformat(data)



                return next_cohort_starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_cohort_starts_on = _parse_next_cohort_starts_on(d.pop("next_cohort_starts_on"))


        def _parse_free_seats(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        free_seats = _parse_free_seats(d.pop("free_seats"))


        public_training = cls(
            provider=provider,
            city=city,
            programme_id=programme_id,
            programme=programme,
            next_cohort_starts_on=next_cohort_starts_on,
            free_seats=free_seats,
        )


        public_training.additional_properties = d
        return public_training

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
