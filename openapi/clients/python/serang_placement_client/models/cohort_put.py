from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cohort_status import CohortStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CohortPut")



@_attrs_define
class CohortPut:
    """ 
        Attributes:
            starts_on (datetime.date):
            ends_on (datetime.date):
            seats (int):
            status (CohortStatus | Unset):
     """

    starts_on: datetime.date
    ends_on: datetime.date
    seats: int
    status: CohortStatus | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        seats = self.seats

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "starts_on": starts_on,
            "ends_on": ends_on,
            "seats": seats,
        })
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        seats = d.pop("seats")

        _status = d.pop("status", UNSET)
        status: CohortStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = CohortStatus(_status)




        cohort_put = cls(
            starts_on=starts_on,
            ends_on=ends_on,
            seats=seats,
            status=status,
        )

        return cohort_put

