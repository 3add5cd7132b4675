from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cost_item_kind import CostItemKind
from ..models.payer import Payer
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CostItem")



@_attrs_define
class CostItem:
    """ 
        Attributes:
            item (CostItemKind):
            amount (int): The item's cost in whole units of its `currency` (370000 with IDR is Rp370.000; 160 with USD is
                $160); never minor units: no sen, no cents, no fractions.
            payer (Payer):
            currency (str | Unset): ISO 4217 code of `amount`; IDR when left out. Default: 'IDR'.
            note (None | str | Unset):
     """

    item: CostItemKind
    amount: int
    payer: Payer
    currency: str | Unset = 'IDR'
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        item = self.item.value

        amount = self.amount

        payer = self.payer.value

        currency = self.currency

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "item": item,
            "amount": amount,
            "payer": payer,
        })
        if currency is not UNSET:
            field_dict["currency"] = currency
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item = CostItemKind(d.pop("item"))




        amount = d.pop("amount")

        payer = Payer(d.pop("payer"))




        currency = d.pop("currency", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        cost_item = cls(
            item=item,
            amount=amount,
            payer=payer,
            currency=currency,
            note=note,
        )

        return cost_item

