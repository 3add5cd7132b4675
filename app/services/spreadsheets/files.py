"""Reading an uploaded sheet: CSV in UTF-8 or XLSX, judged by content, its header checked
against the import's columns, its size and row count bounded.

The file is refused as a whole (one problem naming what is wrong) when it is neither format,
too large, has too many rows, or has headers that are not the import's; everything past the
header is judged row by row later (`rows.py`).
"""

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.core.errors import FieldError, ProblemError
from app.core.i18n import Message, define
from app.services.spreadsheets.columns import BY_NAME, REQUIRED, Column

define(
    {
        "import_file_type": Message(
            "Not a CSV or XLSX file",
            "Bukan berkas CSV atau XLSX",
            "An import is a CSV file in UTF-8 or an Excel XLSX workbook; this file is "
            "neither ({reason}).",
            "Impor berupa berkas CSV dalam UTF-8 atau buku kerja Excel XLSX; berkas ini "
            "bukan keduanya ({reason}).",
        ),
        "import_file_too_large": Message(
            "Import file too large",
            "Berkas impor terlalu besar",
            "An import file may be at most {max_bytes} bytes.",
            "Berkas impor paling besar {max_bytes} byte.",
        ),
        "import_too_many_rows": Message(
            "Too many rows",
            "Terlalu banyak baris",
            "An import may have at most {max_rows} rows below the header; this one has more.",
            "Impor paling banyak {max_rows} baris di bawah judul kolom; berkas ini lebih.",
        ),
        "import_file_empty": Message(
            "Empty sheet",
            "Lembar kosong",
            "The first sheet has no header row: start from the import template.",
            "Lembar pertama tidak memiliki baris judul kolom: mulai dari templat impor.",
        ),
        "import_columns_invalid": Message(
            "Wrong columns",
            "Kolom tidak sesuai",
            "The header row does not match the import template: {summary}.",
            "Baris judul kolom tidak sesuai templat impor: {summary}.",
        ),
        "import_column_unknown": Message(
            "Unknown column",
            "Kolom tidak dikenal",
            "Column '{column}' is not one of the import's columns.",
            "Kolom '{column}' bukan kolom impor.",
        ),
        "import_column_missing": Message(
            "Missing column",
            "Kolom tidak ada",
            "Column '{column}' is required.",
            "Kolom '{column}' wajib ada.",
        ),
        "import_column_repeated": Message(
            "Repeated column",
            "Kolom berulang",
            "Column '{column}' appears more than once.",
            "Kolom '{column}' muncul lebih dari sekali.",
        ),
    }
)

# The first bytes of a ZIP archive (an XLSX workbook is one) and of the older binary .xls.
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
READ_CHUNK = 1024 * 1024
Cell = object  # a CSV cell is text; an XLSX cell text, a number, a date or None


@dataclass
class Sheet:
    file_format: str  # csv or xlsx
    columns: list[Column]  # by position in the header
    rows: list[tuple[int, list[Cell]]]  # (row number in the sheet, header = 1; its cells)


def _unsupported(reason: str) -> ProblemError:
    return ProblemError(415, "import_file_type", {"reason": reason})


def read_bounded(source: BinaryIO, max_bytes: int) -> bytes:
    """The whole upload, refused (413) as soon as it passes `max_bytes`."""
    chunks: list[bytes] = []
    size = 0
    while chunk := source.read(READ_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise ProblemError(413, "import_file_too_large", {"max_bytes": max_bytes})
        chunks.append(chunk)
    return b"".join(chunks)


def read_sheet(source: BinaryIO, max_bytes: int, max_rows: int) -> Sheet:
    data = read_bounded(source, max_bytes)
    if data.startswith(ZIP_MAGIC):
        file_format, table = "xlsx", _xlsx_rows(data)
    elif data.startswith(OLE_MAGIC):
        raise _unsupported("an old binary .xls workbook: save it as .xlsx")
    else:
        file_format, table = "csv", _csv_rows(data)
    header = next(table, None)
    if header is None:
        raise ProblemError(422, "import_file_empty")
    columns = _columns(header)
    rows: list[tuple[int, list[Cell]]] = []
    for number, cells in enumerate(table, start=2):
        if all(_blank(cell) for cell in cells):
            continue  # spreadsheets keep empty rows below the data
        if len(rows) == max_rows:
            raise ProblemError(413, "import_too_many_rows", {"max_rows": max_rows})
        rows.append((number, cells[: len(columns)]))
    return Sheet(file_format, columns, rows)


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _csv_rows(data: bytes) -> Iterator[list[Cell]]:
    if b"\x00" in data[:READ_CHUNK]:
        raise _unsupported("binary content")
    try:
        text = data.decode("utf-8-sig")  # Excel writes a byte-order mark before UTF-8 CSV
    except UnicodeDecodeError:
        raise _unsupported("text that is not UTF-8: save the CSV as UTF-8") from None
    first_line = text.split("\n", 1)[0]
    # Excel in an Indonesian locale separates CSV fields with ';' (the comma is the decimal
    # mark there): the header says which one this file uses.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        table: list[list[Cell]] = [list(row) for row in reader]
    except csv.Error:
        raise _unsupported("CSV that cannot be read") from None
    return iter(table)


def _xlsx_rows(data: bytes) -> Iterator[list[Cell]]:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise _unsupported("a ZIP archive that is not an XLSX workbook") from None
    return _sheet_rows(workbook)


def _sheet_rows(workbook: Any) -> Iterator[list[Cell]]:
    """The first sheet's rows, read as they are asked for: a workbook is compressed, and one
    of a few megabytes may unpack to far more rows than an import takes, so the row limit
    stops the reading rather than a count after it."""
    try:
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            yield list(row)
    except (IndexError, KeyError, ValueError, OSError, zipfile.BadZipFile, SyntaxError):
        # No sheet, or a sheet whose XML cannot be read (an XML parse error is a SyntaxError).
        raise _unsupported("an XLSX workbook whose first sheet cannot be read") from None
    finally:
        workbook.close()


def _columns(header: list[Cell]) -> list[Column]:
    names = [str(cell).strip().lower() if not _blank(cell) else "" for cell in header]
    while names and not names[-1]:
        names.pop()
    errors: list[FieldError] = []
    columns: list[Column] = []
    seen: set[str] = set()
    for position, name in enumerate(names, start=1):
        shown = name or f"#{position}"
        column = BY_NAME.get(name)
        if column is None:
            errors.append(FieldError(shown, "import_column_unknown", {"column": shown}))
            continue
        if column.field in seen:
            errors.append(FieldError(shown, "import_column_repeated", {"column": shown}))
        seen.add(column.field)
        columns.append(column)
    for column in REQUIRED:
        if column.field not in seen:
            errors.append(
                FieldError(column.header, "import_column_missing", {"column": column.header})
            )
    if errors:
        summary = "; ".join(f"{e.field} ({e.code.removeprefix('import_column_')})" for e in errors)
        raise ProblemError(422, "import_columns_invalid", {"summary": summary}, errors=errors)
    return columns
