"""Job-order rules: what a create or an update must meet, shared by single writes and the
batch sync; and the plain rows a bulk insert writes."""

from datetime import date
from types import SimpleNamespace
from typing import Any, Protocol, cast

from sqlmodel import SQLModel

from app.core import clock
from app.core.errors import FieldError
from app.core.i18n import Message, define
from app.models.partner import Partner, PartnerKind, PartnerStatus
from app.models.vacancy import Vacancy, VacancyCreate, VacancyUpdate
from app.reference import Scheme, Sector, is_country, is_currency
from app.services.common import refuse_emptied
from app.services.vacancies.routes import ORDER_OWNERS, owner_errors, route_errors
from app.services.vacancies.rules import (
    SCHEME_COUNTRY,
    domestic_work,
    is_zero_cost,
    language_error_field,
    worker_paid_items,
)

define(
    {
        "vacancy_has_applications": Message(
            "Job order has applications",
            "Lowongan sudah memiliki lamaran",
            "{count} application(s) refer to this job order, so it stays on record; close it "
            "instead (PATCH status to closed).",
            "{count} lamaran merujuk lowongan ini, jadi tetap tercatat; tutup saja "
            "(PATCH status menjadi closed).",
        ),
        "domestic_work_refused": Message(
            "Domestic work is not placed",
            "Pekerjaan rumah tangga tidak ditempatkan",
            "The programme places in the formal sector only; {field} {value} is household "
            "work. The sector and the ISCO-08 code decide, never the title; without an "
            "ISCO-08 code, the sector alone.",
            "Program hanya menempatkan di sektor formal; {field} {value} adalah pekerjaan "
            "rumah tangga. Yang menentukan adalah sektor dan kode ISCO-08, bukan judul; "
            "tanpa kode ISCO-08, sektor saja.",
        ),
        "zero_cost_worker_charge": Message(
            "Worker may not be charged",
            "Pekerja tidak boleh dibebani biaya",
            "This occupation is free of placement cost to the worker (BP2MI reg. 9/2020); "
            "worker-paid items: {items}.",
            "Jabatan ini bebas biaya penempatan bagi pekerja (Perban BP2MI 9/2020); "
            "biaya yang dibebankan ke pekerja: {items}.",
        ),
        "agency_invalid": Message(
            "Not an active placement agency",
            "Bukan perusahaan penempatan aktif",
            "Partner {id} cannot own job orders: {why_en}.",
            "Mitra {id} tidak dapat memiliki lowongan: {why_id}.",
        ),
        "mou_unknown": Message("Unknown MoU", "MoU tidak dikenal", "MoU {id} does not exist."),
        "external_id_taken": Message(
            "Job order already exists",
            "Lowongan sudah ada",
            "This agency already has a job order with external id {external_id}.",
            "Agensi ini sudah memiliki lowongan dengan id eksternal {external_id}.",
        ),
        "currency_unknown": Message(
            "Unknown currency", "Mata uang tidak dikenal", "{code} is not an ISO 4217 code."
        ),
        "currency_required": Message(
            "Currency required", "Mata uang wajib", "A salary needs its currency."
        ),
        "range_invalid": Message(
            "Invalid range",
            "Rentang tidak valid",
            "The minimum is above the maximum.",
            "Nilai minimum melebihi nilai maksimum.",
        ),
        "openings_below_filled": Message(
            "Openings below filled",
            "Formasi di bawah yang terisi",
            "Openings cannot be fewer than the {filled} already filled.",
            "Formasi tidak boleh kurang dari {filled} yang sudah terisi.",
        ),
        "openings_below_selected": Message(
            "Openings below selected",
            "Formasi di bawah yang terpilih",
            "{selected} application(s) are selected or placed on this job order; openings "
            "cannot be fewer.",
            "{selected} lamaran sudah terpilih atau ditempatkan pada lowongan ini; formasi "
            "tidak boleh kurang dari itu.",
        ),
        "deadline_in_past": Message(
            "Deadline in the past", "Batas waktu sudah lewat", "The deadline has passed."
        ),
        "scheme_country_mismatch": Message(
            "Scheme does not match country",
            "Skema tidak sesuai negara",
            "Scheme {scheme} places in {expected}, not {country}.",
            "Skema {scheme} untuk negara {expected}, bukan {country}.",
        ),
        "language_requirement_invalid": Message(
            "Invalid language requirement",
            "Syarat bahasa tidak valid",
            "Korean takes an EPS-TOPIK score (0-200); Japanese a level (N5..N1 or A2); "
            "English a CEFR level (A2..C2); a level or score needs a language.",
            "Bahasa Korea memakai nilai EPS-TOPIK (0-200); bahasa Jepang memakai level "
            "(N5..N1 atau A2); bahasa Inggris memakai level CEFR (A2..C2); level atau nilai "
            "memerlukan bahasa.",
        ),
    }
)

