from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credential_type import CredentialType
from ..models.verification import Verification
from typing import cast






T = TypeVar("T", bound="CandidateCredential")



@_attrs_define
class CandidateCredential:
    """ 
        Attributes:
            type_ (CredentialType):
            level (None | str):
            score (int | None):
            field (None | str):
            verification (Verification):
     """

    type_: CredentialType
    level: None | str
    score: int | None
    field: None | str
    verification: Verification
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        level: None | str
        level = self.level

        score: int | None
        score = self.score

        field: None | str
        field = self.field

        verification = self.verification.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "level": level,
            "score": score,
            "field": field,
            "verification": verification,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        verification = Verification(d.pop("verification"))




        candidate_credential = cls(
            type_=type_,
            level=level,
            score=score,
            field=field,
            verification=verification,
        )


        candidate_credential.additional_properties = d
        return candidate_credential

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
