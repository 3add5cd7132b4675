from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cohort_status import CohortStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CohortRead")



@_attrs_define
class CohortRead:
    """ 
        Attributes:
            id (int):
            programme_id (int):
            external_id (str):
            starts_on (datetime.date):
            ends_on (datetime.date):
            seats (int):
            enrolled (int):
            free_seats (int):
            status (CohortStatus):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    programme_id: int
    external_id: str
    starts_on: datetime.date
    ends_on: datetime.date
    seats: int
    enrolled: int
    free_seats: int
    status: CohortStatus
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        programme_id = self.programme_id

        external_id = self.external_id

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        seats = self.seats

        enrolled = self.enrolled

        free_seats = self.free_seats

        status = self.status.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "programme_id": programme_id,
            "external_id": external_id,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "seats": seats,
            "enrolled": enrolled,
            "free_seats": free_seats,
            "status": status,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        programme_id = d.pop("programme_id")

        external_id = d.pop("external_id")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        seats = d.pop("seats")

        enrolled = d.pop("enrolled")

        free_seats = d.pop("free_seats")

        status = CohortStatus(d.pop("status"))




        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        cohort_read = cls(
            id=id,
            programme_id=programme_id,
            external_id=external_id,
            starts_on=starts_on,
            ends_on=ends_on,
            seats=seats,
            enrolled=enrolled,
            free_seats=free_seats,
            status=status,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )


        cohort_read.additional_properties = d
        return cohort_read

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