# Columns a PATCH may change but never empty (null): leave a field out to keep it.
REQUIRED_FIELDS = (
    "external_id",
    "country",
    "scheme",
    "sector",
    "occupation",
    "title",
    "openings",
    "contract_months",
    "required_certificates",
    "cost_items",
    "status",
)


class JobOrder(Protocol):
    """What the rules read: a Vacancy, or a row from `new_row` seen through a namespace."""

    agency_id: int
    mou_id: int | None
    country: str
    scheme: str
    sector: str
    occupation: str
    isco_code: str | None
    title: str
    openings: int
    filled: int
    salary_min: int | None
    salary_max: int | None
    currency: str | None
    min_age: int | None
    max_age: int | None
    language: str | None
    min_language_level: str | None
    min_language_score: int | None
    cost_items: list[dict[str, object]]
    deadline: date | None
    ssw_field: str | None
    channel: str | None
    required_certificates: list[dict[str, object]]


# Why a partner cannot own a job order, in both languages (`agency_invalid` names one).
AGENCY_REFUSALS: dict[str, tuple[str, str]] = {
    "unknown": ("no partner has this id", "tidak ada mitra dengan id ini"),
    "not_an_agency": (
        "it is not a placement agency nor the government's placement body",
        "mitra ini bukan perusahaan penempatan maupun badan penempatan pemerintah",
    ),
    # Law 18/2017: a placement company (P3MI) works only under its licence (SIP3MI).
    "licence_missing": (
        "the placement agency has no SIP3MI licence on record",
        "perusahaan penempatan ini belum tercatat memiliki SIP3MI",
    ),
    "inactive": ("the partner is archived, not active", "mitra ini diarsipkan, tidak aktif"),
    "not_own": (
        "a partner system files job orders for its own agency only",
        "sistem mitra hanya mengajukan lowongan untuk perusahaannya sendiri",
    ),
}


def agency_refusal(agency_id: object, reason: str) -> FieldError:
    why_en, why_id = AGENCY_REFUSALS[reason]
    params = {"id": agency_id, "reason": reason, "why_en": why_en, "why_id": why_id}
    return FieldError("agency_id", "agency_invalid", params)


def agency_refusal_reason(agency: Partner | None) -> str | None:
    if agency is None:
        return "unknown"
    if agency.kind not in ORDER_OWNERS:
        return "not_an_agency"
    if agency.kind == PartnerKind.placement_agency and not agency.licence_number:
        return "licence_missing"
    if agency.status != PartnerStatus.active:
        return "inactive"
    return None


def agency_errors(v: JobOrder, agency: Partner | None, mou_exists: bool) -> list[FieldError]:
    """The order's owner must be an active placement agency (or the government's placement
    body), allowed the order's scheme; its MoU must exist."""
    errors = []
    reason = agency_refusal_reason(agency)
    if reason is not None:
        errors.append(agency_refusal(v.agency_id, reason))
    elif agency is not None:
        errors += owner_errors(v.scheme, agency.kind)
    if v.mou_id is not None and not mou_exists:
        errors.append(FieldError("mou_id", "mou_unknown", {"id": v.mou_id}))
    return errors


def openings_errors(openings: int, selected: int) -> list[FieldError]:
    """Openings cannot be cut below the people already selected or placed on them."""
    if openings < selected:
        return [FieldError("openings", "openings_below_selected", {"selected": selected})]
    return []


