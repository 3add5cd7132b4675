from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.application_stage import ApplicationStage






T = TypeVar("T", bound="FunnelStage")



@_attrs_define
class FunnelStage:
    """ 
        Attributes:
            stage (ApplicationStage):
            reached (int): Applications whose history shows they entered the stage.
            current (int): Applications in the stage now.
     """

    stage: ApplicationStage
    reached: int
    current: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        stage = self.stage.value

        reached = self.reached

        current = self.current


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "stage": stage,
            "reached": reached,
            "current": current,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage = ApplicationStage(d.pop("stage"))




        reached = d.pop("reached")

        current = d.pop("current")

        funnel_stage = cls(
            stage=stage,
            reached=reached,
            current=current,
        )


        funnel_stage.additional_properties = d
        return funnel_stage

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
