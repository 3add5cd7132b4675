"""Demo people who show the programme's rules at work, and the demo job seeker's applications.

Synthetic like every demo person, but written by hand rather than drawn: the demo job seeker
(a caregiver who qualifies for the Japan care and farm orders and has applications at several
stages), a man who sat the EPS-TOPIK at 39 and stays eligible for E-9 at 41 while his result
and roster place are valid, a former technical intern exempt from the SSW tests of his field,
a shipyard painter and a welder who passed the E-7 trade test, a hotel housekeeper with the SSW
accommodation test, and a vocational-school leaver for the
IM Japan intake.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlmodel import Session, select

from app.models import (
    Applicant,
    Application,
    ApplicationStageChange,
    ChannelState,
    Credential,
    Vacancy,
)
from app.models.applicant import ApplicantStatus
from app.models.application import ApplicationSource
from app.models.application import ApplicationStage as S
from app.models.credential import KIND_OF_TYPE, CredentialType, Verification
from app.reference import EducationLevel, Scheme, Sector, Sex
from app.services import changes as change_log
from app.services.matching.validity import validity_limit

WIB = timezone(timedelta(hours=7))
T = CredentialType


@dataclass(frozen=True)
class Held:
    type: CredentialType
    issued_on: date
    issuer: str
    level: str | None = None
    score: int | None = None
    field: str | None = None


@dataclass(frozen=True)
class Person:
    name: str
    sex: Sex
    birth: date
    kelurahan: str  # code; the kecamatan is its first six digits
    serial: int  # the NIK's last four digits
    education: EducationLevel
    sector: Sector
    occupation: str
    isco_code: str
    years: float
    skills: tuple[str, ...]
    countries: tuple[str, ...]
    held: tuple[Held, ...]


SEEKER = Person(
    "Siti Nurhasanah", Sex.female, date(1999, 4, 12), "3673051002", 9101, EducationLevel.d3,
    Sector.caregiving, "Perawat lansia", "5322", 3.0,
    ("caregiving", "perawatan lansia", "budidaya sayuran"), ("JP",),
    (
        Held(T.jlpt, date(2025, 1, 27), "JEES / The Japan Foundation", level="N4"),
        Held(T.nursing_care_japanese, date(2025, 6, 10), "Prometric (MHLW)"),
        Held(T.ssw_skill_test, date(2025, 7, 15), "Prometric (SSW)", field="nursing_care"),
        Held(T.ssw_skill_test, date(2025, 9, 20), "Prometric (SSW)", field="agriculture"),
    ),
)  # fmt: skip
SHOWCASE = (
    SEEKER,
    Person(
        "Dadang Supriatna", Sex.male, date(1985, 8, 20), "3673031003", 9102, EducationLevel.sma,
        Sector.manufacturing, "Operator produksi", "8219", 9.0,
        ("manufacturing", "operator mesin"), ("KR",),
        (
            # Sat the test at 39: still eligible at 41, while result and roster place last.
            Held(T.eps_topik, date(2025, 6, 15), "HRD Korea", score=142),
            Held(T.eps_roster, date(2025, 12, 18), "HRD Korea (EPS job seeker roster)"),
        ),
    ),
    Person(
        "Ujang Hidayat", Sex.male, date(1998, 2, 3), "3673061013", 9103, EducationLevel.sma,
        Sector.agriculture, "Petani hortikultura", "6111", 4.0,
        ("agriculture", "budidaya sayuran"), ("JP",),
        (
            # Three years of technical intern training (ii) in farming, finished in good
            # standing: no SSW skill test and no Japanese test needed in agriculture.
            Held(T.titp_completion, date(2025, 3, 31),
                 "OTIT (Organization for Technical Intern Training)", field="agriculture"),
        ),
    ),
    Person(
        "Endang Permana", Sex.male, date(1994, 11, 2), "3673021007", 9105, EducationLevel.smp,
        Sector.shipbuilding, "Pengecat (painter)", "7132", 5.0,
        ("painting", "spray painting"), ("KR",),
        (
            Held(T.eps_topik, date(2025, 11, 9), "HRD Korea", score=118),
            Held(T.korean_skills_test, date(2026, 3, 14),
                 "Korea Offshore & Shipbuilding Association (demo)", field="painting"),
        ),
    ),
    Person(
        "Jajang Sunarya", Sex.male, date(1993, 3, 14), "3673051005", 9107, EducationLevel.smk,
        Sector.welding, "Juru las (welder)", "7212", 6.0,
        ("welding", "SMAW", "FCAW"), ("KR",),
        (
            Held(T.eps_topik, date(2025, 10, 12), "HRD Korea", score=112),
            Held(T.korean_skills_test, date(2026, 2, 21),
                 "Korea Offshore & Shipbuilding Association (demo)", field="welding"),
        ),
    ),
    Person(
        "Intan Komalasari", Sex.female, date(1997, 7, 23), "3673011004", 9106, EducationLevel.sma,
        Sector.hospitality, "Staf kebersihan kamar hotel", "9112", 3.0,
        ("housekeeping", "perhotelan"), ("JP",),
        (
            Held(T.jft_basic, date(2025, 5, 20), "The Japan Foundation", level="A2"),
            Held(T.ssw_skill_test, date(2025, 8, 2), "Prometric (SSW)", field="accommodation"),
        ),
    ),
    Person(
        "Rizki Maulana", Sex.male, date(2007, 1, 10), "3673041002", 9104, EducationLevel.smk,
        Sector.manufacturing, "Operator mesin bubut", "7223", 0.5,
        ("manufacturing", "bubut", "las dasar"), ("JP",),
        (),
    ),
)  # fmt: skip

# The demo job seeker's applications: (job order's external id, the stages it went through).
SEEKER_APPLICATIONS = (
    ("BKM-JP-2026-001", (S.matched, S.shortlisted, S.interviewed)),
    ("BKM-JP-2026-002", (S.matched,)),
    ("SGP-JP-0143", (S.matched, S.withdrawn)),
)
REGISTERED = datetime(2026, 1, 5, 9, tzinfo=WIB)
APPLIED = datetime(2026, 10, 6, 10, tzinfo=WIB)


def make_people() -> list[Applicant]:
    return [_applicant(p, index) for index, p in enumerate(SHOWCASE, start=1)]


def _applicant(p: Person, index: int) -> Applicant:
    day = p.birth.day + (40 if p.sex == Sex.female else 0)
    nik = f"{p.kelurahan[:6]}{day:02d}{p.birth.month:02d}{p.birth.year % 100:02d}{p.serial:04d}"
    registered = REGISTERED + timedelta(days=index)
    return Applicant(
        nik=nik,
        full_name=p.name,
        birth_date=p.birth,
        sex=p.sex,
        phone=f"+62812000091{index:02d}",
        email=f"{p.name.split()[0].lower()}.showcase{index}@example.com",
        kecamatan_code=p.kelurahan[:6],
        kelurahan_code=p.kelurahan,
        address=f"Kp. Sukamaju RT 00{index}/RW 002",
        education_level=p.education,
        marital_status="single",
        skills=list(p.skills),
        experience=[
            {
                "occupation": p.occupation,
                "isco_code": p.isco_code,
                "years": p.years,
                "country": "ID",
            }
        ],
        preferred_countries=list(p.countries),
        preferred_sectors=[p.sector],
        consent_given_at=registered,
        consent_version="2026-01",
        status=ApplicantStatus.verified,
        created_at=registered,
        updated_at=registered,
    )


def make_credentials(people: list[Applicant]) -> list[Credential]:
    return [
        _credential(person, held)
        for person, spec in zip(people, SHOWCASE, strict=True)
        for held in spec.held
    ]


def _credential(person: Applicant, h: Held) -> Credential:
    recorded = max(person.created_at, datetime.combine(h.issued_on, time(10), WIB))
    return Credential(
        applicant_id=person.id or 0,
        kind=KIND_OF_TYPE[h.type],
        type=h.type,
        level=h.level,
        score=h.score,
        field=h.field,
        issuer=h.issuer,
        issued_on=h.issued_on,
        expires_on=validity_limit(h.type, h.issued_on),
        verification=Verification.verified,
        verified_at=recorded + timedelta(days=3),
        created_at=recorded,
        updated_at=recorded,
    )


def make_applications(
    seeker: Applicant, vacancies: list[Vacancy]
) -> list[tuple[Application, list[ApplicationStageChange]]]:
    """The demo job seeker's applications with their histories (ids set once flushed)."""
    by_external_id = {v.external_id: v for v in vacancies}
    out = []
    for number, (external_id, stages) in enumerate(SEEKER_APPLICATIONS):
        applied = APPLIED + timedelta(days=7 * number)
        moved = applied + timedelta(days=6 * (len(stages) - 1))
        application = Application(
            applicant_id=seeker.id or 0,
            vacancy_id=by_external_id[external_id].id or 0,
            stage=stages[-1],
            reason="Memilih menunggu lowongan perawat." if stages[-1] == S.withdrawn else None,
            source=ApplicationSource.applicant,
            version=len(stages),
            created_at=applied,
            updated_at=moved,
        )
        history = [
            ApplicationStageChange(
                application_id=0,
                from_stage=stages[step - 1] if step else None,
                to_stage=stage,
                reason=application.reason if stage == S.withdrawn else None,
                actor="demo",
                at=applied + timedelta(days=6 * step),
            )
            for step, stage in enumerate(stages)
        ]
        out.append((application, history))
    return out