def check_rules(v: JobOrder, creating: bool) -> list[FieldError]:
    """Every job-order rule on a whole (merged) record; the failures, in field order."""
    errors: list[FieldError] = []
    domestic = domestic_work(v.sector, v.isco_code)
    if domestic:
        field, value = domestic
        params = {"field": field, "value": value}
        errors.append(FieldError(field, "domestic_work_refused", params))
    paid_by_worker = worker_paid_items(v.cost_items)
    if paid_by_worker and is_zero_cost(v.sector, v.isco_code):
        items = ", ".join(paid_by_worker)
        errors.append(FieldError("cost_items", "zero_cost_worker_charge", {"items": items}))
    expected = SCHEME_COUNTRY.get(Scheme(v.scheme))
    if not is_country(v.country):
        errors.append(FieldError("country", "country_unknown", {"code": v.country}))
    elif expected and v.country != expected:
        params = {"scheme": v.scheme, "expected": expected, "country": v.country}
        errors.append(FieldError("scheme", "scheme_country_mismatch", params))
    if v.currency is not None and not is_currency(v.currency):
        errors.append(FieldError("currency", "currency_unknown", {"code": v.currency}))
    if (v.salary_min is not None or v.salary_max is not None) and v.currency is None:
        errors.append(FieldError("currency", "currency_required"))
    for index, item in enumerate(v.cost_items):
        code = str(item.get("currency", ""))
        if not is_currency(code):
            field = f"cost_items.{index}.currency"
            errors.append(FieldError(field, "currency_unknown", {"code": code}))
    for low, high, name in (
        (v.salary_min, v.salary_max, "salary_min"),
        (v.min_age, v.max_age, "min_age"),
    ):
        if low is not None and high is not None and low > high:
            errors.append(FieldError(name, "range_invalid"))
    if v.openings < v.filled:
        errors.append(FieldError("openings", "openings_below_filled", {"filled": v.filled}))
    if creating and v.deadline is not None and v.deadline < clock.today():
        errors.append(FieldError("deadline", "deadline_in_past"))
    language = language_error_field(v.language, v.min_language_level, v.min_language_score)
    if language:
        errors.append(FieldError(language, "language_requirement_invalid"))
    errors += route_errors(v)
    return errors


def new_vacancy(payload: VacancyCreate) -> Vacancy:
    """The row a create would store, not yet validated against the rules."""
    # Fields sent as null take the column's default (e.g. 24 contract months).
    values = {k: v for k, v in payload.model_dump(mode="json").items() if v is not None}
    vacancy = Vacancy(**values)
    vacancy.deadline = payload.deadline
    return vacancy


def _column_defaults() -> dict[str, Any]:
    table = SQLModel.metadata.tables["vacancy"]
    return {c.name: None for c in table.columns if c.name != "id"} | new_vacancy(
        VacancyCreate(
            agency_id=0,
            external_id="-",
            country="ID",
            scheme=Scheme.private,
            sector=Sector.manufacturing,
            occupation="-",
            title="-",
            openings=1,
        )
    ).model_dump(include={"filled", "contract_months", "status", "version"})


# Every column's value when a create leaves it out, read once from the model.
COLUMN_DEFAULTS = _column_defaults()


def new_row(payload: VacancyCreate) -> dict[str, Any]:
    """`new_vacancy` as a plain row, for bulk inserts: building a table model costs far more
    than the dict it holds (SQLModel inspects the class on each construction)."""
    # Top-level nulls only: a cost item's `note: null` is part of the value, as in new_vacancy.
    values = {k: v for k, v in payload.model_dump(mode="json").items() if v is not None}
    row = {**COLUMN_DEFAULTS, "required_certificates": [], "cost_items": [], **values}
    row["deadline"] = payload.deadline
    return row


def field_changes(vacancy: Vacancy, payload: VacancyUpdate) -> dict[str, Any]:
    """The fields the payload really changes; empty means no new version, no audit entry."""
    refuse_emptied(payload, REQUIRED_FIELDS)
    # Only the top level is "unset"-filtered: a nested item's defaults (a cost item's IDR)
    # are part of the value sent.
    dumped = payload.model_dump(mode="json", include=payload.model_fields_set)
    changes = {name: dumped[name] for name in payload.model_fields_set}
    if "deadline" in changes:
        changes["deadline"] = payload.deadline
    return {k: v for k, v in changes.items() if getattr(vacancy, k) != v}


def update_errors(
    vacancy: Vacancy,
    changes: dict[str, Any],
    mou_exists: bool,
    selected: int,
    owner_kind: str | None = None,
) -> list[FieldError]:
    """Every rule the record would break with `changes` applied.

    The rules read a merged copy, so that a refused change leaves the stored row untouched;
    a plain namespace, not a model: a batch of updates builds one per item, and constructing
    a table model costs far more than the rules. The agency cannot change here, so an order
    of a since-archived agency can still be closed. `owner_kind` is needed when the scheme
    changes (a government-only scheme).
    """
    merged = cast(JobOrder, SimpleNamespace(**{**vacancy.model_dump(), **changes}))
    # The selections first: they name the real cause when `filled` is below openings too.
    errors = openings_errors(merged.openings, selected) if "openings" in changes else []
    errors += check_rules(merged, creating=False)
    if "mou_id" in changes:
        errors += [e for e in agency_errors(merged, None, mou_exists) if e.field == "mou_id"]
    if "scheme" in changes and owner_kind is not None:
        errors += owner_errors(merged.scheme, owner_kind)
    return errors
