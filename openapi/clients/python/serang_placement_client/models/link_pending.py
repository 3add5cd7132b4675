from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.link_proof import LinkProof
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.code_sent import CodeSent





T = TypeVar("T", bound="LinkPending")



@_attrs_define
class LinkPending:
    """ The account asked to take over a record the office holds and has not proven yet
    that it is theirs; until then it sees nothing of the record.

        Attributes:
            proof (LinkProof):
            code (CodeSent | None | Unset): Where the code went (masked), when `proof` is `code_sent`.
            verify_at (None | str | Unset): Where to send the code, logged in: `{"code": "123456"}`.
            resend_at (None | str | Unset): Where to ask for a new code.
     """

    proof: LinkProof
    code: CodeSent | None | Unset = UNSET
    verify_at: None | str | Unset = UNSET
    resend_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.code_sent import CodeSent # noqa: PLC0415
        proof = self.proof.value

        code: dict[str, Any] | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, CodeSent):
            code = self.code.to_dict()
        else:
            code = self.code

        verify_at: None | str | Unset
        if isinstance(self.verify_at, Unset):
            verify_at = UNSET
        else:
            verify_at = self.verify_at

        resend_at: None | str | Unset
        if isinstance(self.resend_at, Unset):
            resend_at = UNSET
        else:
            resend_at = self.resend_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "proof": proof,
        })
        if code is not UNSET:
            field_dict["code"] = code
        if verify_at is not UNSET:
            field_dict["verify_at"] = verify_at
        if resend_at is not UNSET:
            field_dict["resend_at"] = resend_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.code_sent import CodeSent # noqa: PLC0415
        d = dict(src_dict)
        proof = LinkProof(d.pop("proof"))




        def _parse_code(data: object) -> CodeSent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_type_0 = CodeSent.from_dict(data)



                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeSent | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))


        def _parse_verify_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verify_at = _parse_verify_at(d.pop("verify_at", UNSET))


        def _parse_resend_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resend_at = _parse_resend_at(d.pop("resend_at", UNSET))


        link_pending = cls(
            proof=proof,
            code=code,
            verify_at=verify_at,
            resend_at=resend_at,
        )


        link_pending.additional_properties = d
        return link_pending

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