def add_applications(session: Session, seeker: Applicant, vacancies: list[Vacancy]) -> int:
    """The demo job seeker's applications and their histories, in the agencies' feeds."""
    made = make_applications(seeker, vacancies)
    session.add_all([application for application, _ in made])
    session.flush()
    for application, history in made:
        for change in history:
            change.application_id = application.id or 0
        session.add_all(history)
    change_log.log_application_ids(session, [a.id or 0 for a, _ in made])
    return len(made)


def add_suspended_e8(session: Session) -> None:
    """Korea's E-8 seasonal channel for Indonesian workers, suspended as reported: closed by
    the office, so its orders are neither offered nor applied to (unless the office has
    already recorded the scheme's state itself)."""
    if session.exec(select(ChannelState).where(ChannelState.code == Scheme.kr_e8)).first():
        return
    state = ChannelState(
        code=Scheme.kr_e8,
        open=False,
        reason="Penempatan pekerja musiman E-8 asal Indonesia ditangguhkan selama tiga tahun "
        "sejak akhir 2024.",
        source="m.jpnn.com, Agustus 2025: penangguhan jalur pekerja musiman (E-8) Korea "
        "bagi pekerja Indonesia",
        changed_by="demo",
        changed_at=datetime(2026, 1, 6, 9, tzinfo=WIB),
    )
    session.add(state)
