"""What a partner sees of a job seeker, stage by stage, and the trail of what it read.

The one place the policy lives. A partner is a placement agency's system (a client token)
or one of its staff; it sees a person only through an application to one of its own job
orders (or as an always anonymous candidate of such an order), and only while the person
consents (Law 27/2022 on personal data protection, art. 20(2)(a): consent as the basis of
the processing).

- Before the application reaches `selected`, and when it is closed (`withdrawn`,
  `rejected`), the person is anonymous (`ANONYMOUS_FIELDS`): the programme's record number
  (a pseudonym: it names no one, and no partner route leads from it to the person), age,
  sex, kecamatan, education, experience, credentials and the fast-track date, which is what
  matching weighs. Never the name, NIK, birth date, phone, e-mail, address or documents: an
  agency chooses among candidates on merit, as in Korea's EPS, where employers see a roster
  without names (Law 27/2022 art. 16(2): data collected limited and specific, processed
  for its purpose).
- From `selected` on (`documents`, `departed`, `working`, and after return), the agency
  processes the placement: Law 18/2017 on the protection of Indonesian migrant workers,
  art. 52(1), gives a placement company (P3MI) the task of placing the worker and resolving
  the problems of the workers it placed, and the placement runs on the documents of art. 13
  (identity card, passport, visa, contracts ...). It then sees the identity fields
  (`IDENTITY_FIELDS`) and the placement documents, and the support cases of its placements.
- Officers of the programme see everything at every stage; the person sees their own.
- Webhook events carry ids and stages only, at every stage (app/services/webhooks/events.py).

Every read of identity data or documents by a partner leaves an audit entry (action
`read`, entity `applicant`, the partner's client or account as actor, what was read) in
the transaction that is committed before the answer leaves: no answer without its entry.
Anonymous reads leave none. The person reads these entries at `GET /api/v1/me/access-log`
(`app.services.applicants.access_log`).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session

from app.core.principal import Principal
from app.models.application import ApplicationStage
from app.models.audit import AuditEntry

S = ApplicationStage

# From selection on, the agency processes the placement (Law 18/2017 art. 52(1)).
IDENTIFIED_STAGES = frozenset({S.selected, S.documents, S.departed, S.working, S.returned})

ANONYMOUS_FIELDS = (
    "applicant_id",
    "age",
    "sex",
    "education_level",
    "kecamatan_code",
    "kecamatan",
    "experience_years",
    "credentials",
    "fast_track_since",
)
IDENTITY_FIELDS = (
    "full_name",
    "nik",
    "birth_date",
    "phone",
    "email",
    "address",
    "kelurahan_code",
)
# What a placement document discloses besides its kind and verification state.
DOCUMENT_FIELDS = ("number", "issued_on", "expires_on", "file")
SUPPORT_CASE_FIELDS = ("description", "notes")

READ_ACTION = "read"
SUBJECT_ENTITY = "applicant"


def is_partner(viewer: Principal) -> bool:
    """A partner's system, or a person who acts for a partner and is not the office's staff."""
    return viewer.kind == "client" or (viewer.partner_id is not None and not viewer.is_staff)


def identified(viewer: Principal, stage: str) -> bool:
    """Whether the viewer sees who the person behind an application at this stage is.

    Only for those entitled to the application at all (checked by the caller)."""
    return not is_partner(viewer) or ApplicationStage(stage) in IDENTIFIED_STAGES


@dataclass(frozen=True)
class PersonalRead:
    """One person's data as one answer gave it to a partner."""

    applicant_id: int
    application_id: int
    fields: tuple[str, ...]
    documents: tuple[str, ...] = ()
    support_cases: tuple[int, ...] = field(default=())


def record_reads(session: Session, viewer: Principal, reads: Iterable[PersonalRead]) -> None:
    """Audit the partner's reads of personal data, and commit them before the answer leaves.

    Nothing is written for anyone else, nor for an empty list."""
    if not is_partner(viewer):
        return
    entries = [
        AuditEntry(
            actor=viewer.label,
            action=READ_ACTION,
            entity=SUBJECT_ENTITY,
            entity_id=read.applicant_id,
            changes=_what(viewer, read),
        )
        for read in reads
    ]
    if not entries:
        return
    session.add_all(entries)
    session.commit()


def _what(viewer: Principal, read: PersonalRead) -> dict[str, object]:
    what: dict[str, object] = {
        "partner_id": viewer.partner_id,
        "application_id": read.application_id,
        "fields": list(read.fields),
    }
    if read.documents:
        what["documents"] = list(read.documents)
    if read.support_cases:
        what["support_cases"] = list(read.support_cases)
    return what
