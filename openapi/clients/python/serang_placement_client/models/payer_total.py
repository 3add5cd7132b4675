from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.payer import Payer






T = TypeVar("T", bound="PayerTotal")



@_attrs_define
class PayerTotal:
    """ 
        Attributes:
            payer (Payer):
            currency (str): ISO 4217 code of `amount`.
            amount (int): The sum in whole units of `currency` (370000 with IDR is Rp370.000); never minor units: no sen, no
                cents, no fractions.
     """

    payer: Payer
    currency: str
    amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        payer = self.payer.value

        currency = self.currency

        amount = self.amount


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "payer": payer,
            "currency": currency,
            "amount": amount,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payer = Payer(d.pop("payer"))




        currency = d.pop("currency")

        amount = d.pop("amount")

        payer_total = cls(
            payer=payer,
            currency=currency,
            amount=amount,
        )


        payer_total.additional_properties = d
        return payer_total

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
