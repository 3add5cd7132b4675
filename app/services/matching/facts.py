"""The facts evaluation works on: small frozen records built from rows already loaded.

Ranking and allocation evaluate many thousands of pairs, so nothing here or in `evaluate`
queries the database: callers load applicants, credentials, vacancies and training programmes
with a few queries (`load_applicant_facts`, `load_training_sources`) and build facts from them.
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlmodel import Session, col, select

from app.core import clock
from app.core.change_signals import generation_of
from app.models.applicant import Applicant
from app.models.credential import Credential, CredentialType, Verification
from app.models.partner import Partner, PartnerKind, PartnerStatus
from app.models.training import Cohort, CohortStatus, ProgrammeStatus, TrainingProgramme
from app.models.vacancy import Vacancy
from app.reference import EducationLevel, Scheme, Sex
from app.services.matching.ssw_fields import SSW_FIELD_TYPES, field_named, field_of_order
from app.services.matching.stamped import per_engine
from app.services.matching.validity import effective_expiry

# Large IN lists are split so that no backend's bound-parameter limit is reached.
_CHUNK = 5000


def normalise_field(text: str | None) -> str | None:
    """'Food service', 'food-service' and 'food_service' name the same field."""
    if text is None:
        return None
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_") or None


def field_key(kind: CredentialType, text: str | None) -> str | None:
    """What a credential's field is compared by: an SSW field's code (from any of its names)
    for the types that certify one, else the normalised text."""
    if kind in SSW_FIELD_TYPES:
        named = field_named(text)
        if named is not None:
            return named.value
    return normalise_field(text)


@dataclass(frozen=True)
class HeldCredential:
    credential_id: int
    type: CredentialType
    level: str | None
    score: int | None
    field: str | None  # normalised; an SSW field's code for SSW tests and TITP completions
    issued_on: date  # the test date of a result
    expires_on: date | None  # the earlier of the entered expiry and the type's validity
    verified: bool


@dataclass(frozen=True)
class WorkExperience:
    occupation: str  # lower case
    isco_code: str | None
    years: float


@dataclass(frozen=True)
class ApplicantFacts:
    applicant_id: int
    birth_date: date
    sex: Sex
    education_level: EducationLevel
    experience: tuple[WorkExperience, ...]
    credentials: tuple[HeldCredential, ...]


@dataclass(frozen=True)
class RequiredCertificateFacts:
    type: CredentialType
    field: str | None  # normalised


@dataclass(frozen=True)
class Closure:
    """Why an order's scheme or channel takes nobody now, as the office recorded it."""

    channel: str  # the scheme's or channel's code
    reason: str
    source: str


@dataclass(frozen=True)
class VacancyFacts:
    vacancy_id: int
    scheme: str
    sector: str
    country: str
    occupation: str  # lower case
    isco_code: str | None
    min_age: int | None
    max_age: int | None
    required_sex: Sex | None
    min_education: EducationLevel | None
    language: str | None
    min_language_level: str | None
    min_language_score: int | None
    required_certificates: tuple[RequiredCertificateFacts, ...]
    min_experience_years: float | None
    deadline: date | None
    mou_id: int | None
    ssw_field: str | None = None  # the order's SSW field (ssw_fields.field_of_order)
    channel: str | None = None  # the recruitment channel the order comes through, if named
    # Set where an order is judged alone (eligibility of a pair, applying, its candidates);
    # bulk matching leaves closed orders out by query (open_orders.open_conditions).
    closure: Closure | None = None


@dataclass(frozen=True)
class TrainingProvider:
    """A training centre and, when known, the programme with a bookable cohort it offers."""

    partner_id: int
    name: str
    city: str | None
    programme_id: int | None = None
    programme: str | None = None  # the programme's subject
    level: str | None = None  # the level a pass grants
    score: int | None = None  # the score the course prepares for
    field: str | None = None  # normalised
    cohort_id: int | None = None  # the next cohort with a free seat
    next_cohort_starts_on: date | None = None
    free_seats: int | None = None


# Where each credential type can be obtained: programmes with a free seat granting it.
TrainingSources = Mapping[CredentialType, tuple[TrainingProvider, ...]]


