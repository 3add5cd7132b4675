"""The identity check: a NIK that disagrees with the recorded birth date or sex is flagged for
an officer, never refused.

Digits 7-12 of a NIK encode the birth date (and, through the day + 40, the sex) recorded when
the NIK was issued. Dukcapil does not re-issue a NIK when a birth date is corrected later, so
real people carry a NIK that disagrees with their correct birth date for life. Refusing them
would shut them out of the programme; accepting them silently would let a typo through. So
the record is kept as given and flagged `needs_check` until an officer compares it with the
KTP-el (`verify`). A malformed NIK (length, area codes, a date that does not exist) is still
refused, in `identity_numbers.parse_nik`.
"""

from typing import Any

from sqlmodel import Session

from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.principal import Principal
from app.models.applicant import (
    Applicant,
    IdentityCheck,
    IdentityCheckStatus,
    IdentityMismatch,
    IdentityVerification,
)
from app.models.base import utcnow
from app.reference import Sex
from app.services import audit
from app.services.applicants.identity_numbers import nik_mismatches
from app.services.common import apply_changes, get_or_404

RULE_SOURCE = (
    "UU 23/2006 on population administration as amended by UU 24/2013, art. 1(12) and 13(1): "
    "a NIK is unique and held for life; PP 40/2019 art. 30(2): a NIK does not change; "
    "Permendagri 108/2019 on the requirements and procedures of population registration and "
    "civil registration: a corrected birth date is recorded in the biodata and the NIK stays "
    "(article to be confirmed); Ditjen Dukcapil: a NIK is not re-issued when a birth date is "
    "corrected, so it may disagree with the correct birth date. Checked 2026-12-05."
)

define(
    {
        "identity_check_not_open": Message(
            "No identity check open",
            "Tidak ada pemeriksaan identitas terbuka",
            "The record's identity check is {status}: only a record whose NIK disagrees with "
            "its birth date or sex, not yet verified, waits for an officer's check.",
            "Status pemeriksaan identitas data ini {status}: hanya data yang NIK-nya tidak "
            "sesuai tanggal lahir atau jenis kelamin, dan belum diverifikasi, yang menunggu "
            "pemeriksaan petugas.",
        ),
    }
)

# What a change that makes the record agree with its NIK, or asks for a new check, resets.
_NO_VERIFICATION = {
    "identity_verified_at": None,
    "identity_verified_by": None,
    "identity_verification_note": None,
}


def mismatches(applicant: Applicant) -> list[IdentityMismatch]:
    """The record's disagreements with its NIK."""
    return nik_mismatches(applicant.nik, applicant.birth_date, Sex(applicant.sex))


def judge(record: Applicant, stored: Applicant | None) -> dict[str, Any]:
    """The identity columns `record` (a new applicant, or a stored one with changes applied)
    must change to, as changes (none when they are right already).

    A verification holds only for the birth date and sex the officer saw: changing either
    while the NIK still disagrees raises the flag again."""
    target: dict[str, Any]
    if not mismatches(record):
        target = {"identity_check": IdentityCheckStatus.consistent, **_NO_VERIFICATION}
    elif (
        stored is not None
        and stored.identity_check != IdentityCheckStatus.consistent
        and (stored.birth_date, stored.sex) == (record.birth_date, record.sex)
    ):
        target = {}
    else:
        target = {"identity_check": IdentityCheckStatus.needs_check, **_NO_VERIFICATION}
    return {name: value for name, value in target.items() if getattr(record, name) != value}


def to_read(applicant: Applicant) -> IdentityCheck:
    return IdentityCheck(
        status=IdentityCheckStatus(applicant.identity_check),
        reasons=mismatches(applicant),
        verified_at=applicant.identity_verified_at,
        verified_by=applicant.identity_verified_by,
        note=applicant.identity_verification_note,
    )


def verify(
    session: Session, applicant_id: int, payload: IdentityVerification, actor: Principal
) -> Applicant:
    """An officer found the record right on the KTP-el: the flag is cleared, with who and why."""
    applicant = get_or_404(session, Applicant, applicant_id, "applicant")
    if applicant.identity_check != IdentityCheckStatus.needs_check:
        raise ProblemError(409, "identity_check_not_open", {"status": applicant.identity_check})
    before = audit.snapshot(applicant)
    apply_changes(
        applicant,
        {
            "identity_check": IdentityCheckStatus.verified,
            "identity_verified_at": utcnow(),
            "identity_verified_by": actor.label,
            "identity_verification_note": payload.note,
        },
    )
    session.add(applicant)
    after = audit.snapshot(applicant)
    return audit.committed(
        session, applicant, actor.label, "verify_identity", "applicant", applicant_id, before, after
    )
