"""Linking an account to a record the office imported, once the person proved it is theirs.

A NIK and birth date are no proof: the birth date is written inside the NIK, and NIKs are
printed on many documents. So a sign-up that matches an imported record leaves the account
unlinked (`pending_applicant_id`) and sends a code to the phone or e-mail already on the
record, never to one given at sign-up. The code coming back, or an officer who saw the
person's KTP-el, links the account; until then it sees nothing of the record.
"""

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.core.config import Settings
from app.core.db import for_update
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.principal import Principal
from app.models.applicant import Applicant
from app.models.base import utcnow
from app.models.identity import AccountLinkConfirm, LinkPending, LinkProof, Role, UserAccount
from app.models.verification import CodePurpose, CodeSent, DestinationKind, VerificationCode
from app.services import audit
from app.services.common import get_or_404
from app.services.identity import codes

VERIFY_PATH = "/api/v1/auth/link/verify"
RESEND_PATH = "/api/v1/auth/link/resend"

define(
    {
        "link_not_pending": Message(
            "No record waiting to be linked",
            "Tidak ada data yang menunggu dihubungkan",
            "This account has not asked to be linked to a record, or is linked already.",
            "Akun ini tidak sedang meminta dihubungkan dengan data, atau sudah terhubung.",
        ),
        "link_needs_office": Message(
            "Identity check at the office",
            "Pemeriksaan identitas di kantor",
            "The record has no phone or e-mail to send a code to; bring your KTP-el to "
            "Disnakertrans Kota Serang, where an officer links the account.",
            "Data tidak memiliki nomor telepon atau e-mail untuk dikirimi kode; bawa KTP-el "
            "Anda ke Disnakertrans Kota Serang, petugas akan menghubungkan akun.",
        ),
        "link_not_requested": Message(
            "Account did not ask for this record",
            "Akun tidak meminta data ini",
            "Only an account that signed up with this record's NIK and birth date, and is "
            "waiting, can be linked to it.",
            "Hanya akun yang mendaftar dengan NIK dan tanggal lahir data ini, dan sedang "
            "menunggu, yang dapat dihubungkan.",
        ),
    }
)


def record_destination(applicant: Applicant) -> tuple[DestinationKind, str] | None:
    """Where a code for this record goes: its phone, else its e-mail."""
    if applicant.phone:
        return DestinationKind.phone, applicant.phone
    if applicant.email:
        return DestinationKind.email, applicant.email
    return None


def _pending(sent: CodeSent | None) -> LinkPending:
    if sent is None:
        return LinkPending(proof=LinkProof.visit_office)
    return LinkPending(
        proof=LinkProof.code_sent, code=sent, verify_at=VERIFY_PATH, resend_at=RESEND_PATH
    )


def request_link(
    session: Session, outbox: codes.Outbox, account: UserAccount, applicant: Applicant
) -> LinkPending:
    """Stage the account's request for the record, and its code (no commit)."""
    assert account.id is not None and applicant.id is not None
    account.pending_applicant_id = applicant.id
    session.add(account)
    destination = record_destination(applicant)
    sent = None
    if destination is not None:
        kind, value = destination
        sent = outbox.issue(
            session,
            purpose=CodePurpose.link,
            user_id=account.id,
            kind=kind,
            destination=value,
            applicant_id=applicant.id,
        )
    # The code itself is never recorded; which way the proof goes is.
    audit.record(
        session,
        f"user:{account.id}",
        "link_requested",
        "user",
        account.id,
        None,
        {
            "pending_applicant_id": applicant.id,
            "proof": LinkProof.code_sent if sent else LinkProof.visit_office,
            "destination_kind": sent.destination_kind if sent else None,
        },
    )
    return _pending(sent)


def link_status(session: Session, account: UserAccount) -> LinkPending | None:
    if account.pending_applicant_id is None or account.id is None:
        return None
    live = codes.latest(session, CodePurpose.link, account.id)
    return _pending(codes.code_sent(live) if live is not None else None)


def _locked_account(session: Session, account_id: int) -> UserAccount | None:
    return session.exec(for_update(select(UserAccount).where(UserAccount.id == account_id))).first()


def _link(
    session: Session, account: UserAccount, applicant: Applicant, actor: str, proof: str
) -> None:
    """Link and commit; 409 when another account took the record first."""
    assert account.id is not None and applicant.id is not None
    taken = session.exec(
        select(UserAccount.id).where(
            UserAccount.applicant_id == applicant.id, col(UserAccount.id) != account.id
        )
    ).first()
    if taken is not None:
        account.pending_applicant_id = None
        session.add(account)
        session.commit()
        raise ProblemError(409, "applicant_has_account")
    account.applicant_id = applicant.id
    account.pending_applicant_id = None
    account.full_name = applicant.full_name
    session.add(account)
    # Whoever else asked for the record is turned away now; their codes stop working.
    session.execute(
        update(UserAccount)
        .where(
            col(UserAccount.pending_applicant_id) == applicant.id,
            col(UserAccount.id) != account.id,
        )
        .values(pending_applicant_id=None)
    )
    session.execute(
        update(VerificationCode)
        .where(
            col(VerificationCode.purpose) == CodePurpose.link,
            col(VerificationCode.applicant_id) == applicant.id,
            col(VerificationCode.used_at).is_(None),
            col(VerificationCode.replaced_at).is_(None),
        )
        .values(replaced_at=utcnow())
    )
    audit.record(
        session,
        actor,
        "link",
        "user",
        account.id,
        {"applicant_id": None},
        {"applicant_id": applicant.id, "proof": proof},
    )
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise ProblemError(409, "applicant_has_account") from None


def verify_link(session: Session, settings: Settings, account_id: int, code: str) -> UserAccount:
    account = _locked_account(session, account_id)
    if account is None or account.pending_applicant_id is None:
        raise ProblemError(409, "link_not_pending")
    applicant = get_or_404(session, Applicant, account.pending_applicant_id, "applicant")
    used = codes.consume(session, settings, CodePurpose.link, account_id, code)
    _link(session, account, applicant, f"user:{account_id}", f"code_{used.destination_kind}")
    session.refresh(account)
    return account


def resend_link(session: Session, outbox: codes.Outbox, account_id: int) -> LinkPending:
    account = _locked_account(session, account_id)
    if account is None or account.pending_applicant_id is None:
        raise ProblemError(409, "link_not_pending")
    applicant = get_or_404(session, Applicant, account.pending_applicant_id, "applicant")
    # The record as it is now: an officer may have added a phone since the sign-up.
    destination = record_destination(applicant)
    if destination is None:
        raise ProblemError(409, "link_needs_office")
    kind, value = destination
    sent = outbox.issue(
        session,
        purpose=CodePurpose.link,
        user_id=account_id,
        kind=kind,
        destination=value,
        applicant_id=applicant.id,
    )
    session.commit()
    return _pending(sent)


def confirm_at_office(
    session: Session, applicant_id: int, payload: AccountLinkConfirm, officer: Principal
) -> UserAccount:
    """An officer saw the person's papers and links the account that asked for the record."""
    applicant = get_or_404(session, Applicant, applicant_id, "applicant")
    account = _locked_account(session, payload.account_id)
    if account is None or account.role != Role.applicant:
        raise ProblemError(404, "not_found", {"kind": "user"})
    if account.pending_applicant_id != applicant_id:
        raise ProblemError(409, "link_not_requested")
    proof = payload.identity_checked.value
    if payload.note:
        proof = f"{proof}: {payload.note}"
    _link(session, account, applicant, officer.label, proof)
    session.refresh(account)
    return account
