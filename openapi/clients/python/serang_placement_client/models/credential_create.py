from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credential_type import CredentialType
from ..models.verification import Verification
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CredentialCreate")



@_attrs_define
class CredentialCreate:
    """ 
        Attributes:
            issuer (str):
            issued_on (datetime.date):
            type_ (CredentialType):
            level (None | str | Unset): JLPT N5..N1; JFT-Basic A2.
            score (int | None | Unset): EPS-TOPIK score.
            field (None | str | Unset): SSW field, competency scheme or training subject.
            certificate_number (None | str | Unset):
            expires_on (datetime.date | None | Unset):
            verification (None | Unset | Verification):
     """

    issuer: str
    issued_on: datetime.date
    type_: CredentialType
    level: None | str | Unset = UNSET
    score: int | None | Unset = UNSET
    field: None | str | Unset = UNSET
    certificate_number: None | str | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    verification: None | Unset | Verification = UNSET





    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        issued_on = self.issued_on.isoformat()

        type_ = self.type_.value

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

        certificate_number: None | str | Unset
        if isinstance(self.certificate_number, Unset):
            certificate_number = UNSET
        else:
            certificate_number = self.certificate_number

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        verification: None | str | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        elif isinstance(self.verification, Verification):
            verification = self.verification.value
        else:
            verification = self.verification


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "issuer": issuer,
            "issued_on": issued_on,
            "type": type_,
        })
        if level is not UNSET:
            field_dict["level"] = level
        if score is not UNSET:
            field_dict["score"] = score
        if field is not UNSET:
            field_dict["field"] = field
        if certificate_number is not UNSET:
            field_dict["certificate_number"] = certificate_number
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if verification is not UNSET:
            field_dict["verification"] = verification

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))




        type_ = CredentialType(d.pop("type"))




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


        def _parse_certificate_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_number = _parse_certificate_number(d.pop("certificate_number", UNSET))


        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))


        def _parse_verification(data: object) -> None | Unset | Verification:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_type_0 = Verification(data)



                return verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Verification, data)

        verification = _parse_verification(d.pop("verification", UNSET))


        credential_create = cls(
            issuer=issuer,
            issued_on=issued_on,
            type_=type_,
            level=level,
            score=score,
            field=field,
            certificate_number=certificate_number,
            expires_on=expires_on,
            verification=verification,
        )

        return credential_create

