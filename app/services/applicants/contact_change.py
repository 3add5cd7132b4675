"""A person's new phone or e-mail counts once a code sent to it comes back.

The record's phone and e-mail are where codes go (linking an account, a password reset):
whoever can write them could later prove anything. So a person's own change of either is
held, a code goes to the new one, and `verify` applies it. Officers change them at once
(they speak with the person). Removing one needs no proof.
"""

from typing import Any

from sqlmodel import Session, select

from app.core.config import Settings
from app.core.db import for_update
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.principal import Principal
from app.models.applicant import Applicant
from app.models.verification import CodePurpose, CodeSent, ContactChangeVerify, DestinationKind
from app.services import audit
from app.services.common import apply_changes
from app.services.identity import codes

define(
    {
        "contact_change_no_record": Message(
            "No record to change",
            "Tidak ada data untuk diubah",
            "This account is not linked to a job seeker record.",
            "Akun ini tidak terhubung dengan data pencari kerja.",
        ),
    }
)


def hold(changes: dict[str, Any], applicant: Applicant, actor: Principal) -> dict[str, str]:
    """Take the person's new phone or e-mail out of `changes`: they wait for proof."""
    if actor.is_staff:
        return {}
    held = {}
    for kind in DestinationKind:
        new = changes.get(kind.value)
        if new is not None and new != getattr(applicant, kind.value):
            held[kind.value] = changes.pop(kind.value)
    return held


def request(
    session: Session,
    outbox: codes.Outbox,
    actor: Principal,
    applicant: Applicant,
    held: dict[str, str],
) -> list[CodeSent]:
    """Stage a code to each new contact (no commit), and its audit entry."""
    assert applicant.id is not None
    sent = []
    for kind, value in held.items():
        sent.append(
            outbox.issue(
                session,
                purpose=CodePurpose.contact_change,
                user_id=actor.id,
                kind=DestinationKind(kind),
                destination=value,
                applicant_id=applicant.id,
            )
        )
    audit.record(session, actor.label, "contact_change_asked", "applicant", applicant.id, {}, held)
    return sent


def verify(
    session: Session, settings: Settings, actor: Principal, payload: ContactChangeVerify
) -> Applicant:
    if actor.applicant_id is None:
        raise ProblemError(404, "contact_change_no_record")
    used = codes.consume(
        session, settings, CodePurpose.contact_change, actor.id, payload.code, payload.kind
    )
    if used.applicant_id != actor.applicant_id:
        # Asked while linked to another record: nothing to apply here.
        raise ProblemError(409, "code_not_pending")
    applicant = session.exec(
        for_update(select(Applicant).where(Applicant.id == actor.applicant_id))
    ).one()
    before = audit.snapshot(applicant)
    apply_changes(applicant, {payload.kind.value: used.destination})
    session.add(applicant)
    audit.record(
        session,
        actor.label,
        "contact_change",
        "applicant",
        applicant.id or 0,
        before,
        audit.snapshot(applicant),
    )
    session.commit()
    session.refresh(applicant)
    return applicant
