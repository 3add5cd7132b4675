"""Small helpers every service uses: fetch-or-404, field-error collection, commits."""

from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from app.errors import FieldError, ProblemError, not_found
from app.models.base import utcnow

M = TypeVar("M", bound=SQLModel)


def get_or_404(session: Session, model: type[M], item_id: int, kind: str) -> M:
    item = session.get(model, item_id)
    if item is None:
        raise not_found(kind)
    return item


def raise_if_invalid(errors: list[FieldError]) -> None:
    """One 422 carrying every broken rule, so a client can fix them all at once."""
    if errors:
        first = errors[0]
        raise ProblemError(422, first.code, dict(first.params), errors=errors)


def apply_changes(item: SQLModel, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        setattr(item, name, value)
    if hasattr(item, "updated_at"):
        item.updated_at = utcnow()
    if hasattr(item, "version") and changes:
        item.version += 1


def commit_or_conflict(session: Session, code: str, params: dict[str, Any] | None = None) -> None:
    """Commit; a unique-constraint race that slipped past our checks becomes a 409."""
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise ProblemError(409, code, params or {}) from None
