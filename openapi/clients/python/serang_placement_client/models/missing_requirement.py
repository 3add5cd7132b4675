from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.training_provider_read import TrainingProviderRead





T = TypeVar("T", bound="MissingRequirement")



@_attrs_define
class MissingRequirement:
    """ 
        Attributes:
            rule_id (str):
            code (str):
            requirement (str): What is missing, e.g. `eps_topik` at 90 points.
            people (int): Near-eligible people held back by this rule alone.
            training (list[TrainingProviderRead]): Training providers that lead to it (credential rules only).
     """

    rule_id: str
    code: str
    requirement: str
    people: int
    training: list[TrainingProviderRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.training_provider_read import TrainingProviderRead # noqa: PLC0415
        rule_id = self.rule_id

        code = self.code

        requirement = self.requirement

        people = self.people

        training = []
        for training_item_data in self.training:
            training_item = training_item_data.to_dict()
            training.append(training_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "rule_id": rule_id,
            "code": code,
            "requirement": requirement,
            "people": people,
            "training": training,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_provider_read import TrainingProviderRead # noqa: PLC0415
        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        code = d.pop("code")

        requirement = d.pop("requirement")

        people = d.pop("people")

        training = []
        _training = d.pop("training")
        for training_item_data in (_training):
            training_item = TrainingProviderRead.from_dict(training_item_data)



            training.append(training_item)


        missing_requirement = cls(
            rule_id=rule_id,
            code=code,
            requirement=requirement,
            people=people,
            training=training,
        )


        missing_requirement.additional_properties = d
        return missing_requirement

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
