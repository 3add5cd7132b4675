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
            annual_rate_bp (int | None | Unset): Annual rate in basis points (600 = 6%). KUR PMI is at most 6%; left out,
                6%.
            purpose (None | str | Unset):
            covers (list[CostItemKind] | Unset): Worker-paid cost items of the job order this pays for; empty: all of them.
            npwp (None | str | Unset): The borrower's tax number (NPWP): 15 digits, or the 16-digit NIK-based one in use
                since 2024; dots, dashes and spaces are dropped and the digits stored. Required for a KUR PMI loan above
                Rp50,000,000.
            siskop2mi_ref (None | str | Unset): The worker's registration reference in BP2MI's SISKOP2MI (Sisko P2MI)
                system, or the E-KPMI number. Required before a KUR PMI loan is approved or disbursed.
     """

    kind: FinancingKind
    amount: int
    lender_id: int | None | Unset = UNSET
    term_months: int | None | Unset = UNSET
    annual_rate_bp: int | None | Unset = UNSET
    purpose: None | str | Unset = UNSET
    covers: list[CostItemKind] | Unset = UNSET
    npwp: None | str | Unset = UNSET
    siskop2mi_ref: None | str | Unset = UNSET





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



        npwp: None | str | Unset
        if isinstance(self.npwp, Unset):
            npwp = UNSET
        else:
            npwp = self.npwp

        siskop2mi_ref: None | str | Unset
        if isinstance(self.siskop2mi_ref, Unset):
            siskop2mi_ref = UNSET
        else:
            siskop2mi_ref = self.siskop2mi_ref


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
        if npwp is not UNSET:
            field_dict["npwp"] = npwp
        if siskop2mi_ref is not UNSET:
            field_dict["siskop2mi_ref"] = siskop2mi_ref

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


        def _parse_npwp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        npwp = _parse_npwp(d.pop("npwp", UNSET))


        def _parse_siskop2mi_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        siskop2mi_ref = _parse_siskop2mi_ref(d.pop("siskop2mi_ref", UNSET))


        financing_create = cls(
            kind=kind,
            amount=amount,
            lender_id=lender_id,
            term_months=term_months,
            annual_rate_bp=annual_rate_bp,
            purpose=purpose,
            covers=covers,
            npwp=npwp,
            siskop2mi_ref=siskop2mi_ref,
        )

        return financing_create