class CredentialRow(Protocol):
    """What evaluation reads of a credential: a model instance or a lean query row."""

    @property
    def id(self) -> int | None: ...
    @property
    def applicant_id(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def level(self) -> str | None: ...
    @property
    def score(self) -> int | None: ...
    @property
    def field(self) -> str | None: ...
    @property
    def issued_on(self) -> date: ...
    @property
    def expires_on(self) -> date | None: ...
    @property
    def verification(self) -> str: ...


class ApplicantRow(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def birth_date(self) -> date: ...
    @property
    def sex(self) -> str: ...
    @property
    def education_level(self) -> str: ...
    @property
    def experience(self) -> list[dict[str, Any]]: ...


def held_credential(credential: CredentialRow) -> HeldCredential | None:
    """A credential as evaluation sees it, or None if it can never count.

    Rejected credentials never count. Pending ones do, flagged `verified=False`: a job seeker
    sees where they stand as soon as a result is entered, and an officer verifies the papers
    before anyone is shortlisted, so counting them does not let an unchecked result through.
    """
    if credential.verification == Verification.rejected:
        return None
    kind = CredentialType(credential.type)
    expires_on = effective_expiry(kind, credential.issued_on, credential.expires_on)
    return HeldCredential(
        credential_id=credential.id or 0,
        type=kind,
        level=credential.level,
        score=credential.score,
        field=field_key(kind, credential.field),
        issued_on=credential.issued_on,
        expires_on=expires_on,
        verified=credential.verification == Verification.verified,
    )


def _experience(entries: Iterable[Mapping[str, object]]) -> tuple[WorkExperience, ...]:
    result = []
    for entry in entries:
        years = entry.get("years")
        isco = entry.get("isco_code")
        result.append(
            WorkExperience(
                occupation=str(entry.get("occupation") or "").strip().lower(),
                isco_code=str(isco) if isco else None,
                years=float(years) if isinstance(years, int | float) else 0.0,
            )
        )
    return tuple(result)


def applicant_facts(
    applicant: ApplicantRow, credentials: Iterable[CredentialRow]
) -> ApplicantFacts:
    """Facts of one applicant from its row and its credential rows (others are ignored)."""
    held = (
        held_credential(c)
        for c in sorted(credentials, key=lambda c: c.id or 0)
        if c.applicant_id == applicant.id
    )
    return ApplicantFacts(
        applicant_id=applicant.id or 0,
        birth_date=applicant.birth_date,
        sex=Sex(applicant.sex),
        education_level=EducationLevel(applicant.education_level),
        experience=_experience(applicant.experience),
        credentials=tuple(h for h in held if h is not None),
    )


def applicant_facts_many(
    applicants: Iterable[ApplicantRow], credentials: Iterable[CredentialRow]
) -> dict[int, ApplicantFacts]:
    """Facts of many applicants, keyed by id, from rows loaded in bulk."""
    by_applicant: dict[int, list[CredentialRow]] = defaultdict(list)
    for credential in credentials:
        by_applicant[credential.applicant_id].append(credential)
    return {a.id or 0: applicant_facts(a, by_applicant.get(a.id or 0, [])) for a in applicants}


def load_applicant_facts(
    session: Session, applicant_ids: Sequence[int]
) -> dict[int, ApplicantFacts]:
    """Two queries per chunk of ids: the applicants, then all their credentials."""
    applicants: list[Applicant] = []
    credentials: list[Credential] = []
    ids = sorted(set(applicant_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        applicants += session.exec(select(Applicant).where(col(Applicant.id).in_(chunk))).all()
        credentials += session.exec(
            select(Credential).where(
                col(Credential.applicant_id).in_(chunk),
                col(Credential.verification) != Verification.rejected,
            )
        ).all()
    return applicant_facts_many(applicants, credentials)


def vacancy_facts(vacancy: Vacancy, closure: Closure | None = None) -> VacancyFacts:
    certificates = tuple(
        RequiredCertificateFacts(kind, field_key(kind, _text(item.get("field"))))
        for item in vacancy.required_certificates
        for kind in (CredentialType(str(item["type"])),)
    )
    return VacancyFacts(
        vacancy_id=vacancy.id or 0,
        scheme=vacancy.scheme,
        sector=vacancy.sector,
        country=vacancy.country,
        occupation=vacancy.occupation.strip().lower(),
        isco_code=vacancy.isco_code,
        min_age=vacancy.min_age,
        max_age=vacancy.max_age,
        required_sex=Sex(vacancy.required_sex) if vacancy.required_sex else None,
        min_education=EducationLevel(vacancy.min_education) if vacancy.min_education else None,
        language=vacancy.language,
        min_language_level=vacancy.min_language_level,
        min_language_score=vacancy.min_language_score,
        required_certificates=certificates,
        min_experience_years=vacancy.min_experience_years,
        deadline=vacancy.deadline,
        mou_id=vacancy.mou_id,
        ssw_field=_ssw_field(vacancy),
        channel=vacancy.channel,
        closure=closure,
    )


def _ssw_field(vacancy: Vacancy) -> str | None:
    if vacancy.scheme != Scheme.jp_ssw:
        return None
    field = field_of_order(vacancy.ssw_field, vacancy.sector, vacancy.isco_code)
    return field.value if field is not None else None


def _text(value: object) -> str | None:
    return str(value) if value is not None else None


def training_sources(
    offers: Iterable[tuple[TrainingProgramme, Cohort, Partner]],
) -> TrainingSources:
    """Each programme once, with its earliest bookable cohort, grouped by credential type.

    Sorted by that cohort's start, so the remedy a job seeker reads starts with the place
    where they could begin soonest.
    """
    earliest: dict[int, tuple[TrainingProgramme, Cohort, Partner]] = {}
    for programme, cohort, provider in offers:
        known = earliest.get(programme.id or 0)
        if known is None or (cohort.starts_on, cohort.id or 0) < (
            known[1].starts_on,
            known[1].id or 0,
        ):
            earliest[programme.id or 0] = (programme, cohort, provider)
    grouped: dict[CredentialType, list[tuple[TrainingProgramme, Cohort, Partner]]] = defaultdict(
        list
    )
    for offer in earliest.values():
        grouped[CredentialType(offer[0].credential_type)].append(offer)
    return {
        kind: tuple(
            _provider(*offer)
            for offer in sorted(
                offers_of_kind, key=lambda o: (o[1].starts_on, o[2].name, o[0].id or 0)
            )
        )
        for kind, offers_of_kind in grouped.items()
    }


def _provider(programme: TrainingProgramme, cohort: Cohort, partner: Partner) -> TrainingProvider:
    return TrainingProvider(
        partner_id=partner.id or 0,
        name=partner.name,
        city=partner.city,
        programme_id=programme.id,
        programme=programme.subject,
        level=programme.credential_level,
        score=programme.credential_score,
        field=field_key(CredentialType(programme.credential_type), programme.credential_field),
        cohort_id=cohort.id,
        next_cohort_starts_on=cohort.starts_on,
        free_seats=max(cohort.seats - cohort.enrolled, 0),
    )


def load_training_sources(session: Session, today: date | None = None) -> TrainingSources:
    """One query: active programmes of active providers with an open cohort not yet started
    and a seat free."""
    today = today or clock.today()
    rows = session.exec(
        select(TrainingProgramme, Cohort, Partner)
        .join(Cohort, col(Cohort.programme_id) == TrainingProgramme.id)
        .join(Partner, col(Partner.id) == TrainingProgramme.provider_id)
        .where(
            TrainingProgramme.status == ProgrammeStatus.active,
            Partner.kind == PartnerKind.training_provider,
            Partner.status == PartnerStatus.active,
            Cohort.status == CohortStatus.open,
            col(Cohort.starts_on) >= today,
            col(Cohort.enrolled) < col(Cohort.seats),
        )
    ).all()
    return training_sources(rows)


class _KeptTrainingSources:
    def __init__(self) -> None:
        # One attribute, replaced whole: a reader on another thread sees a key and its value.
        self.entry: tuple[tuple[date, int], TrainingSources] | None = None


def training_sources_of(session: Session, today: date) -> TrainingSources:
    """`load_training_sources`, kept by the worker while no programme, cohort or provider
    changes (app/core/change_signals.py); read every time when the signals are not live."""
    engine = session.get_bind()
    generation = generation_of(engine, "training_programme", "cohort", "partner")  # type: ignore[arg-type]
    if generation is None:
        return load_training_sources(session, today)
    kept = per_engine(engine, _KeptTrainingSources)  # type: ignore[arg-type]
    key = (today, generation)  # taken before the read: a change meanwhile outdates it
    entry = kept.entry
    if entry is not None and entry[0] == key:
        return entry[1]
    value = load_training_sources(session, today)
    kept.entry = (key, value)
    return value
