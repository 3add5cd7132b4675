"""Programme targets per year, metric, country and sector."""

from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.core.errors import FieldError, ProblemError
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.models.target import (
    ProgrammeTarget,
    TargetCreate,
    TargetFilters,
    TargetUpdate,
)
from app.reference import is_country
from app.services.common import apply_changes, get_or_404, raise_if_invalid, refuse_emptied

define(
    {
        "target_exists": Message(
            "Target already set",
            "Target sudah ada",
            "A {metric} target for {year}, country {country}, sector {sector} already exists; "
            "change that one instead.",
            "Target {metric} untuk tahun {year}, negara {country}, sektor {sector} sudah ada; "
            "ubah target tersebut.",
        ),
        "stretch_below_number": Message(
            "Stretch below target",
            "Target atas di bawah target",
            "The upper end of the range ({stretch_number}) is below the target ({number}).",
            "Batas atas rentang ({stretch_number}) lebih kecil dari target ({number}).",
        ),
    }
)


def _key(target: ProgrammeTarget) -> dict[str, object]:
    return {
        "year": target.year,
        "metric": target.metric,
        "country": target.country or "all",
        "sector": target.sector or "all",
    }


def _check(target: ProgrammeTarget) -> None:
    errors: list[FieldError] = []
    if target.country is not None and not is_country(target.country):
        errors.append(FieldError("country", "country_unknown", {"code": target.country}))
    if target.stretch_number is not None and target.stretch_number < target.number:
        numbers = {"number": target.number, "stretch_number": target.stretch_number}
        errors.append(FieldError("stretch_number", "stretch_below_number", numbers))
    raise_if_invalid(errors)


def _exists(session: Session, target: ProgrammeTarget) -> bool:
    """Whether a target is set for the same year, metric, country and sector. NULL means
    "all" and matches only NULL: "2026 departures, all countries" is a row of its own."""
    same = select(ProgrammeTarget.id).where(
        ProgrammeTarget.year == target.year,
        ProgrammeTarget.metric == target.metric,
        col(ProgrammeTarget.country).is_(None)
        if target.country is None
        else col(ProgrammeTarget.country) == target.country,
        col(ProgrammeTarget.sector).is_(None)
        if target.sector is None
        else col(ProgrammeTarget.sector) == target.sector,
    )
    return session.exec(same).first() is not None


def create_target(session: Session, payload: TargetCreate) -> ProgrammeTarget:
    target = ProgrammeTarget(**payload.model_dump(mode="json"))
    _check(target)
    if _exists(session, target):
        raise ProblemError(409, "target_exists", _key(target))
    session.add(target)
    session.commit()
    session.refresh(target)
    return target


def get_target(session: Session, target_id: int) -> ProgrammeTarget:
    return get_or_404(session, ProgrammeTarget, target_id, "target")


def update_target(session: Session, target_id: int, payload: TargetUpdate) -> ProgrammeTarget:
    target = get_target(session, target_id)
    refuse_emptied(payload, ("number",))
    changes = payload.model_dump(exclude_unset=True)
    _check(ProgrammeTarget.model_validate({**target.model_dump(), **changes}))
    apply_changes(target, changes)
    session.add(target)
    session.commit()
    session.refresh(target)
    return target


def delete_target(session: Session, target_id: int) -> None:
    session.delete(get_target(session, target_id))
    session.commit()


def targets_query(filters: TargetFilters) -> SelectOfScalar[ProgrammeTarget]:
    """The targets `GET /targets` lists for these filters (its export too), unordered."""
    conditions = where_all(
        col(ProgrammeTarget.year) == filters.year if filters.year is not None else None,
        col(ProgrammeTarget.metric) == filters.metric if filters.metric else None,
        col(ProgrammeTarget.country) == filters.country if filters.country else None,
        col(ProgrammeTarget.sector) == filters.sector if filters.sector else None,
    )
    return select(ProgrammeTarget).where(*conditions)


def list_targets(
    session: Session, page: PageParams, filters: TargetFilters
) -> tuple[list[ProgrammeTarget], str | None]:
    return paginate(session, targets_query(filters), ProgrammeTarget.id, page)
