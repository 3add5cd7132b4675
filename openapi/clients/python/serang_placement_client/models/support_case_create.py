from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.support_category import SupportCategory
from ..models.support_kind import SupportKind
from ..models.support_severity import SupportSeverity
from ..types import UNSET, Unset






T = TypeVar("T", bound="SupportCaseCreate")



@_attrs_define
class SupportCaseCreate:
    """ 
        Attributes:
            category (SupportCategory):
            description (str):
            kind (SupportKind | Unset):
            severity (SupportSeverity | Unset):
     """

    category: SupportCategory
    description: str
    kind: SupportKind | Unset = UNSET
    severity: SupportSeverity | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "description": description,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = SupportCategory(d.pop("category"))




        description = d.pop("description")

        _kind = d.pop("kind", UNSET)
        kind: SupportKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = SupportKind(_kind)




        _severity = d.pop("severity", UNSET)
        severity: SupportSeverity | Unset
        if isinstance(_severity,  Unset):
            severity = UNSET
        else:
            severity = SupportSeverity(_severity)




        support_case_create = cls(
            category=category,
            description=description,
            kind=kind,
            severity=severity,
        )

        return support_case_create

