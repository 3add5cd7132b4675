from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.financing_state import FinancingState
from typing import cast
import datetime






T = TypeVar("T", bound="FinancingStateChangeRead")



@_attrs_define
class FinancingStateChangeRead:
    """ 
        Attributes:
            from_state (FinancingState | None):
            to_state (FinancingState):
            reason (None | str):
            actor (str):
            at (datetime.datetime):
     """

    from_state: FinancingState | None
    to_state: FinancingState
    reason: None | str
    actor: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from_state: None | str
        if isinstance(self.from_state, FinancingState):
            from_state = self.from_state.value
        else:
            from_state = self.from_state

        to_state = self.to_state.value

        reason: None | str
        reason = self.reason

        actor = self.actor

        at = self.at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "from_state": from_state,
            "to_state": to_state,
            "reason": reason,
            "actor": actor,
            "at": at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_from_state(data: object) -> FinancingState | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_state_type_0 = FinancingState(data)



                return from_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinancingState | None, data)

        from_state = _parse_from_state(d.pop("from_state"))


        to_state = FinancingState(d.pop("to_state"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        financing_state_change_read = cls(
            from_state=from_state,
            to_state=to_state,
            reason=reason,
            actor=actor,
            at=at,
        )


        financing_state_change_read.additional_properties = d
        return financing_state_change_read

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
