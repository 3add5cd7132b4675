from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credential_type import CredentialType
from ..models.education_level import EducationLevel
from ..models.remedy_action import RemedyAction
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.training_provider_read import TrainingProviderRead





T = TypeVar("T", bound="RemedyRead")



@_attrs_define
class RemedyRead:
    """ 
        Attributes:
            action (RemedyAction):
            credential_type (CredentialType | None | Unset):
            level (None | str | Unset):
            min_score (int | None | Unset):
            field (None | str | Unset):
            education (EducationLevel | None | Unset):
            training_providers (list[TrainingProviderRead] | Unset): Programmes with a free seat in a cohort not yet started
                that grant it.
     """

    action: RemedyAction
    credential_type: CredentialType | None | Unset = UNSET
    level: None | str | Unset = UNSET
    min_score: int | None | Unset = UNSET
    field: None | str | Unset = UNSET
    education: EducationLevel | None | Unset = UNSET
    training_providers: list[TrainingProviderRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.training_provider_read import TrainingProviderRead # noqa: PLC0415
        action = self.action.value

        credential_type: None | str | Unset
        if isinstance(self.credential_type, Unset):
            credential_type = UNSET
        elif isinstance(self.credential_type, CredentialType):
            credential_type = self.credential_type.value
        else:
            credential_type = self.credential_type

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        min_score: int | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        education: None | str | Unset
        if isinstance(self.education, Unset):
            education = UNSET
        elif isinstance(self.education, EducationLevel):
            education = self.education.value
        else:
            education = self.education

        training_providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training_providers, Unset):
            training_providers = []
            for training_providers_item_data in self.training_providers:
                training_providers_item = training_providers_item_data.to_dict()
                training_providers.append(training_providers_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
        })
        if credential_type is not UNSET:
            field_dict["credential_type"] = credential_type
        if level is not UNSET:
            field_dict["level"] = level
        if min_score is not UNSET:
            field_dict["min_score"] = min_score
        if field is not UNSET:
            field_dict["field"] = field
        if education is not UNSET:
            field_dict["education"] = education
        if training_providers is not UNSET:
            field_dict["training_providers"] = training_providers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_provider_read import TrainingProviderRead # noqa: PLC0415
        d = dict(src_dict)
        action = RemedyAction(d.pop("action"))




        def _parse_credential_type(data: object) -> CredentialType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                credential_type_type_0 = CredentialType(data)



                return credential_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CredentialType | None | Unset, data)

        credential_type = _parse_credential_type(d.pop("credential_type", UNSET))


        def _parse_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        level = _parse_level(d.pop("level", UNSET))


        def _parse_min_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_score = _parse_min_score(d.pop("min_score", UNSET))


        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))


        def _parse_education(data: object) -> EducationLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                education_type_0 = EducationLevel(data)



                return education_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EducationLevel | None | Unset, data)

        education = _parse_education(d.pop("education", UNSET))


        _training_providers = d.pop("training_providers", UNSET)
        training_providers: list[TrainingProviderRead] | Unset = UNSET
        if _training_providers is not UNSET:
            training_providers = []
            for training_providers_item_data in _training_providers:
                training_providers_item = TrainingProviderRead.from_dict(training_providers_item_data)



                training_providers.append(training_providers_item)


        remedy_read = cls(
            action=action,
            credential_type=credential_type,
            level=level,
            min_score=min_score,
            field=field,
            education=education,
            training_providers=training_providers,
        )


        remedy_read.additional_properties = d
        return remedy_read

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
