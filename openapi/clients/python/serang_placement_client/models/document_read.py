from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.document_kind import DocumentKind
from ..models.document_verification import DocumentVerification
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.document_file import DocumentFile





T = TypeVar("T", bound="DocumentRead")



@_attrs_define
class DocumentRead:
    """ 
        Attributes:
            id (int):
            application_id (int):
            kind (DocumentKind):
            number (None | str):
            issued_on (datetime.date | None):
            expires_on (datetime.date | None):
            verification (DocumentVerification):
            verified_by (None | str):
            verified_at (datetime.datetime | None):
            rejection_reason (None | str):
            file (DocumentFile | None):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    application_id: int
    kind: DocumentKind
    number: None | str
    issued_on: datetime.date | None
    expires_on: datetime.date | None
    verification: DocumentVerification
    verified_by: None | str
    verified_at: datetime.datetime | None
    rejection_reason: None | str
    file: DocumentFile | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.document_file import DocumentFile # noqa: PLC0415
        id = self.id

        application_id = self.application_id

        kind = self.kind.value

        number: None | str
        number = self.number

        issued_on: None | str
        if isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        verification = self.verification.value

        verified_by: None | str
        verified_by = self.verified_by

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        file: dict[str, Any] | None
        if isinstance(self.file, DocumentFile):
            file = self.file.to_dict()
        else:
            file = self.file

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "application_id": application_id,
            "kind": kind,
            "number": number,
            "issued_on": issued_on,
            "expires_on": expires_on,
            "verification": verification,
            "verified_by": verified_by,
            "verified_at": verified_at,
            "rejection_reason": rejection_reason,
            "file": file,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_file import DocumentFile # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        kind = DocumentKind(d.pop("kind"))




        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))


        def _parse_issued_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)



                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        issued_on = _parse_issued_on(d.pop("issued_on"))


        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expires_on"))


        verification = DocumentVerification(d.pop("verification"))




        def _parse_verified_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verified_by = _parse_verified_by(d.pop("verified_by"))


        def _parse_verified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)



                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verified_at = _parse_verified_at(d.pop("verified_at"))


        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))


        def _parse_file(data: object) -> DocumentFile | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_type_0 = DocumentFile.from_dict(data)



                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentFile | None, data)

        file = _parse_file(d.pop("file"))


        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        document_read = cls(
            id=id,
            application_id=application_id,
            kind=kind,
            number=number,
            issued_on=issued_on,
            expires_on=expires_on,
            verification=verification,
            verified_by=verified_by,
            verified_at=verified_at,
            rejection_reason=rejection_reason,
            file=file,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )


        document_read.additional_properties = d
        return document_read

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
