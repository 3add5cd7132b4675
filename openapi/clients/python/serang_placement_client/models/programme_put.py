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






T = TypeVar("T", bound="ProgrammePut")



@_attrs_define
class ProgrammePut:
    """ The whole programme as the provider's system holds it (PUT replaces every field).

        Attributes:
            subject (str): e.g. 'Bahasa Jepang N4', 'Persiapan EPS-TOPIK'.
            credential_type (CredentialType):
            duration_weeks (int):
            location (str):
            cost_amount (int): What the course costs in whole units of IDR (370000 is Rp370.000); never minor units: no sen,
                no cents, no fractions. 0: free.
            cost_payer (CostPayer):
            credential_level (None | str | Unset): Level a pass grants: JLPT N5..N1; JFT-Basic A2.
            credential_score (int | None | Unset): EPS-TOPIK score the course prepares for.
            credential_field (None | str | Unset): SSW field, competency scheme or training subject.
            status (ProgrammeStatus | Unset):
     """

    subject: str
    credential_type: CredentialType
    duration_weeks: int
    location: str
    cost_amount: int
    cost_payer: CostPayer
    credential_level: None | str | Unset = UNSET
    credential_score: int | None | Unset = UNSET
    credential_field: None | str | Unset = UNSET
    status: ProgrammeStatus | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        credential_type = self.credential_type.value

        duration_weeks = self.duration_weeks

        location = self.location

        cost_amount = self.cost_amount

        cost_payer = self.cost_payer.value

        credential_level: None | str | Unset
        if isinstance(self.credential_level, Unset):
            credential_level = UNSET
        else:
            credential_level = self.credential_level

        credential_score: int | None | Unset
        if isinstance(self.credential_score, Unset):
            credential_score = UNSET
        else:
            credential_score = self.credential_score

        credential_field: None | str | Unset
        if isinstance(self.credential_field, Unset):
            credential_field = UNSET
        else:
            credential_field = self.credential_field

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "subject": subject,
            "credential_type": credential_type,
            "duration_weeks": duration_weeks,
            "location": location,
            "cost_amount": cost_amount,
            "cost_payer": cost_payer,
        })
        if credential_level is not UNSET:
            field_dict["credential_level"] = credential_level
        if credential_score is not UNSET:
            field_dict["credential_score"] = credential_score
        if credential_field is not UNSET:
            field_dict["credential_field"] = credential_field
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        credential_type = CredentialType(d.pop("credential_type"))




        duration_weeks = d.pop("duration_weeks")

        location = d.pop("location")

        cost_amount = d.pop("cost_amount")

        cost_payer = CostPayer(d.pop("cost_payer"))




        def _parse_credential_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_level = _parse_credential_level(d.pop("credential_level", UNSET))


        def _parse_credential_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credential_score = _parse_credential_score(d.pop("credential_score", UNSET))


        def _parse_credential_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_field = _parse_credential_field(d.pop("credential_field", UNSET))


        _status = d.pop("status", UNSET)
        status: ProgrammeStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ProgrammeStatus(_status)




        programme_put = cls(
            subject=subject,
            credential_type=credential_type,
            duration_weeks=duration_weeks,
            location=location,
            cost_amount=cost_amount,
            cost_payer=cost_payer,
            credential_level=credential_level,
            credential_score=credential_score,
            credential_field=credential_field,
            status=status,
        )

        return programme_put

