"""One row of an import: its cells read into the fields of `POST /applicants`, then judged by
exactly the rules that route applies (`applicants.service.new_record`), or, for a NIK already
on record, those of an officer's update (`checked_changes`).

A cell left empty leaves the stored value as it is (an import never erases what the office
recorded by other means); a row must still fill every required column, so that the same row
would create the person were they not on record yet.
"""

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from pydantic import ValidationError

from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.models.applicant import Applicant, ApplicantCreate
from app.services.applicants import service as applicants
from app.services.spreadsheets.columns import (
    BY_NAME,
    EXPERIENCE_SEPARATOR,
    LIST_SEPARATOR,
    Column,
)
from app.services.spreadsheets.files import Cell

define(
    {
        "import_nik_not_text": Message(
            "NIK written as a number",
            "NIK ditulis sebagai angka",
            "The NIK cell holds a number, and a spreadsheet number keeps only 15 digits: "
            "format the column as text and type the NIK again.",
            "Sel NIK berisi angka, dan angka di lembar kerja hanya menyimpan 15 digit: format "
            "kolom sebagai teks lalu ketik ulang NIK.",
        ),
        "import_nik_repeated": Message(
            "NIK repeated in the file",
            "NIK berulang dalam berkas",
            "This NIK is already in row {row} of the file.",
            "NIK ini sudah ada di baris {row} berkas.",
        ),
        "import_date_invalid": Message(
            "Unreadable date",
            "Tanggal tidak terbaca",
            "Write the date as YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY.",
            "Tulis tanggal sebagai YYYY-MM-DD, DD/MM/YYYY atau DD-MM-YYYY.",
        ),
        "import_experience_invalid": Message(
            "Unreadable work experience",
            "Pengalaman kerja tidak terbaca",
            "Write each entry as occupation:years, optionally :country and :ISCO code, "
            "entries separated by ';' (e.g. Caregiver:2:JP; Welder:1,5::7212).",
            "Tulis setiap entri sebagai pekerjaan:tahun, boleh ditambah :negara dan :kode "
            "ISCO, entri dipisah dengan ';' (mis. Caregiver:2:JP; Welder:1,5::7212).",
        ),
        "import_consent_incomplete": Message(
            "Consent incomplete",
            "Persetujuan tidak lengkap",
            "Consent is recorded with both its date (tanggal_persetujuan) and its version "
            "(versi_persetujuan).",
            "Persetujuan dicatat dengan tanggal (tanggal_persetujuan) dan versinya "
            "(versi_persetujuan).",
        ),
    }
)

# A consent date without a time is read as midnight in Kota Serang (WIB, UTC+7).
WIB = timezone(timedelta(hours=7))
_DAY_FIRST = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")
_SEX = {"L": "M", "M": "M", "P": "F", "F": "F"}
_LOWER = frozenset({"education_level", "marital_status", "preferred_sectors"})
# The fields that take several values (experience is read apart).
_LISTS = frozenset(
    name
    for name, info in ApplicantCreate.model_fields.items()
    if str(info.annotation).startswith("list") and name != "experience"
)


@dataclass
class Problem:
    field: str
    code: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)
    text: str = ""  # pydantic's own message, for codes the catalogue does not hold

    def stored(self) -> dict[str, Any]:
        return {"field": self.field, "code": self.code, "params": self.params, "msg": self.text}


class RowError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


def _text(cell: Cell) -> str | None:
    if cell is None:
        return None
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    text = str(cell).strip()
    return text or None


def _date(cell: Cell, name: str, problems: list[Problem]) -> date | str | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = _text(cell)
    if text is None:
        return None
    match = _DAY_FIRST.match(text)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        problems.append(Problem(name, "import_date_invalid"))
        return None


def _consent_time(cell: Cell, problems: list[Problem]) -> datetime | None:
    if isinstance(cell, datetime):
        return cell if cell.tzinfo else cell.replace(tzinfo=WIB)
    text = _text(cell)
    if text is not None and ("T" in text or " " in text):
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            problems.append(Problem("consent_given_at", "import_date_invalid"))
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=WIB)
    day = _date(cell, "consent_given_at", problems)
    if isinstance(day, date):
        return datetime(day.year, day.month, day.day, tzinfo=WIB)
    return None


