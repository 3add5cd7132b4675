from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.enrolment_status import EnrolmentStatus
from typing import cast
import datetime






T = TypeVar("T", bound="EnrolmentRead")



@_attrs_define
class EnrolmentRead:
    """ 
        Attributes:
            id (int):
            cohort_id (int):
            applicant_id (int):
            status (EnrolmentStatus):
            result_level (None | str):
            result_score (int | None):
            credential_id (int | None):
            enrolled_by (str):
            completed_on (datetime.date | None):
            enrolled_at (datetime.datetime):
            reported_at (datetime.datetime | None):
            withdrawn_at (datetime.datetime | None):
            updated_at (datetime.datetime):
     """

    id: int
    cohort_id: int
    applicant_id: int
    status: EnrolmentStatus
    result_level: None | str
    result_score: int | None
    credential_id: int | None
    enrolled_by: str
    completed_on: datetime.date | None
    enrolled_at: datetime.datetime
    reported_at: datetime.datetime | None
    withdrawn_at: datetime.datetime | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cohort_id = self.cohort_id

        applicant_id = self.applicant_id

        status = self.status.value

        result_level: None | str
        result_level = self.result_level

        result_score: int | None
        result_score = self.result_score

        credential_id: int | None
        credential_id = self.credential_id

        enrolled_by = self.enrolled_by

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        enrolled_at = self.enrolled_at.isoformat()

        reported_at: None | str
        if isinstance(self.reported_at, datetime.datetime):
            reported_at = self.reported_at.isoformat()
        else:
            reported_at = self.reported_at

        withdrawn_at: None | str
        if isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "cohort_id": cohort_id,
            "applicant_id": applicant_id,
            "status": status,
            "result_level": result_level,
            "result_score": result_score,
            "credential_id": credential_id,
            "enrolled_by": enrolled_by,
            "completed_on": completed_on,
            "enrolled_at": enrolled_at,
            "reported_at": reported_at,
            "withdrawn_at": withdrawn_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        cohort_id = d.pop("cohort_id")

        applicant_id = d.pop("applicant_id")

        status = EnrolmentStatus(d.pop("status"))




        def _parse_result_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_level = _parse_result_level(d.pop("result_level"))


        def _parse_result_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        result_score = _parse_result_score(d.pop("result_score"))


        def _parse_credential_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        credential_id = _parse_credential_id(d.pop("credential_id"))


        enrolled_by = d.pop("enrolled_by")

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)



                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))


        enrolled_at = datetime.datetime.fromisoformat(d.pop("enrolled_at"))




        def _parse_reported_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_at_type_0 = datetime.datetime.fromisoformat(data)



                return reported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reported_at = _parse_reported_at(d.pop("reported_at"))


        def _parse_withdrawn_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)



                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        enrolment_read = cls(
            id=id,
            cohort_id=cohort_id,
            applicant_id=applicant_id,
            status=status,
            result_level=result_level,
            result_score=result_score,
            credential_id=credential_id,
            enrolled_by=enrolled_by,
            completed_on=completed_on,
            enrolled_at=enrolled_at,
            reported_at=reported_at,
            withdrawn_at=withdrawn_at,
            updated_at=updated_at,
        )


        enrolment_read.additional_properties = d
        return enrolment_read

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
