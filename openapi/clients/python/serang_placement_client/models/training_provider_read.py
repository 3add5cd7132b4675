from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TrainingProviderRead")



@_attrs_define
class TrainingProviderRead:
    """ A training centre and the programme there, with a free seat, that leads to a need.

        Attributes:
            partner_id (int):
            name (str):
            city (None | str):
            programme_id (int | None | Unset):
            programme (None | str | Unset): The programme's subject.
            level (None | str | Unset): The level a pass grants.
            score (int | None | Unset): The score the course prepares for.
            field (None | str | Unset):
            cohort_id (int | None | Unset): The next cohort with a free seat.
            next_cohort_starts_on (datetime.date | None | Unset):
            free_seats (int | None | Unset):
     """

    partner_id: int
    name: str
    city: None | str
    programme_id: int | None | Unset = UNSET
    programme: None | str | Unset = UNSET
    level: None | str | Unset = UNSET
    score: int | None | Unset = UNSET
    field: None | str | Unset = UNSET
    cohort_id: int | None | Unset = UNSET
    next_cohort_starts_on: datetime.date | None | Unset = UNSET
    free_seats: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        partner_id = self.partner_id

        name = self.name

        city: None | str
        city = self.city

        programme_id: int | None | Unset
        if isinstance(self.programme_id, Unset):
            programme_id = UNSET
        else:
            programme_id = self.programme_id

        programme: None | str | Unset
        if isinstance(self.programme, Unset):
            programme = UNSET
        else:
            programme = self.programme

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        cohort_id: int | None | Unset
        if isinstance(self.cohort_id, Unset):
            cohort_id = UNSET
        else:
            cohort_id = self.cohort_id

        next_cohort_starts_on: None | str | Unset
        if isinstance(self.next_cohort_starts_on, Unset):
            next_cohort_starts_on = UNSET
        elif isinstance(self.next_cohort_starts_on, datetime.date):
            next_cohort_starts_on = self.next_cohort_starts_on.isoformat()
        else:
            next_cohort_starts_on = self.next_cohort_starts_on

        free_seats: int | None | Unset
        if isinstance(self.free_seats, Unset):
            free_seats = UNSET
        else:
            free_seats = self.free_seats


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "partner_id": partner_id,
            "name": name,
            "city": city,
        })
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id
        if programme is not UNSET:
            field_dict["programme"] = programme
        if level is not UNSET:
            field_dict["level"] = level
        if score is not UNSET:
            field_dict["score"] = score
        if field is not UNSET:
            field_dict["field"] = field
        if cohort_id is not UNSET:
            field_dict["cohort_id"] = cohort_id
        if next_cohort_starts_on is not UNSET:
            field_dict["next_cohort_starts_on"] = next_cohort_starts_on
        if free_seats is not UNSET:
            field_dict["free_seats"] = free_seats

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_id = d.pop("partner_id")

        name = d.pop("name")

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))


        def _parse_programme_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        programme_id = _parse_programme_id(d.pop("programme_id", UNSET))


        def _parse_programme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        programme = _parse_programme(d.pop("programme", UNSET))


        def _parse_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        level = _parse_level(d.pop("level", UNSET))


        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))


        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))


        def _parse_cohort_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cohort_id = _parse_cohort_id(d.pop("cohort_id", UNSET))


        def _parse_next_cohort_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_cohort_starts_on_type_0 = datetime.date.fromisoformat(data)



                return next_cohort_starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_cohort_starts_on = _parse_next_cohort_starts_on(d.pop("next_cohort_starts_on", UNSET))


        def _parse_free_seats(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        free_seats = _parse_free_seats(d.pop("free_seats", UNSET))


        training_provider_read = cls(
            partner_id=partner_id,
            name=name,
            city=city,
            programme_id=programme_id,
            programme=programme,
            level=level,
            score=score,
            field=field,
            cohort_id=cohort_id,
            next_cohort_starts_on=next_cohort_starts_on,
            free_seats=free_seats,
        )


        training_provider_read.additional_properties = d
        return training_provider_read

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