def _list(text: str, name: str) -> list[str]:
    items = [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]
    if name == "preferred_countries":
        return [item.upper() for item in items]
    return [item.lower() for item in items] if name in _LOWER else items


def _experience(text: str, problems: list[Problem]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for part in _list(text, "experience"):
        pieces = [piece.strip() for piece in part.split(EXPERIENCE_SEPARATOR)]
        try:
            if len(pieces) not in (2, 3, 4) or not pieces[0]:
                raise ValueError(part)
            years = float(pieces[1].replace(",", "."))  # a decimal comma, as written locally
        except ValueError:
            problems.append(Problem("experience", "import_experience_invalid"))
            return []
        entry: dict[str, Any] = {"occupation": pieces[0], "years": years}
        if len(pieces) >= 3 and pieces[2]:
            entry["country"] = pieces[2].upper()
        if len(pieces) == 4 and pieces[3]:
            entry["isco_code"] = pieces[3]
        entries.append(entry)
    return entries


def row_values(columns: list[Column], cells: list[Cell]) -> tuple[dict[str, Any], list[Problem]]:
    """The row as a `POST /applicants` body (empty cells left out), and what could not be
    read from it."""
    problems: list[Problem] = []
    body: dict[str, Any] = {}
    consent: dict[str, Any] = {}
    for column, cell in zip(columns, cells, strict=False):
        name = column.field
        if name == "nik" and isinstance(cell, int | float) and not isinstance(cell, bool):
            problems.append(Problem("nik", "import_nik_not_text"))
            continue
        if name == "birth_date":
            value: Any = _date(cell, name, problems)
        elif name == "consent_given_at":
            value = _consent_time(cell, problems)
        else:
            value = _text(cell)
            if value is not None and name == "sex":
                value = _SEX.get(value.upper(), value)
            elif value is not None and name == "experience":
                value = _experience(value, problems)
            elif value is not None and name in _LISTS:
                value = _list(value, name)
            elif value is not None and name in _LOWER:
                value = value.lower()
        if value is None:
            continue
        if name in ("consent_given_at", "consent_version"):
            consent[name.removeprefix("consent_")] = value
        else:
            body[name] = value
    if len(consent) == 1:
        missing = "consent_version" if "given_at" in consent else "consent_given_at"
        problems.append(Problem(missing, "import_consent_incomplete"))
    elif consent:
        body["consent"] = consent
    return body, problems


def _field_of(location: str) -> str:
    """An API field path (`consent.given_at`, `skills.3`) as the import's field name."""
    head, _, rest = location.partition(".")
    if head == "consent":
        return "consent_version" if rest.startswith("version") else "consent_given_at"
    return head if head in BY_NAME else "row"


def _pydantic_problems(error: ValidationError) -> list[Problem]:
    problems = []
    for item in error.errors():
        location = ".".join(str(part) for part in item.get("loc", ()))
        params = {key: str(value) for key, value in (item.get("ctx") or {}).items()}
        problems.append(Problem(_field_of(location), item["type"], params, item.get("msg", "")))
    return problems


def _rule_problems(error: ProblemError) -> list[Problem]:
    found = error.errors or []
    if not found:
        return [Problem("row", error.code, dict(error.params))]
    return [Problem(_field_of(e.field), e.code, dict(e.params)) for e in found]


def judge(
    body: dict[str, Any], stored: Applicant | None
) -> tuple[ApplicantCreate, Applicant | None, dict[str, Any]]:
    """Check a readable row: for a new person the record to add, for one on record the
    changes to make (empty: unchanged). Raises `RowError` with every problem found."""
    try:
        payload = ApplicantCreate.model_validate(body)
    except ValidationError as error:
        raise RowError(_pydantic_problems(error)) from None
    try:
        if stored is None:
            return payload, applicants.new_record(payload), {}
        given = applicants.column_changes(payload, exclude_none=True)
        given.pop("nik")
        changes = {k: v for k, v in given.items() if not _same(getattr(stored, k), v)}
        if not changes:
            return payload, None, {}
        raw_phone = payload.phone if "phone" in changes else None
        return payload, None, applicants.checked_changes(stored, changes, raw_phone)
    except ProblemError as error:
        raise RowError(_rule_problems(error)) from None


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, datetime) and isinstance(new, datetime):
        return old.astimezone(UTC) == new.astimezone(UTC)
    return bool(old == new)
