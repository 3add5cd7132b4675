from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.support_category import SupportCategory
from ..models.support_kind import SupportKind
from ..models.support_severity import SupportSeverity
from ..models.support_status import SupportStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.support_case_entry_read import SupportCaseEntryRead





T = TypeVar("T", bound="SupportCaseRead")



@_attrs_define
class SupportCaseRead:
    """ 
        Attributes:
            id (int):
            application_id (int):
            applicant_id (int):
            vacancy_id (int):
            kind (SupportKind):
            category (SupportCategory):
            severity (SupportSeverity):
            status (SupportStatus):
            allowed_next_statuses (list[SupportStatus]):
            description (str):
            opened_by (str):
            entries (list[SupportCaseEntryRead]):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    application_id: int
    applicant_id: int
    vacancy_id: int
    kind: SupportKind
    category: SupportCategory
    severity: SupportSeverity
    status: SupportStatus
    allowed_next_statuses: list[SupportStatus]
    description: str
    opened_by: str
    entries: list[SupportCaseEntryRead]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.support_case_entry_read import SupportCaseEntryRead # noqa: PLC0415
        id = self.id

        application_id = self.application_id

        applicant_id = self.applicant_id

        vacancy_id = self.vacancy_id

        kind = self.kind.value

        category = self.category.value

        severity = self.severity.value

        status = self.status.value

        allowed_next_statuses = []
        for allowed_next_statuses_item_data in self.allowed_next_statuses:
            allowed_next_statuses_item = allowed_next_statuses_item_data.value
            allowed_next_statuses.append(allowed_next_statuses_item)



        description = self.description

        opened_by = self.opened_by

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)



        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "application_id": application_id,
            "applicant_id": applicant_id,
            "vacancy_id": vacancy_id,
            "kind": kind,
            "category": category,
            "severity": severity,
            "status": status,
            "allowed_next_statuses": allowed_next_statuses,
            "description": description,
            "opened_by": opened_by,
            "entries": entries,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.support_case_entry_read import SupportCaseEntryRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        applicant_id = d.pop("applicant_id")

        vacancy_id = d.pop("vacancy_id")

        kind = SupportKind(d.pop("kind"))




        category = SupportCategory(d.pop("category"))




        severity = SupportSeverity(d.pop("severity"))




        status = SupportStatus(d.pop("status"))




        allowed_next_statuses = []
        _allowed_next_statuses = d.pop("allowed_next_statuses")
        for allowed_next_statuses_item_data in (_allowed_next_statuses):
            allowed_next_statuses_item = SupportStatus(allowed_next_statuses_item_data)



            allowed_next_statuses.append(allowed_next_statuses_item)


        description = d.pop("description")

        opened_by = d.pop("opened_by")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in (_entries):
            entries_item = SupportCaseEntryRead.from_dict(entries_item_data)



            entries.append(entries_item)


        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        support_case_read = cls(
            id=id,
            application_id=application_id,
            applicant_id=applicant_id,
            vacancy_id=vacancy_id,
            kind=kind,
            category=category,
            severity=severity,
            status=status,
            allowed_next_statuses=allowed_next_statuses,
            description=description,
            opened_by=opened_by,
            entries=entries,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )


        support_case_read.additional_properties = d
        return support_case_read

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
