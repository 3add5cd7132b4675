from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cost_payer import CostPayer
from ..models.credential_type import CredentialType
from ..models.programme_status import ProgrammeStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.cohort_read import CohortRead





T = TypeVar("T", bound="ProgrammeRead")



@_attrs_define
class ProgrammeRead:
    """ 
        Attributes:
            id (int):
            provider_id (int):
            provider_name (str):
            external_id (str):
            subject (str):
            credential_type (CredentialType):
            credential_level (None | str):
            credential_score (int | None):
            credential_field (None | str):
            duration_weeks (int):
            location (str):
            cost_amount (int): What the course costs in whole units of IDR (370000 is Rp370.000); never minor units: no sen,
                no cents, no fractions. 0: free.
            cost_payer (CostPayer):
            status (ProgrammeStatus):
            version (int):
            cohorts (list[CohortRead]): Cohorts not yet ended, by start date.
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            cost_currency (str | Unset): Always IDR: courses are in rupiah. Default: 'IDR'.
     """

    id: int
    provider_id: int
    provider_name: str
    external_id: str
    subject: str
    credential_type: CredentialType
    credential_level: None | str
    credential_score: int | None
    credential_field: None | str
    duration_weeks: int
    location: str
    cost_amount: int
    cost_payer: CostPayer
    status: ProgrammeStatus
    version: int
    cohorts: list[CohortRead]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    cost_currency: str | Unset = 'IDR'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cohort_read import CohortRead # noqa: PLC0415
        id = self.id

        provider_id = self.provider_id

        provider_name = self.provider_name

        external_id = self.external_id

        subject = self.subject

        credential_type = self.credential_type.value

        credential_level: None | str
        credential_level = self.credential_level

        credential_score: int | None
        credential_score = self.credential_score

        credential_field: None | str
        credential_field = self.credential_field

        duration_weeks = self.duration_weeks

        location = self.location

        cost_amount = self.cost_amount

        cost_payer = self.cost_payer.value

        status = self.status.value

        version = self.version

        cohorts = []
        for cohorts_item_data in self.cohorts:
            cohorts_item = cohorts_item_data.to_dict()
            cohorts.append(cohorts_item)



        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        cost_currency = self.cost_currency


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "provider_id": provider_id,
            "provider_name": provider_name,
            "external_id": external_id,
            "subject": subject,
            "credential_type": credential_type,
            "credential_level": credential_level,
            "credential_score": credential_score,
            "credential_field": credential_field,
            "duration_weeks": duration_weeks,
            "location": location,
            "cost_amount": cost_amount,
            "cost_payer": cost_payer,
            "status": status,
            "version": version,
            "cohorts": cohorts,
            "created_at": created_at,
            "updated_at": updated_at,
        })
        if cost_currency is not UNSET:
            field_dict["cost_currency"] = cost_currency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cohort_read import CohortRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        provider_id = d.pop("provider_id")

        provider_name = d.pop("provider_name")

        external_id = d.pop("external_id")

        subject = d.pop("subject")

        credential_type = CredentialType(d.pop("credential_type"))




        def _parse_credential_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        credential_level = _parse_credential_level(d.pop("credential_level"))


        def _parse_credential_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        credential_score = _parse_credential_score(d.pop("credential_score"))


        def _parse_credential_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        credential_field = _parse_credential_field(d.pop("credential_field"))


        duration_weeks = d.pop("duration_weeks")

        location = d.pop("location")

        cost_amount = d.pop("cost_amount")

        cost_payer = CostPayer(d.pop("cost_payer"))




        status = ProgrammeStatus(d.pop("status"))




        version = d.pop("version")

        cohorts = []
        _cohorts = d.pop("cohorts")
        for cohorts_item_data in (_cohorts):
            cohorts_item = CohortRead.from_dict(cohorts_item_data)



            cohorts.append(cohorts_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        cost_currency = d.pop("cost_currency", UNSET)

        programme_read = cls(
            id=id,
            provider_id=provider_id,
            provider_name=provider_name,
            external_id=external_id,
            subject=subject,
            credential_type=credential_type,
            credential_level=credential_level,
            credential_score=credential_score,
            credential_field=credential_field,
            duration_weeks=duration_weeks,
            location=location,
            cost_amount=cost_amount,
            cost_payer=cost_payer,
            status=status,
            version=version,
            cohorts=cohorts,
            created_at=created_at,
            updated_at=updated_at,
            cost_currency=cost_currency,
        )


        programme_read.additional_properties = d
        return programme_read

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
