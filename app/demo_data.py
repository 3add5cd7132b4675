"""Demo data true to the programme (news reports Nov 2025 - Feb 2026), for an empty database.

Partners, MoUs and targets are the real ones as reported; agencies' licence numbers, job
orders and the applicants are synthetic and marked as demo.
"""

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import cast

from sqlmodel import Session, select

from app.models import (
    Applicant,
    Credential,
    Mou,
    MouParty,
    MouStageChange,
    Partner,
    ProgrammeTarget,
    Vacancy,
)
from app.models.credential import KIND_OF_TYPE, CredentialType
from app.reference import KOTA_SERANG

PARTNERS = [
    ("APJATI (Asosiasi Perusahaan Jasa Tenaga Kerja Indonesia)", "association", None, "ID"),
    ("LPK Kokusai Jinzai Support (KJS)", "training_provider", None, "ID"),
    ("BBPVP Serang", "training_provider", None, "ID"),
    ("PT One Asia", "placement_agency", "DEMO-SIP3MI 101/2024", "ID"),
    ("PT Banten Karya Mandiri (demo)", "placement_agency", "DEMO-SIP3MI 102/2024", "ID"),
    ("Hannam County", "foreign_government", None, "KR"),
    ("Yongnam County", "foreign_government", None, "KR"),
    ("Changnyeong County", "foreign_government", None, "KR"),
    ("Bank BJB (KUR PMI)", "financier", None, "ID"),
    ("Baznas Kota Serang", "financier", None, "ID"),
    ("Disnakertrans Kota Serang", "government_body", None, "ID"),
]

# (title, kind, parties, stages with dates, countries, sectors, positions, trainees)
MOUS = [
    (
        "Kesepakatan bersama Pemkot Serang - APJATI: penempatan PMI",
        "association",
        [0, 10],
        [
            ("draft", date(2025, 11, 12)),
            ("negotiating", date(2025, 11, 12)),
            ("signed", date(2025, 12, 8)),
            ("active", date(2025, 12, 8)),
        ],
        ["JP", "KR"],
        [],
        None,
        1000,
    ),
    (
        "Kerja sama pelatihan dan penempatan ke Jepang - LPK KJS",
        "training_provider",
        [1, 10],
        [
            ("draft", date(2022, 3, 1)),
            ("negotiating", date(2022, 3, 1)),
            ("signed", date(2022, 4, 1)),
            ("active", date(2022, 4, 1)),
        ],
        ["JP"],
        ["caregiving", "agriculture", "automotive", "aviation_ground_handling"],
        100,
        None,
    ),
    (
        "Penjajakan MoU penempatan ke Korea - Kabupaten Hannam dan Yongnam",
        "g2g",
        [5, 6, 0, 3],
        [("draft", date(2025, 12, 10)), ("negotiating", date(2025, 12, 10))],
        ["KR"],
        ["welding", "shipbuilding", "electrical"],
        1000,
        None,
    ),
    (
        "Kota kembar Serang - Changnyeong (G2G)",
        "sister_city",
        [7],
        [
            ("draft", date(2026, 1, 15)),
            ("negotiating", date(2026, 1, 15)),
            ("awaiting_ministry_approval", date(2026, 2, 1)),
        ],
        ["KR"],
        ["caregiving", "logistics", "cleaning"],
        500,
        None,
    ),
    (
        "Program pelatihan khusus warga Kota Serang - BBPVP Serang",
        "training_provider",
        [2, 10],
        [("draft", date(2026, 2, 4)), ("negotiating", date(2026, 2, 4))],
        ["JP", "KR"],
        [],
        None,
        1000,
    ),
]

