from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.public_training import PublicTraining





T = TypeVar("T", bound="PublicRequirement")



@_attrs_define
class PublicRequirement:
    """ 
        Attributes:
            rule_id (str): The eligibility rule, as in GET /matching/rules.
            title (str):
            requirement (str): What the rule asks, in words.
            checked_at (str): `matching` when the programme checks it before proposing a person; `documents` when it is
                checked on papers at the documents stage.
            training (list[PublicTraining] | Unset): Training with free seats that leads to it.
     """

    rule_id: str
    title: str
    requirement: str
    checked_at: str
    training: list[PublicTraining] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.public_training import PublicTraining # noqa: PLC0415
        rule_id = self.rule_id

        title = self.title

        requirement = self.requirement

        checked_at = self.checked_at

        training: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training, Unset):
            training = []
            for training_item_data in self.training:
                training_item = training_item_data.to_dict()
                training.append(training_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "rule_id": rule_id,
            "title": title,
            "requirement": requirement,
            "checked_at": checked_at,
        })
        if training is not UNSET:
            field_dict["training"] = training

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_training import PublicTraining # noqa: PLC0415
        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        title = d.pop("title")

        requirement = d.pop("requirement")

        checked_at = d.pop("checked_at")

        _training = d.pop("training", UNSET)
        training: list[PublicTraining] | Unset = UNSET
        if _training is not UNSET:
            training = []
            for training_item_data in _training:
                training_item = PublicTraining.from_dict(training_item_data)



                training.append(training_item)


        public_requirement = cls(
            rule_id=rule_id,
            title=title,
            requirement=requirement,
            checked_at=checked_at,
            training=training,
        )


        public_requirement.additional_properties = d
        return public_requirement

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
