from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ApplicationUpdate")



@_attrs_define
class ApplicationUpdate:
    """ 
        Attributes:
            contract_starts_on (datetime.date | None | Unset): When the employment contract starts (null clears it);
                departure needs it, and every document must still be valid on that day.
     """

    contract_starts_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        contract_starts_on: None | str | Unset
        if isinstance(self.contract_starts_on, Unset):
            contract_starts_on = UNSET
        elif isinstance(self.contract_starts_on, datetime.date):
            contract_starts_on = self.contract_starts_on.isoformat()
        else:
            contract_starts_on = self.contract_starts_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if contract_starts_on is not UNSET:
            field_dict["contract_starts_on"] = contract_starts_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_contract_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_starts_on_type_0 = datetime.date.fromisoformat(data)



                return contract_starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        contract_starts_on = _parse_contract_starts_on(d.pop("contract_starts_on", UNSET))


        application_update = cls(
            contract_starts_on=contract_starts_on,
        )

        return application_update

