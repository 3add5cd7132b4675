"""One-time codes that prove a phone or e-mail is the person's: sign-up against a record
the office imported, a new phone or e-mail, a forgotten password.

A code is six digits from `secrets`, counts for `verification_code_minutes` (10), is used
once, and dies after `verification_code_attempts` (5) wrong tries. Only its HMAC-SHA256
digest is stored (key: `keys.hmac_key`, from the current encryption key), compared in
constant time. A new code of the same purpose replaces the unused ones; at most
`verification_sends_per_window` (3) go to an account in
`verification_send_window_minutes` (15), counted from this table.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from app.core.config import Settings
from app.core.db import for_update
from app.core.errors import FieldError, ProblemError
from app.core.i18n import Language, Message, define, negotiate
from app.core.keys import hmac_key
from app.core.messaging import OutgoingMessage, Senders, deliver
from app.models.base import utcnow
from app.models.verification import CodePurpose, CodeSent, DestinationKind, VerificationCode
from app.services.applicants.privacy import mask_email

CODE_DIGITS = 6

define(
    {
        "code_invalid": Message(
            "Wrong code",
            "Kode salah",
            "The code is not the one sent; {attempts_left} tries left.",
            "Kode tidak sesuai dengan yang dikirim; sisa {attempts_left} kali percobaan.",
        ),
        "code_expired": Message(
            "Code expired",
            "Kode kedaluwarsa",
            "The code is no longer valid; ask for a new one.",
            "Kode sudah tidak berlaku; minta kode baru.",
        ),
        "code_used": Message(
            "Code already used",
            "Kode sudah dipakai",
            "Each code works once; ask for a new one if needed.",
            "Setiap kode hanya berlaku sekali; minta kode baru bila perlu.",
        ),
        "code_attempts_exhausted": Message(
            "Too many wrong codes",
            "Terlalu banyak kode salah",
            "This code was entered wrongly too many times and no longer works; ask for a new one.",
            "Kode ini terlalu sering dimasukkan salah dan tidak berlaku lagi; minta kode baru.",
        ),
        "code_not_pending": Message(
            "No code waiting",
            "Tidak ada kode yang menunggu",
            "No code was sent for this; ask for one first.",
            "Belum ada kode yang dikirim untuk ini; minta kode terlebih dahulu.",
        ),
        "code_send_limit": Message(
            "Too many codes sent",
            "Terlalu banyak kode dikirim",
            "At most {limit} codes are sent in {minutes} minutes; try again later.",
            "Paling banyak {limit} kode dikirim dalam {minutes} menit; coba lagi nanti.",
        ),
    }
)

# Problem codes of a code that did not prove anything (password reset folds them into one).
CODE_FAILURES = frozenset(
    {"code_invalid", "code_expired", "code_used", "code_attempts_exhausted", "code_not_pending"}
)

_PURPOSE_TEXT: dict[str, dict[Language, tuple[str, str]]] = {
    CodePurpose.link: {
        "id": (
            "Kode verifikasi akun",
            "untuk menghubungkan akun baru dengan data pencari kerja Anda. Jika bukan Anda "
            "yang mendaftar, abaikan pesan ini dan hubungi Disnakertrans.",
        ),
        "en": (
            "Account verification code",
            "to link a new account to your job seeker record. If you did not sign up, "
            "ignore this message and contact Disnakertrans.",
        ),
    },
    CodePurpose.contact_change: {
        "id": (
            "Kode verifikasi kontak baru",
            "untuk memakai nomor telepon atau e-mail ini di data pencari kerja Anda.",
        ),
        "en": (
            "New contact verification code",
            "to use this phone number or e-mail on your job seeker record.",
        ),
    },
    CodePurpose.password_reset: {
        "id": (
            "Kode atur ulang kata sandi",
            "untuk mengatur ulang kata sandi akun Anda. Jika Anda tidak memintanya, abaikan "
            "pesan ini.",
        ),
        "en": (
            "Password reset code",
            "to reset your account's password. If you did not ask for it, ignore this message.",
        ),
    },
}


def message_language(accept_language: str | None) -> Language:
    """Messages go out in Indonesian unless the person's requests ask for English."""
    return negotiate(accept_language) if accept_language else "id"


def compose(purpose: str, lang: Language, code: str, minutes: int) -> tuple[str, str]:
    subject, reason = _PURPOSE_TEXT[purpose][lang]
    if lang == "id":
        text = (
            f"Disnakertrans Kota Serang: kode Anda {code}, berlaku {minutes} menit, {reason} "
            "Jangan berikan kode ini kepada siapa pun, termasuk petugas."
        )
    else:
        text = (
            f"Disnakertrans Kota Serang: your code is {code}, valid for {minutes} minutes, "
            f"{reason} Never give this code to anyone, officers included."
        )
    return subject, text


def mask_destination(kind: str, value: str) -> str:
    """`+62 8** **** 123` for +628121234123, `s***@example.org` for an e-mail."""
    if kind == DestinationKind.email:
        return mask_email(value) or ""
    national = value.removeprefix("+62")
    hidden = national[:1] + "*" * max(0, len(national) - 4) + national[-3:]
    return f"+62 {hidden[:3]} {hidden[3:-3]} {hidden[-3:]}"


def code_sent(row: VerificationCode) -> CodeSent:
    return CodeSent(
        destination_kind=DestinationKind(row.destination_kind),
        destination=mask_destination(row.destination_kind, row.destination),
        expires_at=row.expires_at,
    )


