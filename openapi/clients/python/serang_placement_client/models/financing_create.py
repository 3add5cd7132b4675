from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cost_item_kind import CostItemKind
from ..models.financing_kind import FinancingKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FinancingCreate")



@_attrs_define
class FinancingCreate:
    """ 
        Attributes:
            kind (FinancingKind):
            amount (int): The amount requested in whole units of IDR (15000000 is Rp15.000.000); never minor units: no sen,
                no cents, no fractions. More than zero.
            lender_id (int | None | Unset): The lending partner: a financier (bank, Baznas/UPZ) for kur_pmi and baznas_upz;
                a placement agency or government body for their own schemes.
            term_months (int | None | Unset): Repayment term; required for kur_pmi (at most 36 and within the contract);
                leave it out for support that is not repaid.
            annual_rate_bp (int | None | Unset): Annual rate in basis points (600 = 6%). KUR PMI is always 6%.
            purpose (None | str | Unset):
            covers (list[CostItemKind] | Unset): Worker-paid cost items of the job order this pays for; empty: all of them.
     """

    kind: FinancingKind
    amount: int
    lender_id: int | None | Unset = UNSET
    term_months: int | None | Unset = UNSET
    annual_rate_bp: int | None | Unset = UNSET
    purpose: None | str | Unset = UNSET
    covers: list[CostItemKind] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        amount = self.amount

        lender_id: int | None | Unset
        if isinstance(self.lender_id, Unset):
            lender_id = UNSET
        else:
            lender_id = self.lender_id

        term_months: int | None | Unset
        if isinstance(self.term_months, Unset):
            term_months = UNSET
        else:
            term_months = self.term_months

        annual_rate_bp: int | None | Unset
        if isinstance(self.annual_rate_bp, Unset):
            annual_rate_bp = UNSET
        else:
            annual_rate_bp = self.annual_rate_bp

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        covers: list[str] | Unset = UNSET
        if not isinstance(self.covers, Unset):
            covers = []
            for covers_item_data in self.covers:
                covers_item = covers_item_data.value
                covers.append(covers_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "amount": amount,
        })
        if lender_id is not UNSET:
            field_dict["lender_id"] = lender_id
        if term_months is not UNSET:
            field_dict["term_months"] = term_months
        if annual_rate_bp is not UNSET:
            field_dict["annual_rate_bp"] = annual_rate_bp
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if covers is not UNSET:
            field_dict["covers"] = covers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = FinancingKind(d.pop("kind"))




        amount = d.pop("amount")

        def _parse_lender_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lender_id = _parse_lender_id(d.pop("lender_id", UNSET))


        def _parse_term_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        term_months = _parse_term_months(d.pop("term_months", UNSET))


        def _parse_annual_rate_bp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        annual_rate_bp = _parse_annual_rate_bp(d.pop("annual_rate_bp", UNSET))


        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))


        _covers = d.pop("covers", UNSET)
        covers: list[CostItemKind] | Unset = UNSET
        if _covers is not UNSET:
            covers = []
            for covers_item_data in _covers:
                covers_item = CostItemKind(covers_item_data)



                covers.append(covers_item)


        financing_create = cls(
            kind=kind,
            amount=amount,
            lender_id=lender_id,
            term_months=term_months,
            annual_rate_bp=annual_rate_bp,
            purpose=purpose,
            covers=covers,
        )

        return financing_create

