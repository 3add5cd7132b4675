from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DocumentFile")



@_attrs_define
class DocumentFile:
    """ 
        Attributes:
            file_name (str):
            content_type (str):
            size_bytes (int):
            sha256 (str): SHA-256 of the stored bytes, lowercase hex.
            uploaded_by (None | str):
            uploaded_at (datetime.datetime | None):
     """

    file_name: str
    content_type: str
    size_bytes: int
    sha256: str
    uploaded_by: None | str
    uploaded_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        content_type = self.content_type

        size_bytes = self.size_bytes

        sha256 = self.sha256

        uploaded_by: None | str
        uploaded_by = self.uploaded_by

        uploaded_at: None | str
        if isinstance(self.uploaded_at, datetime.datetime):
            uploaded_at = self.uploaded_at.isoformat()
        else:
            uploaded_at = self.uploaded_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "file_name": file_name,
            "content_type": content_type,
            "size_bytes": size_bytes,
            "sha256": sha256,
            "uploaded_by": uploaded_by,
            "uploaded_at": uploaded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")

        content_type = d.pop("content_type")

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        def _parse_uploaded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        uploaded_by = _parse_uploaded_by(d.pop("uploaded_by"))


        def _parse_uploaded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uploaded_at_type_0 = datetime.datetime.fromisoformat(data)



                return uploaded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        uploaded_at = _parse_uploaded_at(d.pop("uploaded_at"))


        document_file = cls(
            file_name=file_name,
            content_type=content_type,
            size_bytes=size_bytes,
            sha256=sha256,
            uploaded_by=uploaded_by,
            uploaded_at=uploaded_at,
        )


        document_file.additional_properties = d
        return document_file

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
