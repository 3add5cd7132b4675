"""Small helpers every service uses: fetch-or-404, field-error collection, commits."""

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from app.core.errors import FieldError, ProblemError, not_found
from app.core.i18n import Message, define
from app.models.base import utcnow

define(
    {
        "value_required": Message(
            "Value required",
            "Nilai wajib diisi",
            "This field cannot be emptied; leave it out to keep the current value.",
            "Isian ini tidak boleh dikosongkan; hilangkan dari permintaan untuk mempertahankan "
            "nilai sekarang.",
        ),
    }
)

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


def refuse_emptied(payload: BaseModel, required: Iterable[str]) -> None:
    """A partial update may leave a required field out, but not set it to null."""
    raise_if_invalid(
        [
            FieldError(name, "value_required")
            for name in required
            if name in payload.model_fields_set and getattr(payload, name) is None
        ]
    )


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