BPJS = {"item": "bpjs", "amount": 370_000, "currency": "IDR"}
# (agency, country, scheme, sector, occupation, isco, title, openings, salary, currency,
#  language, level, score, certificates, worker pays?)
VACANCIES = [
    (
        3,
        "JP",
        "jp_ssw",
        "caregiving",
        "Caregiver",
        "5322",
        "Kaigo caregiver, Osaka",
        30,
        (180_000, 230_000),
        "JPY",
        "ja",
        "N4",
        None,
        [{"type": "nursing_care_japanese"}, {"type": "ssw_skill_test", "field": "nursing care"}],
        False,
    ),
    (
        3,
        "JP",
        "jp_ssw",
        "agriculture",
        "Farm worker",
        "6111",
        "Vegetable farm, Ibaraki",
        25,
        (170_000, 210_000),
        "JPY",
        "ja",
        "N4",
        None,
        [{"type": "ssw_skill_test", "field": "agriculture"}],
        False,
    ),
    (
        4,
        "JP",
        "jp_ssw",
        "automotive",
        "Automotive mechanic",
        "7231",
        "Car maintenance, Aichi",
        15,
        (200_000, 260_000),
        "JPY",
        "ja",
        "N4",
        None,
        [{"type": "ssw_skill_test", "field": "automobile repair"}],
        True,
    ),
    (
        4,
        "JP",
        "jp_ssw",
        "aviation_ground_handling",
        "Ground handling staff",
        "4323",
        "Airport ground handling, Narita",
        10,
        (210_000, 250_000),
        "JPY",
        "ja",
        "N4",
        None,
        [{"type": "ssw_skill_test", "field": "aviation"}],
        True,
    ),
    (
        3,
        "KR",
        "kr_eps_e9",
        "manufacturing",
        "Production operator",
        "8219",
        "Auto parts factory, Gyeongnam",
        60,
        (2_100_000, 2_400_000),
        "KRW",
        "ko",
        None,
        120,
        [],
        True,
    ),
    (
        3,
        "KR",
        "kr_e7",
        "welding",
        "Welder",
        "7212",
        "Shipyard welder, Geoje",
        40,
        (2_800_000, 3_400_000),
        "KRW",
        "ko",
        None,
        80,
        [{"type": "korean_skills_test", "field": "welding"}],
        True,
    ),
    (
        3,
        "KR",
        "kr_e7",
        "shipbuilding",
        "Ship painter",
        "7132",
        "Ship painter, Ulsan",
        30,
        (2_600_000, 3_100_000),
        "KRW",
        "ko",
        None,
        80,
        [{"type": "korean_skills_test", "field": "painting"}],
        True,
    ),
    (
        4,
        "KR",
        "kr_e7",
        "electrical",
        "Ship electrician",
        "7411",
        "Electrician, Mokpo",
        20,
        (2_700_000, 3_200_000),
        "KRW",
        "ko",
        None,
        80,
        [{"type": "korean_skills_test", "field": "electrical"}],
        True,
    ),
    (
        4,
        "KR",
        "kr_eps_e9",
        "construction",
        "Construction worker",
        "9313",
        "Construction site worker, Busan",
        25,
        (2_200_000, 2_600_000),
        "KRW",
        "ko",
        None,
        110,
        [],
        True,
    ),
]

MEN = ["Ahmad", "Asep", "Budi", "Dede", "Fajar", "Hendra", "Iwan", "Rizky", "Ujang", "Wahyu"]
WOMEN = ["Siti", "Dewi", "Euis", "Fitria", "Imas", "Lestari", "Nining", "Rina", "Sari", "Yanti"]
FAMILY = ["Hidayat", "Saputra", "Kurniawan", "Setiawan", "Maulana", "Rahmawati", "Sopian"]
SKILLS = [
    ("welding", "Welder", "7212", "KR"),
    ("caregiving", "Caregiver", "5322", "JP"),
    ("agriculture", "Farm worker", "6111", "JP"),
    ("automotive", "Mechanic", "7231", "JP"),
    ("manufacturing", "Machine operator", "8219", "KR"),
    ("electrical", "Electrician", "7411", "KR"),
]
EDUCATION = ["smp", "sma", "sma", "smk", "smk", "smk", "d3", "s1"]


@dataclass
class DemoSummary:
    skipped: bool
    partners: int = 0
    mous: int = 0
    targets: int = 0
    vacancies: int = 0
    applicants: int = 0
    credentials: int = 0


def load_demo_data(session: Session, applicants: int = 300) -> DemoSummary:
    if session.exec(select(Partner.id)).first() is not None:
        return DemoSummary(skipped=True)
    partners = [Partner(name=n, kind=k, licence_number=lic, country=c) for n, k, lic, c in PARTNERS]
    session.add_all(partners)
    session.flush()
    mous = _mous(session, partners)
    targets = [
        ProgrammeTarget(
            year=2026,
            metric="departures",
            country="JP",
            number=100,
            note="Pemkot Serang, 4 Feb 2026",
        ),
        ProgrammeTarget(
            year=2026,
            metric="departures",
            country="KR",
            number=300,
            stretch_number=500,
            note="Wakil Wali Kota: 300-500 to Korea",
        ),
        ProgrammeTarget(
            year=2026,
            metric="trained",
            number=1000,
            note="1,000 trained before departure (Disnakertrans, Nov 2025)",
        ),
    ]
    session.add_all(targets)
    vacancies = _vacancies(partners, mous[0])
    session.add_all(vacancies)
    rng = random.Random(2026)
    people = [_applicant(rng, serial) for serial in range(1, applicants + 1)]
    session.add_all(people)
    session.flush()
    credentials = [c for person in people for c in _credentials(rng, person)]
    session.add_all(credentials)
    session.commit()
    return DemoSummary(
        False,
        len(partners),
        len(mous),
        len(targets),
        len(vacancies),
        len(people),
        len(credentials),
    )


def _mous(session: Session, partners: list[Partner]) -> list[Mou]:
    mous = []
    for title, kind, parties, stages, countries, sectors, positions, trainees in MOUS:
        signed = next((d for s, d in stages if s == "signed"), None)
        mou = Mou(
            title=title,
            kind=kind,
            stage=stages[-1][0],
            signed_on=signed,
            effective_from=signed,
            countries=countries,
            sectors=sectors,
            committed_positions=positions,
            committed_trainees=trainees,
        )
        session.add(mou)
        session.flush()
        for index in parties:
            session.add(MouParty(mou_id=mou.id or 0, partner_id=partners[index].id or 0))
        previous = None
        for stage, on in stages:
            session.add(
                MouStageChange(
                    mou_id=mou.id or 0, from_stage=previous, to_stage=stage, effective_on=on
                )
            )
            previous = stage
        mous.append(mou)
    return mous