def code_digest(settings: Settings, purpose: str, user_id: int, kind: str, code: str) -> str:
    # The code is bound to its purpose, account and channel: a digest copied to another row
    # proves nothing there.
    text = f"{purpose}:{user_id}:{kind}:{code}".encode()
    return hmac.new(hmac_key(settings, "one-time codes"), text, hashlib.sha256).hexdigest()


class Outbox:
    """The codes a request stages, and the messages carrying them: `send` them once the
    request's transaction has committed. A failed send leaves the code in place; the
    person asks for another."""

    def __init__(self, settings: Settings, senders: Senders, lang: Language) -> None:
        self.settings = settings
        self.senders = senders
        self.lang = lang
        self.messages: list[tuple[str, OutgoingMessage]] = []

    def issue(
        self,
        session: Session,
        *,
        purpose: CodePurpose,
        user_id: int,
        kind: DestinationKind,
        destination: str,
        applicant_id: int | None = None,
    ) -> CodeSent:
        """Stage a new code in the caller's transaction (no commit), replacing the unused
        ones of this purpose (and kind, for contact changes); 429 past the send limit."""
        settings = self.settings
        now = utcnow()
        window = timedelta(minutes=settings.verification_send_window_minutes)
        of_purpose = (
            col(VerificationCode.user_id) == user_id,
            col(VerificationCode.purpose) == purpose,
        )
        recent = session.exec(
            select(func.count(), func.min(VerificationCode.created_at)).where(
                *of_purpose, col(VerificationCode.created_at) > now - window
            )
        ).one()
        count, oldest = recent
        if count >= settings.verification_sends_per_window:
            wait = max(1, int((oldest + window - now).total_seconds()) + 1)
            raise ProblemError(
                429,
                "code_send_limit",
                {
                    "limit": settings.verification_sends_per_window,
                    "minutes": settings.verification_send_window_minutes,
                },
                headers={"Retry-After": str(wait)},
            )
        replaced = [*of_purpose, col(VerificationCode.used_at).is_(None)]
        if purpose == CodePurpose.contact_change:
            replaced.append(col(VerificationCode.destination_kind) == kind)
        session.execute(
            update(VerificationCode)
            .where(*replaced, col(VerificationCode.replaced_at).is_(None))
            .values(replaced_at=now)
        )
        code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
        row = VerificationCode(
            purpose=purpose,
            user_id=user_id,
            applicant_id=applicant_id,
            destination_kind=kind,
            destination=destination,
            digest=code_digest(settings, purpose, user_id, kind, code),
            expires_at=now + timedelta(minutes=settings.verification_code_minutes),
            created_at=now,
        )
        session.add(row)
        subject, text = compose(purpose, self.lang, code, settings.verification_code_minutes)
        self.messages.append((kind, OutgoingMessage(destination, subject, text)))
        return code_sent(row)

    def send(self) -> None:
        messages, self.messages = self.messages, []
        for kind, message in messages:
            deliver(self.senders, kind, message)


def latest(
    session: Session, purpose: CodePurpose, user_id: int, kind: DestinationKind | None = None
) -> VerificationCode | None:
    """The account's live code of this purpose (and kind): the newest not replaced."""
    query = select(VerificationCode).where(
        col(VerificationCode.user_id) == user_id,
        col(VerificationCode.purpose) == purpose,
        col(VerificationCode.replaced_at).is_(None),
    )
    if kind is not None:
        query = query.where(col(VerificationCode.destination_kind) == kind)
    return session.exec(query.order_by(col(VerificationCode.id).desc())).first()


def consume(
    session: Session,
    settings: Settings,
    purpose: CodePurpose,
    user_id: int,
    code: str,
    kind: DestinationKind | None = None,
) -> VerificationCode:
    """The live code, marked used in the caller's transaction when `code` is it. A wrong
    code counts against it (committed at once, so that a refused change keeps the count);
    anything else raises one of CODE_FAILURES and changes nothing."""
    live = latest(session, purpose, user_id, kind)
    if live is None:
        raise ProblemError(409, "code_not_pending")
    # Locked, so that two tries at once cannot both use it or both escape the count.
    row = session.exec(for_update(select(VerificationCode).where(VerificationCode.id == live.id)))
    challenge = row.one()
    if challenge.used_at is not None or challenge.replaced_at is not None:
        raise ProblemError(409, "code_used")
    if challenge.attempts >= settings.verification_code_attempts:
        raise ProblemError(409, "code_attempts_exhausted")
    if challenge.expires_at <= utcnow():
        raise ProblemError(409, "code_expired")
    expected = code_digest(settings, purpose, user_id, challenge.destination_kind, code)
    if not hmac.compare_digest(expected, challenge.digest):
        challenge.attempts += 1
        session.add(challenge)
        session.commit()
        left = settings.verification_code_attempts - challenge.attempts
        if left <= 0:
            raise ProblemError(409, "code_attempts_exhausted")
        params = {"attempts_left": left}
        raise ProblemError(
            422, "code_invalid", params, errors=[FieldError("code", "code_invalid", params)]
        )
    challenge.used_at = utcnow()
    session.add(challenge)
    return challenge


def spend_like_a_check(settings: Settings, code: str) -> None:
    """The work of one comparison, for a login without an account: its answer takes as
    long as anyone's."""
    hmac.compare_digest(code_digest(settings, "none", 0, "none", code), "0" * 64)
