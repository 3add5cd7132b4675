"""An applicant's credentials: language results, skill certificates, training completions."""

from datetime import date
from typing import Any

from sqlmodel import Session, col, or_, select

from app.core import clock
from app.core.errors import FieldError, not_found
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
from app.models.base import utcnow
from app.models.credential import (
    KIND_OF_TYPE,
    Credential,
    CredentialCreate,
    CredentialKind,
    CredentialRead,
    CredentialType,
    CredentialUpdate,
    Verification,
)
from app.reference import SswField
from app.services import audit
from app.services.applicants.service import get_applicant
from app.services.common import apply_changes, raise_if_invalid, refuse_emptied
from app.services.matching.ssw_fields import SSW_FIELD_TYPES, field_named
from app.services.matching.validity import validity_limit

define(
    {
        "credential_level_invalid": Message(
            "Invalid level",
            "Level tidak valid",
            "{type} needs a level among {allowed}.",
            "{type} memerlukan level salah satu dari {allowed}.",
        ),
        "credential_score_required": Message(
            "Score required", "Nilai wajib", "{type} needs a score.", "{type} memerlukan nilai."
        ),
        "credential_field_not_used": Message(
            "Field not used",
            "Isian tidak dipakai",
            "{type} has no {field}.",
            "{type} tidak memiliki {field}.",
        ),
        "credential_field_required": Message(
            "Field required",
            "Bidang wajib",
            "{type} needs the field, scheme or subject it certifies.",
            "{type} memerlukan bidang, skema, atau materi yang disertifikasi.",
        ),
        "ssw_field_unknown": Message(
            "Unknown SSW field",
            "Bidang SSW tidak dikenal",
            "{type} names one of the Specified Skilled Worker fields: {allowed}.",
            "{type} harus menyebut salah satu bidang Specified Skilled Worker: {allowed}.",
        ),
        "issued_in_future": Message(
            "Issue date in the future",
            "Tanggal terbit di masa depan",
            "A credential cannot be issued after today.",
            "Kredensial tidak dapat terbit setelah hari ini.",
        ),
        "expiry_before_issue": Message(
            "Expiry before issue",
            "Kedaluwarsa sebelum terbit",
            "The expiry date is before the issue date.",
            "Tanggal kedaluwarsa sebelum tanggal terbit.",
        ),
    }
)

LEVELS: dict[CredentialType, tuple[str, ...]] = {
    CredentialType.jlpt: ("N5", "N4", "N3", "N2", "N1"),
    CredentialType.jft_basic: ("A2",),
}
SCORED = {CredentialType.eps_topik}
NEEDS_FIELD = {
    CredentialType.ssw_skill_test,
    CredentialType.bnsp_competency,
    CredentialType.training_completion,
    CredentialType.titp_completion,
}


def canonical_field(kind: CredentialType, field: str | None) -> str | None:
    """An SSW field's code for the types that certify one (any of its names is taken);
    other fields as entered. A name that is no SSW field is kept, for `check_rules` to refuse."""
    if kind in SSW_FIELD_TYPES and field:
        named = field_named(field)
        return named.value if named is not None else field
    return field


def to_read(credential: Credential) -> CredentialRead:
    expired = credential.expires_on is not None and credential.expires_on < clock.today()
    return CredentialRead.model_validate({**credential.model_dump(), "expired": expired})


def check_rules(c: Credential) -> None:
    kind = CredentialType(c.type)
    errors: list[FieldError] = []
    if kind in LEVELS and c.level not in LEVELS[kind]:
        allowed = ", ".join(LEVELS[kind])
        errors.append(
            FieldError(
                "level", "credential_level_invalid", {"type": kind.value, "allowed": allowed}
            )
        )
    if kind not in LEVELS and c.level is not None:
        errors.append(
            FieldError("level", "credential_field_not_used", {"type": kind.value, "field": "level"})
        )
    if kind in SCORED and c.score is None:
        errors.append(FieldError("score", "credential_score_required", {"type": kind.value}))
    if kind not in SCORED and c.score is not None:
        errors.append(
            FieldError("score", "credential_field_not_used", {"type": kind.value, "field": "score"})
        )
    if kind in NEEDS_FIELD and not c.field:
        errors.append(FieldError("field", "credential_field_required", {"type": kind.value}))
    elif kind in SSW_FIELD_TYPES and field_named(c.field) is None:
        allowed = ", ".join(f.value for f in SswField)
        errors.append(
            FieldError("field", "ssw_field_unknown", {"type": kind.value, "allowed": allowed})
        )
    if c.issued_on > clock.today():
        errors.append(FieldError("issued_on", "issued_in_future"))
    if c.expires_on is not None and c.expires_on < c.issued_on:
        errors.append(FieldError("expires_on", "expiry_before_issue"))
    raise_if_invalid(errors)