def _vacancies(partners: list[Partner], apjati_mou: Mou) -> list[Vacancy]:
    orders = []
    for number, row in enumerate(VACANCIES, start=1):
        (
            agency,
            country,
            scheme,
            sector,
            occupation,
            isco,
            title,
            openings,
            salary,
            currency,
            language,
            level,
            score,
            certificates,
            worker_pays,
        ) = row
        payer = "worker" if worker_pays else "employer"
        costs = [
            {**BPJS, "payer": payer},
            {"item": "medical", "amount": 1_200_000, "currency": "IDR", "payer": payer},
            {"item": "visa", "amount": 1_500_000, "currency": "IDR", "payer": "employer"},
            {"item": "travel", "amount": 7_000_000, "currency": "IDR", "payer": "employer"},
        ]
        orders.append(
            Vacancy(
                agency_id=partners[agency].id or 0,
                external_id=f"DEMO-JO-{number:03d}",
                country=country,
                scheme=scheme,
                sector=sector,
                occupation=occupation,
                isco_code=isco,
                title=title,
                openings=openings,
                salary_min=salary[0],
                salary_max=salary[1],
                currency=currency,
                contract_months=24,
                min_age=18,
                max_age=39 if country == "KR" else None,
                min_education="smp",
                language=language,
                min_language_level=level,
                min_language_score=score,
                required_certificates=cast(list[dict[str, object]], certificates),
                cost_items=costs,
                deadline=date(2027, 3, 31),
                mou_id=apjati_mou.id if number % 2 else None,
            )
        )
    return orders


def _applicant(rng: random.Random, serial: int) -> Applicant:
    sex = rng.choice("MF")
    kecamatan = rng.choice(list(KOTA_SERANG))
    kelurahan = rng.choice(list(KOTA_SERANG[kecamatan][1]))
    birth = date(1986, 1, 1) + timedelta(days=rng.randrange(0, 365 * 22))
    from_elsewhere = serial % 33 == 0
    district = "360401" if from_elsewhere else kecamatan
    day = birth.day + (40 if sex == "F" else 0)
    nik = f"{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    first = rng.choice(MEN if sex == "M" else WOMEN)
    skill, occupation, isco, country = rng.choice(SKILLS)
    return Applicant(
        nik=nik,
        full_name=f"{first} {rng.choice(FAMILY)}",
        birth_date=birth,
        sex=sex,
        phone=f"+628{rng.randrange(11, 99)}{rng.randrange(10_000_000, 99_999_999)}",
        email=f"{first.lower()}.{serial}@example.com",
        kecamatan_code=kecamatan,
        kelurahan_code=kelurahan,
        domicile_proof="Surat keterangan domisili (demo)" if from_elsewhere else None,
        education_level=rng.choice(EDUCATION),
        marital_status=rng.choice(["single", "married"]),
        skills=[skill],
        experience=[
            {
                "occupation": occupation,
                "isco_code": isco,
                "years": rng.randrange(0, 8),
                "country": None,
            }
        ],
        preferred_countries=[country],
        preferred_sectors=[skill],
        consent_given_at=(
            None if serial % 10 == 0 else _demo_time(date(2026, 1, 5) + timedelta(days=serial % 60))
        ),
        consent_version=None if serial % 10 == 0 else "2026-01",
        status="verified" if serial % 3 else "registered",
    )


def _demo_time(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def _credentials(rng: random.Random, person: Applicant) -> list[Credential]:
    out = []
    japan = "JP" in person.preferred_countries
    roll = rng.random()
    if japan and roll < 0.7:
        level = rng.choice(["N5", "N4", "N4", "N3"])
        out.append(_credential(person, CredentialType.jlpt, date(2025, 7, 6), level=level))
    elif not japan and roll < 0.7:
        issued = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
        out.append(
            _credential(
                person,
                CredentialType.eps_topik,
                issued,
                score=rng.randrange(60, 181),
                expires=issued + timedelta(days=730),
            )
        )
    if rng.random() < 0.4:
        out.append(
            _credential(
                person,
                CredentialType.bnsp_competency,
                date(2025, 9, 1),
                field=person.preferred_sectors[0],
            )
        )
    return out


def _credential(
    person: Applicant,
    kind: CredentialType,
    issued: date,
    level: str | None = None,
    score: int | None = None,
    field: str | None = None,
    expires: date | None = None,
) -> Credential:
    issuer = {"jlpt": "Japan Foundation", "eps_topik": "HRD Korea"}.get(kind.value, "BNSP")
    return Credential(
        applicant_id=person.id or 0,
        kind=KIND_OF_TYPE[kind],
        type=kind,
        level=level,
        score=score,
        field=field,
        issuer=issuer,
        issued_on=issued,
        expires_on=expires,
        verification="verified" if person.status == "verified" else "pending",
    )
