from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FinancingUpdate")



@_attrs_define
class FinancingUpdate:
    """ The borrower's registrations, recorded or corrected before approval; a field left out
    is kept, null clears it.

        Attributes:
            npwp (None | str | Unset): The borrower's tax number (NPWP): 15 digits, or the 16-digit NIK-based one in use
                since 2024; dots, dashes and spaces are dropped and the digits stored. Required for a KUR PMI loan above
                Rp50,000,000.
            siskop2mi_ref (None | str | Unset): The worker's registration reference in BP2MI's SISKOP2MI (Sisko P2MI)
                system, or the E-KPMI number. Required before a KUR PMI loan is approved or disbursed.
     """

    npwp: None | str | Unset = UNSET
    siskop2mi_ref: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
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
        })
        if npwp is not UNSET:
            field_dict["npwp"] = npwp
        if siskop2mi_ref is not UNSET:
            field_dict["siskop2mi_ref"] = siskop2mi_ref

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        financing_update = cls(
            npwp=npwp,
            siskop2mi_ref=siskop2mi_ref,
        )

        return financing_update

