from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ScoreParts")



@_attrs_define
class ScoreParts:
    """ 
        Attributes:
            occupation (int): Up to 300: earlier work or a skill in the occupation.
            language (int): Up to 200: margin above the required level.
            training (int): Up to 150: completed training and skill certificates.
            experience (int): Up to 150: years of relevant work (5 for full marks).
            preference (int): Up to 100: the country and sector the person wants.
            waiting (int): Up to 100: time since registration (a year for full).
     """

    occupation: int
    language: int
    training: int
    experience: int
    preference: int
    waiting: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        occupation = self.occupation

        language = self.language

        training = self.training

        experience = self.experience

        preference = self.preference

        waiting = self.waiting


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "occupation": occupation,
            "language": language,
            "training": training,
            "experience": experience,
            "preference": preference,
            "waiting": waiting,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occupation = d.pop("occupation")

        language = d.pop("language")

        training = d.pop("training")

        experience = d.pop("experience")

        preference = d.pop("preference")

        waiting = d.pop("waiting")

        score_parts = cls(
            occupation=occupation,
            language=language,
            training=training,
            experience=experience,
            preference=preference,
            waiting=waiting,
        )


        score_parts.additional_properties = d
        return score_parts

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
