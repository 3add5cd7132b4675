from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.application_stage import ApplicationStage
from typing import cast
import datetime






T = TypeVar("T", bound="ApplicationStageChangeRead")



@_attrs_define
class ApplicationStageChangeRead:
    """ 
        Attributes:
            from_stage (ApplicationStage | None):
            to_stage (ApplicationStage):
            reason (None | str):
            actor (str):
            at (datetime.datetime):
            note (None | str):
     """

    from_stage: ApplicationStage | None
    to_stage: ApplicationStage
    reason: None | str
    actor: str
    at: datetime.datetime
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from_stage: None | str
        if isinstance(self.from_stage, ApplicationStage):
            from_stage = self.from_stage.value
        else:
            from_stage = self.from_stage

        to_stage = self.to_stage.value

        reason: None | str
        reason = self.reason

        actor = self.actor

        at = self.at.isoformat()

        note: None | str
        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "from_stage": from_stage,
            "to_stage": to_stage,
            "reason": reason,
            "actor": actor,
            "at": at,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_from_stage(data: object) -> ApplicationStage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_stage_type_0 = ApplicationStage(data)



                return from_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationStage | None, data)

        from_stage = _parse_from_stage(d.pop("from_stage"))


        to_stage = ApplicationStage(d.pop("to_stage"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        application_stage_change_read = cls(
            from_stage=from_stage,
            to_stage=to_stage,
            reason=reason,
            actor=actor,
            at=at,
            note=note,
        )


        application_stage_change_read.additional_properties = d
        return application_stage_change_read

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
