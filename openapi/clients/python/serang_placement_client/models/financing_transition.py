from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.financing_state import FinancingState
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FinancingTransition")



@_attrs_define
class FinancingTransition:
    """ 
        Attributes:
            to_state (FinancingState):
            reason (None | str | Unset): Required when rejecting or cancelling; not used otherwise.
     """

    to_state: FinancingState
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        to_state = self.to_state.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "to_state": to_state,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_state = FinancingState(d.pop("to_state"))




        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        financing_transition = cls(
            to_state=to_state,
            reason=reason,
        )

        return financing_transition

