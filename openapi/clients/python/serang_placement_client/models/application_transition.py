from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.application_stage import ApplicationStage
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ApplicationTransition")



@_attrs_define
class ApplicationTransition:
    """ 
        Attributes:
            to_stage (ApplicationStage):
            reason (None | str | Unset): Required when withdrawing or rejecting; not used otherwise.
            note (None | str | Unset):
     """

    to_stage: ApplicationStage
    reason: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        to_stage = self.to_stage.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "to_stage": to_stage,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_stage = ApplicationStage(d.pop("to_stage"))




        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        application_transition = cls(
            to_stage=to_stage,
            reason=reason,
            note=note,
        )

        return application_transition

