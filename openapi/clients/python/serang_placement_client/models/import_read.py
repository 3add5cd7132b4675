from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.import_status import ImportStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.import_counts import ImportCounts
  from ..models.import_row import ImportRow





T = TypeVar("T", bound="ImportRead")



@_attrs_define
class ImportRead:
    """ 
        Attributes:
            id (int):
            status (ImportStatus):
            dry_run (bool): A dry run changes no record: it shows what would be.
            file_name (None | str):
            file_format (str): `csv` or `xlsx`, judged by the file's content.
            total_rows (int):
            processed_rows (int):
            percent (int):
            counts (ImportCounts):
            rows (list[ImportRow]): Every row once the import has completed (empty while it works).
            requested_by (str):
            error (None | str):
            created_at (datetime.datetime):
            started_at (datetime.datetime | None):
            finished_at (datetime.datetime | None):
     """

    id: int
    status: ImportStatus
    dry_run: bool
    file_name: None | str
    file_format: str
    total_rows: int
    processed_rows: int
    percent: int
    counts: ImportCounts
    rows: list[ImportRow]
    requested_by: str
    error: None | str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_counts import ImportCounts # noqa: PLC0415
        from ..models.import_row import ImportRow # noqa: PLC0415
        id = self.id

        status = self.status.value

        dry_run = self.dry_run

        file_name: None | str
        file_name = self.file_name

        file_format = self.file_format

        total_rows = self.total_rows

        processed_rows = self.processed_rows

        percent = self.percent

        counts = self.counts.to_dict()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        requested_by = self.requested_by

        error: None | str
        error = self.error

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "dry_run": dry_run,
            "file_name": file_name,
            "file_format": file_format,
            "total_rows": total_rows,
            "processed_rows": processed_rows,
            "percent": percent,
            "counts": counts,
            "rows": rows,
            "requested_by": requested_by,
            "error": error,
            "created_at": created_at,
            "started_at": started_at,
            "finished_at": finished_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_counts import ImportCounts # noqa: PLC0415
        from ..models.import_row import ImportRow # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        status = ImportStatus(d.pop("status"))




        dry_run = d.pop("dry_run")

        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("file_name"))


        file_format = d.pop("file_format")

        total_rows = d.pop("total_rows")

        processed_rows = d.pop("processed_rows")

        percent = d.pop("percent")

        counts = ImportCounts.from_dict(d.pop("counts"))




        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = ImportRow.from_dict(rows_item_data)



            rows.append(rows_item)


        requested_by = d.pop("requested_by")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))


        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        import_read = cls(
            id=id,
            status=status,
            dry_run=dry_run,
            file_name=file_name,
            file_format=file_format,
            total_rows=total_rows,
            processed_rows=processed_rows,
            percent=percent,
            counts=counts,
            rows=rows,
            requested_by=requested_by,
            error=error,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
        )


        import_read.additional_properties = d
        return import_read

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