def _verification_stamp(changes: dict[str, Any]) -> None:
    if "verification" in changes:
        verified = changes["verification"] == Verification.verified
        changes["verified_at"] = utcnow() if verified else None


def create_credential(
    session: Session, applicant_id: int, payload: CredentialCreate, actor: Principal
) -> Credential:
    get_applicant(session, applicant_id, actor)
    data = payload.model_dump(exclude_none=True)
    if payload.type == CredentialType.jft_basic and payload.level is None:
        data["level"] = "A2"  # JFT-Basic is pass/fail at A2
    if payload.expires_on is None:
        data["expires_on"] = validity_limit(payload.type, payload.issued_on)
    data["field"] = canonical_field(payload.type, payload.field)
    if not actor.is_staff:
        data.pop("verification", None)  # only the office verifies
    _verification_stamp(data)
    credential = Credential(applicant_id=applicant_id, kind=KIND_OF_TYPE[payload.type], **data)
    check_rules(credential)
    session.add(credential)
    session.flush()
    return audit.committed(
        session,
        credential,
        actor.label,
        "create",
        "credential",
        credential.id or 0,
        None,
        audit.snapshot(credential),
    )


def get_credential(
    session: Session, applicant_id: int, credential_id: int, viewer: Principal
) -> Credential:
    get_applicant(session, applicant_id, viewer)
    credential = session.get(Credential, credential_id)
    if credential is None or credential.applicant_id != applicant_id:
        raise not_found("credential")
    return credential


def update_credential(
    session: Session,
    applicant_id: int,
    credential_id: int,
    payload: CredentialUpdate,
    actor: Principal,
) -> Credential:
    credential = get_credential(session, applicant_id, credential_id, actor)
    refuse_emptied(payload, ("issuer", "issued_on", "verification"))
    changes = payload.model_dump(exclude_unset=True)
    if not actor.is_staff:
        changes.pop("verification", None)
    _verification_stamp(changes)
    if changes.get("field"):
        changes["field"] = canonical_field(CredentialType(credential.type), changes["field"])
    check_rules(Credential.model_validate({**credential.model_dump(), **changes}))
    before = audit.snapshot(credential)
    apply_changes(credential, changes)
    session.add(credential)
    return audit.committed(
        session,
        credential,
        actor.label,
        "update",
        "credential",
        credential_id,
        before,
        audit.snapshot(credential),
    )


def delete_credential(
    session: Session, applicant_id: int, credential_id: int, actor: Principal
) -> None:
    credential = get_credential(session, applicant_id, credential_id, actor)
    audit.record(
        session, actor.label, "delete", "credential", credential_id, audit.snapshot(credential)
    )
    session.delete(credential)
    session.commit()


def list_credentials(
    session: Session,
    applicant_id: int,
    viewer: Principal,
    page: PageParams,
    *,
    type: CredentialType | None = None,
    kind: CredentialKind | None = None,
    verification: Verification | None = None,
    valid_on: date | None = None,
) -> tuple[list[Credential], str | None]:
    get_applicant(session, applicant_id, viewer)
    conditions = where_all(
        col(Credential.applicant_id) == applicant_id,
        col(Credential.type) == type if type else None,
        col(Credential.kind) == kind if kind else None,
        col(Credential.verification) == verification if verification else None,
        or_(col(Credential.expires_on).is_(None), col(Credential.expires_on) >= valid_on)
        if valid_on
        else None,
    )
    return paginate(session, select(Credential).where(*conditions), Credential.id, page)
