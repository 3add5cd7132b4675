"""The people matching may consider, loaded lean, and kept in memory between requests.

Ranking a job order's candidates must not load and score every applicant on each request.
Each worker keeps everyone who may be matched as `vectorised.Columns`, with an in-memory
index by credential type and by birth date; a request checks with one cheap query that no
applicant or credential changed since (counts and latest update), and otherwise rebuilds.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, or_, select

from app.core.change_signals import generation_of, own_writes_of
from app.models.applicant import Applicant
from app.models.application import Application
from app.models.credential import Credential, Verification
from app.services.applications.stages import QUOTA_STAGES, pending_proposal
from app.services.matching.blocking import MATCHABLE
from app.services.matching.facts import ApplicantFacts, applicant_facts_many
from app.services.matching.scoring import Wishes, wishes_of
from app.services.matching.stamped import StampedCache, per_engine
from app.services.matching.vectorised import Columns

_APPLICANT_COLUMNS = (
    col(Applicant.id),
    col(Applicant.birth_date),
    col(Applicant.sex),
    col(Applicant.education_level),
    col(Applicant.experience),
    col(Applicant.skills),
    col(Applicant.preferred_countries),
    col(Applicant.preferred_sectors),
    col(Applicant.created_at),
    col(Applicant.kecamatan_code),
)
_CREDENTIAL_COLUMNS = (
    col(Credential.id),
    col(Credential.applicant_id),
    col(Credential.type),
    col(Credential.level),
    col(Credential.score),
    col(Credential.field),
    col(Credential.issued_on),
    col(Credential.expires_on),
    col(Credential.verification),
)


def load_population(
    session: Session, *, proposable_only: bool = False
) -> tuple[list[ApplicantFacts], list[Wishes]]:
    """Everyone who may be matched (consent given, active), by id, in two lean queries.

    `proposable_only` (an allocation run) leaves out whoever holds an opening or has a
    proposal still pending: a run never offers a person a second one.
    """
    conditions = [
        col(Applicant.consent_given_at).is_not(None),
        col(Applicant.status).in_(MATCHABLE),
    ]
    if proposable_only:
        taken = select(Application.applicant_id).where(
            or_(col(Application.stage).in_(sorted(QUOTA_STAGES)), pending_proposal())
        )
        conditions.append(col(Applicant.id).not_in(taken))
    # Plain rows, not model instances: a third of the time and memory for 100,000 people.
    applicants: list[Any] = list(
        session.execute(
            sa_select(*_APPLICANT_COLUMNS).where(*conditions).order_by(col(Applicant.id))
        ).all()
    )
    credentials: list[Any] = list(
        session.execute(
            sa_select(*_CREDENTIAL_COLUMNS).where(
                col(Credential.verification) != Verification.rejected
            )
        ).all()
    )
    facts = applicant_facts_many(applicants, credentials)
    return [facts[a.id] for a in applicants], [wishes_of(a) for a in applicants]


@dataclass(frozen=True)
class _Stamp:
    day: date
    probes: tuple[object, ...]


def _stamp(session: Session, today: date) -> _Stamp:
    """Moves whenever a person or a credential is written. Checked on every ranking request,
    so it never reads a whole table: while the change signals are live (PostgreSQL), their
    generation says it without a query; otherwise indexed probes do (the highest id, a
    primary key, for a new row; the latest `updated_at`, indexed, for a changed one), with
    this process's own count of writes for a row deleted here. A credential deleted by
    another process while the signals are down is seen when they are live again, which
    moves every generation on."""
    engine: Engine = session.get_bind()  # type: ignore[assignment]
    generation = generation_of(engine, "applicant", "credential")
    if generation is not None:
        return _Stamp(today, ("signals", generation))

    def of(model: type[Applicant] | type[Credential]) -> tuple[object, ...]:
        return tuple(
            session.execute(
                sa_select(func.max(col(model.id)), func.max(col(model.updated_at)))
            ).one()
        )

    own = own_writes_of(engine, "applicant", "credential")
    return _Stamp(today, ("probes", *of(Applicant), *of(Credential), own))


class PopulationCache(StampedCache[Columns]):
    """One per engine (process): the population as columns, rebuilt when data changed."""

    def __init__(self) -> None:
        super().__init__(_stamp, _build)

    def columns(self, session: Session, today: date) -> Columns:
        return self.get(session, today)


def _build(session: Session, today: date) -> Columns:
    people, wishes = load_population(session)
    return Columns(people, wishes, today)


def cache_for(engine: Engine) -> PopulationCache:
    return per_engine(engine, PopulationCache)


def positions(columns: Columns, ids: Sequence[int]) -> list[int]:
    """Positions in the columns of the given applicant ids (those present)."""
    index = {int(i): k for k, i in enumerate(columns.ids.tolist())}
    return [index[i] for i in ids if i in index]
