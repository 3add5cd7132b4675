from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credential_kind import CredentialKind
from ..models.credential_type import CredentialType
from ..models.verification import Verification
from typing import cast
import datetime






T = TypeVar("T", bound="CredentialRead")



@_attrs_define
class CredentialRead:
    """ 
        Attributes:
            id (int):
            applicant_id (int):
            kind (CredentialKind):
            type_ (CredentialType):
            level (None | str):
            score (int | None):
            field (None | str):
            issuer (str):
            certificate_number (None | str):
            issued_on (datetime.date):
            expires_on (datetime.date | None):
            expired (bool):
            verification (Verification):
            verified_at (datetime.datetime | None):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    applicant_id: int
    kind: CredentialKind
    type_: CredentialType
    level: None | str
    score: int | None
    field: None | str
    issuer: str
    certificate_number: None | str
    issued_on: datetime.date
    expires_on: datetime.date | None
    expired: bool
    verification: Verification
    verified_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        applicant_id = self.applicant_id

        kind = self.kind.value

        type_ = self.type_.value

        level: None | str
        level = self.level

        score: int | None
        score = self.score

        field: None | str
        field = self.field

        issuer = self.issuer

        certificate_number: None | str
        certificate_number = self.certificate_number

        issued_on = self.issued_on.isoformat()

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        expired = self.expired

        verification = self.verification.value

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "applicant_id": applicant_id,
            "kind": kind,
            "type": type_,
            "level": level,
            "score": score,
            "field": field,
            "issuer": issuer,
            "certificate_number": certificate_number,
            "issued_on": issued_on,
            "expires_on": expires_on,
            "expired": expired,
            "verification": verification,
            "verified_at": verified_at,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        applicant_id = d.pop("applicant_id")

        kind = CredentialKind(d.pop("kind"))




        type_ = CredentialType(d.pop("type"))




        def _parse_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        level = _parse_level(d.pop("level"))


        def _parse_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        score = _parse_score(d.pop("score"))


        def _parse_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        field = _parse_field(d.pop("field"))


        issuer = d.pop("issuer")

        def _parse_certificate_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_number = _parse_certificate_number(d.pop("certificate_number"))


        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))




        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expires_on"))


        expired = d.pop("expired")

        verification = Verification(d.pop("verification"))




        def _parse_verified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)



                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verified_at = _parse_verified_at(d.pop("verified_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        credential_read = cls(
            id=id,
            applicant_id=applicant_id,
            kind=kind,
            type_=type_,
            level=level,
            score=score,
            field=field,
            issuer=issuer,
            certificate_number=certificate_number,
            issued_on=issued_on,
            expires_on=expires_on,
            expired=expired,
            verification=verification,
            verified_at=verified_at,
            created_at=created_at,
            updated_at=updated_at,
        )


        credential_read.additional_properties = d
        return credential_read

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
