from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.identity_evidence import IdentityEvidence
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AccountLinkConfirm")



@_attrs_define
class AccountLinkConfirm:
    """ An officer links an account that asked for this record, after checking identity.

        Attributes:
            account_id (int):
            identity_checked (IdentityEvidence): How an officer made sure the person at the desk is the one on the record.
            note (None | str | Unset):
     """

    account_id: int
    identity_checked: IdentityEvidence
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        identity_checked = self.identity_checked.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "account_id": account_id,
            "identity_checked": identity_checked,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        identity_checked = IdentityEvidence(d.pop("identity_checked"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        account_link_confirm = cls(
            account_id=account_id,
            identity_checked=identity_checked,
            note=note,
        )

        return account_link_confirm

