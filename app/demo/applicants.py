"""Demo applicants and their credentials: synthetic residents of Kota Serang.

Each person is drawn from a profile (the sectors the programme's job orders are in), lives in
a real kelurahan of one of the six kecamatan, and has a NIK that agrees with their kecamatan,
birth date and sex; about 3% hold a NIK from a neighbouring regency and a recorded proof of
domicile. One person's birth date was corrected after their NIK was issued, so the two
disagree and the record waits for an officer's identity check. Contacts use
example.com/example.org only. Every value passes the API's rules.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from app.models.applicant import Applicant, ApplicantStatus
from app.models.credential import KIND_OF_TYPE, Credential, CredentialType, Verification
from app.reference import KOTA_SERANG, EducationLevel, MaritalStatus, Sector
from app.services.applicants.identity_check import judge
from app.services.matching.rules import EPS_TOPIK_FLOOR
from app.services.matching.validity import validity_limit

WIB = timezone(timedelta(hours=7))
AGE_ON = date(2026, 1, 15)  # ages are drawn as of this day
ROSTER_BY = date(2026, 11, 30)  # the latest roster registration in the demo
CONSENT_VERSION = "2026-01"
OTHER_REGENCY_SHARE = 0.03
# The person (by position among those drawn at random) whose birth date was corrected
# after the NIK was issued, and by how much: officers find them with
# GET /api/v1/applicants?identity_check=needs_check.
CORRECTED_BIRTH_DATE_AT = 1
BIRTH_DATE_CORRECTION = timedelta(days=9)
# Population shares of the six kecamatan, roughly (BPS Kota Serang).
KECAMATAN_WEIGHTS = {
    "367301": 30,
    "367302": 14,
    "367303": 13,
    "367304": 8,
    "367305": 18,
    "367306": 17,
}
# Districts of neighbouring regencies: Kabupaten Serang, Kota Cilegon, Kabupaten Pandeglang.
OTHER_DISTRICTS = ("360401", "360417", "360422", "367202", "367205", "360119")
# fmt: off
# Mobile number prefixes of the Indonesian operators (after +62).
MOBILE_PREFIXES = (
    "811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "881", "882",
    "895", "896", "897", "898", "899",
)
# Sundanese and Bantenese given names; many people use a single name.
MEN = (
    "Asep", "Ujang", "Dede", "Cecep", "Aceng", "Jajang", "Dadang", "Ade", "Iwan", "Agus",
    "Ahmad", "Muhamad", "Rizki", "Fajar", "Hendra", "Ilham", "Wahyudin", "Mamat", "Encep",
    "Rohmat", "Saepul", "Yayan", "Taufik", "Firman", "Apip", "Andri", "Nandang", "Endang",
    "Deden", "Ridwan", "Irfan", "Fikri", "Jaenudin", "Sukma", "Yusuf", "Rahmat", "Ikhsan",
)
WOMEN = (
    "Siti", "Euis", "Neneng", "Imas", "Nining", "Entin", "Iis", "Yayah", "Eni", "Lilis",
    "Tati", "Ai", "Rina", "Dewi", "Fitri", "Rohimah", "Nurul", "Anisa", "Intan", "Wulan",
    "Ratna", "Yuyun", "Enok", "Cucu", "Hani", "Nia", "Yanti", "Sri", "Popon", "Ela", "Mega",
)
MEN_SECOND = (
    "Hidayat", "Saepudin", "Sopian", "Mulyana", "Supriatna", "Kurniawan", "Maulana", "Fauzi",
    "Syahroni", "Rohman", "Hasanudin", "Jaelani", "Nurjaman", "Sunarya", "Permana", "Suryana",
    "Ramdani", "Firdaus", "Munawar", "Hamdani", "Rosadi", "Setiadi", "Khoerudin", "Mulyadi",
)
WOMEN_SECOND = (
    "Nurhasanah", "Rahmawati", "Komalasari", "Sumiati", "Maryani", "Kurniasih", "Rohayati",
    "Fitriani", "Lestari", "Sulastri", "Juariah", "Herlina", "Marlina", "Yuliani", "Susanti",
    "Rosita", "Nurhayati", "Mulyani", "Rosmiati", "Nurlela", "Hasanah", "Apriani",
)
KAMPUNG = (
    "Kp. Pasir", "Kp. Sukamaju", "Kp. Cibening", "Kp. Kebon Jahe", "Kp. Tegal", "Kp. Baru",
    "Kp. Pabuaran", "Kp. Kaloran", "Kp. Cilampang", "Perum Taman Banten Lestari",
    "Perum Ciracas Indah", "Kp. Sawah",
)
# fmt: on


@dataclass(frozen=True)
class Profile:
    sector: Sector
    country: str
    occupation: str
    isco_code: str
    skills: tuple[str, ...]
    women: float  # share of women among people with this profile
    weight: int
    # The trade's skill-test field: an SSW field's code for Japan, a trade for Korea.
    competency: str | None = None
    other_sectors: tuple[Sector, ...] = ()


PROFILES = (
    Profile(Sector.caregiving, "JP", "Caregiver / perawat lansia", "5322",
            ("caregiving", "perawatan lansia", "pertolongan pertama"), 0.75, 18,
            "nursing_care", (Sector.nursing,)),
    Profile(Sector.agriculture, "JP", "Petani hortikultura", "6111",
            ("agriculture", "budidaya sayuran", "irigasi"), 0.3, 12, "agriculture"),
    Profile(Sector.automotive, "JP", "Mekanik otomotif", "7231",
            ("automotive", "servis mesin", "kelistrikan kendaraan"), 0.05, 8,
            "automobile_repair"),
    Profile(Sector.aviation_ground_handling, "JP", "Petugas ground handling bandara", "9621",
            ("aviation_ground_handling", "penanganan bagasi", "forklift"), 0.2, 5, "aviation",
            (Sector.logistics,)),
    Profile(Sector.manufacturing, "KR", "Operator produksi", "8219",
            ("manufacturing", "operator mesin", "quality control"), 0.3, 20, None,
            (Sector.food_manufacturing,)),
    Profile(Sector.construction, "KR", "Pekerja bangunan", "9313",
            ("construction", "bekisting", "pengecoran"), 0.02, 7, None),
    Profile(Sector.welding, "KR", "Juru las (welder)", "7212",
            ("welding", "SMAW", "FCAW"), 0.03, 12, "welding", (Sector.shipbuilding,)),
    Profile(Sector.shipbuilding, "KR", "Pengecat (painter)", "7132",
            ("painting", "spray painting", "sandblasting"), 0.05, 5, "painting"),
    Profile(Sector.electrical, "KR", "Teknisi listrik", "7411",
            ("electrical", "instalasi listrik", "panel listrik"), 0.05, 8, "electrical",
            (Sector.shipbuilding,)),
    Profile(Sector.logistics, "KR", "Kurir", "9621",
            ("logistics", "pengiriman barang", "SIM C"), 0.15, 3),
    Profile(Sector.cleaning, "KR", "Petugas kebersihan kantor", "9112",
            ("cleaning", "kebersihan gedung"), 0.4, 2),
)  # fmt: skip
PROFILE_OF_SECTOR = {p.sector.value: p for p in PROFILES}  # each profile has its own sector
EDUCATION = {
    EducationLevel.sd: 2,
    EducationLevel.smp: 10,
    EducationLevel.sma: 30,
    EducationLevel.smk: 38,
    EducationLevel.d1: 2,
    EducationLevel.d3: 8,
    EducationLevel.s1: 7,
}
# Ages 18-40 for almost everyone; a few just above the EPS limit of 39.
AGES = list(range(18, 45))
AGE_WEIGHTS = [6 if a <= 30 else 4 if a <= 35 else 2 if a <= 40 else 1 for a in AGES]


def make_applicants(rng: random.Random, count: int) -> list[Applicant]:
    serials = rng.sample(range(1, 10_000), count)
    return [_applicant(rng, index, serial) for index, serial in enumerate(serials, start=1)]


def correct_birth_date(person: Applicant) -> None:
    """The birth certificate was corrected; Dukcapil kept the NIK, which now disagrees."""
    person.birth_date += BIRTH_DATE_CORRECTION
    person.status = ApplicantStatus.registered  # not yet checked by the office
    for name, value in judge(person, None).items():
        setattr(person, name, value)


def _applicant(rng: random.Random, index: int, serial: int) -> Applicant:
    profile = rng.choices(PROFILES, [p.weight for p in PROFILES])[0]
    sex = "F" if rng.random() < profile.women else "M"
    age = rng.choices(AGES, AGE_WEIGHTS)[0]
    birth = AGE_ON - timedelta(days=365 * age + rng.randrange(20, 360))
    kecamatan = rng.choices(list(KECAMATAN_WEIGHTS), list(KECAMATAN_WEIGHTS.values()))[0]
    kelurahan_code, kelurahan = rng.choice(sorted(KOTA_SERANG[kecamatan][1].items()))
    elsewhere = rng.random() < OTHER_REGENCY_SHARE
    district = rng.choice(OTHER_DISTRICTS) if elsewhere else kecamatan
    day = birth.day + (40 if sex == "F" else 0)
    first = rng.choice(WOMEN if sex == "F" else MEN)
    family = rng.choice(WOMEN_SECOND if sex == "F" else MEN_SECOND) if rng.random() < 0.8 else None
    registered = datetime(2025, 12, 9, 8, tzinfo=WIB) + timedelta(
        days=rng.randrange(0, 70), minutes=rng.randrange(0, 9 * 60)
    )
    consented = rng.random() < 0.9
    status = (
        ApplicantStatus.verified if consented and rng.random() < 0.6 else ApplicantStatus.registered
    )
    return Applicant(
        nik=f"{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}",
        full_name=f"{first} {family}" if family else first,
        birth_date=birth,
        sex=sex,
        phone=f"+62{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**6, 10**8):08d}",
        email=_email(rng, index, first, family),
        kecamatan_code=kecamatan,
        kelurahan_code=kelurahan_code,
        address=(
            f"{rng.choice(KAMPUNG)} RT {rng.randrange(1, 9):03d}/RW {rng.randrange(1, 7):03d}, "
            f"Kel. {kelurahan}"
        ),
        domicile_proof=(
            f"Surat keterangan domisili Kelurahan {kelurahan} "
            f"No. 474/{rng.randrange(10, 400)}/2025 (demo)"
            if elsewhere
            else None
        ),
        education_level=_education(rng, profile),
        marital_status=_marital(rng, age),
        skills=list(profile.skills[: rng.randrange(1, len(profile.skills) + 1)]),
        experience=_experience(rng, profile, age),
        preferred_countries=_countries(rng, profile),
        preferred_sectors=[profile.sector, *profile.other_sectors[: rng.randrange(0, 2)]],
        consent_given_at=registered if consented else None,
        consent_version=CONSENT_VERSION if consented else None,
        status=status,
        created_at=registered,
        updated_at=registered + timedelta(days=rng.randrange(0, 10)),
    )


def _email(rng: random.Random, index: int, first: str, family: str | None) -> str | None:
    if rng.random() < 0.12:
        return None
    local = f"{first}.{family}" if family else first
    domain = "example.com" if index % 3 else "example.org"
    return f"{local.lower()}{index}@{domain}"


def _education(rng: random.Random, profile: Profile) -> EducationLevel:
    weights = dict(EDUCATION)
    if profile.sector == Sector.caregiving:
        weights[EducationLevel.d3] += 20  # nursing diploma (D3 Keperawatan) graduates
    if profile.competency in {"welding", "electrical", "automobile_repair"}:
        weights[EducationLevel.smk] += 30  # vocational school trades
    return rng.choices(list(weights), list(weights.values()))[0]


def _marital(rng: random.Random, age: int) -> MaritalStatus:
    married = 0.1 if age < 23 else 0.45 if age < 30 else 0.7
    roll = rng.random()
    if roll < married:
        return MaritalStatus.married
    if roll < married + 0.04:
        return MaritalStatus.divorced
    return MaritalStatus.single


def _experience(rng: random.Random, profile: Profile, age: int) -> list[dict[str, object]]:
    if rng.random() < 0.2:
        return []  # school leavers
    years = min(rng.randrange(1, 17) / 2, float(age - 17))
    jobs: list[dict[str, object]] = [
        {
            "occupation": profile.occupation,
            "isco_code": profile.isco_code,
            "years": years,
            "country": "ID",
        }
    ]
    if rng.random() < 0.06 and age >= 26:
        # A returning migrant worker: earlier work abroad in a formal sector.
        abroad = rng.choice(
            [
                ("Operator produksi", "8219", "KR"),
                ("Operator pabrik elektronik", "8212", "MY"),
                ("Pekerja perkebunan sawit", "9211", "MY"),
                ("Caregiver panti wreda", "5322", "TW"),
            ]
        )
        jobs.append(
            {
                "occupation": abroad[0],
                "isco_code": abroad[1],
                "years": float(rng.randrange(2, 6)),
                "country": abroad[2],
            }
        )
    return jobs


def _countries(rng: random.Random, profile: Profile) -> list[str]:
    other = "KR" if profile.country == "JP" else "JP"
    return [profile.country, other] if rng.random() < 0.15 else [profile.country]


def make_credentials(rng: random.Random, person: Applicant) -> list[Credential]:
    """Language results, skill certificates and training completions for one applicant."""
    profile = PROFILE_OF_SECTOR[person.preferred_sectors[0]]
    out: list[Credential] = []
    if profile.country == "JP":
        out.extend(_japanese(rng, person, profile))
    else:
        out.extend(_korean(rng, person, profile))
    trade = profile.country == "KR" and profile.competency is not None
    if (trade or profile.sector == Sector.automotive) and rng.random() < 0.4:
        field = "automotive" if profile.sector == Sector.automotive else profile.competency
        issued = _day(rng, date(2023, 3, 1), date(2025, 12, 31))
        out.append(_credential(rng, person, CredentialType.bnsp_competency, issued, field=field))
    if rng.random() < 0.12:
        japan = profile.country == "JP"
        subject = "bahasa Jepang N4" if japan else "bahasa Korea EPS-TOPIK"
        provider = "LPK Kokusai Jinzai Support (KJS)" if japan else "BBPVP Serang"
        issued = _day(rng, date(2024, 6, 1), date(2026, 1, 31))
        out.append(
            _credential(
                rng,
                person,
                CredentialType.training_completion,
                issued,
                field=subject,
                issuer=provider,
            )
        )
    return out


# JLPT results are announced about seven weeks after each July and December sitting.
JLPT_RESULTS = (date(2024, 8, 26), date(2025, 1, 27), date(2025, 8, 25), date(2026, 1, 26))


def _japanese(rng: random.Random, person: Applicant, profile: Profile) -> list[Credential]:
    out: list[Credential] = []
    if profile.competency and _age(person) >= 24 and rng.random() < 0.08:
        # Back from three years of technical intern training (ii) in the field: exempt from
        # the SSW skill test of that field and from the Japanese tests.
        completed = _day(rng, date(2023, 1, 1), date(2025, 10, 31))
        kind = CredentialType.titp_completion
        return [_credential(rng, person, kind, completed, field=profile.competency)]
    roll = rng.random()
    level = None
    if roll < 0.6:
        level = rng.choices(["N5", "N4", "N3"], [35, 45, 20])[0]
        issued = rng.choice(JLPT_RESULTS)
        out.append(
            _credential(
                rng,
                person,
                CredentialType.jlpt,
                issued,
                level=level,
                issuer="JEES / The Japan Foundation",
            )
        )
    if 0.45 < roll < 0.75:
        issued = _day(rng, date(2024, 3, 1), date(2026, 1, 31))
        out.append(_credential(rng, person, CredentialType.jft_basic, issued, level="A2"))
        level = level if level in {"N4", "N3"} else "A2"
    if level not in {"N4", "N3", "A2"}:
        return out  # not yet at the SSW language level
    if profile.sector == Sector.caregiving and rng.random() < 0.6:
        issued = _day(rng, date(2024, 6, 1), date(2026, 1, 31))
        out.append(
            _credential(
                rng, person, CredentialType.nursing_care_japanese, issued, issuer="Prometric (MHLW)"
            )
        )
    if profile.competency and rng.random() < 0.55:
        issued = _day(rng, date(2024, 6, 1), date(2026, 1, 31))
        out.append(
            _credential(
                rng,
                person,
                CredentialType.ssw_skill_test,
                issued,
                field=profile.competency,
                issuer="Prometric (SSW)",
            )
        )
    return out


def _korean(rng: random.Random, person: Applicant, profile: Profile) -> list[Credential]:
    out: list[Credential] = []
    if rng.random() < 0.6:
        # Results of rounds since mid-2024; valid two years, so the older ones have expired.
        issued = _day(rng, date(2024, 6, 1), date(2026, 6, 30))
        score = max(60, min(180, round(rng.gauss(118, 28))))
        out.append(
            _credential(
                rng,
                person,
                CredentialType.eps_topik,
                issued,
                score=score,
                expires=validity_limit(CredentialType.eps_topik, issued),
            )
        )
        if score >= EPS_TOPIK_FLOOR and rng.random() < 0.8:
            # Those who passed register on the job seeker roster a few months later.
            listed = min(issued + timedelta(days=rng.randrange(45, 150)), ROSTER_BY)
            expires = validity_limit(CredentialType.eps_roster, listed)
            out.append(_credential(rng, person, CredentialType.eps_roster, listed, expires=expires))
    if profile.competency and rng.random() < 0.3:
        issued = _day(rng, date(2024, 9, 1), date(2026, 1, 31))
        out.append(
            _credential(
                rng,
                person,
                CredentialType.korean_skills_test,
                issued,
                field=profile.competency,
                issuer="Korea Offshore & Shipbuilding Association (demo)",
            )
        )
    return out


def _age(person: Applicant) -> int:
    born = person.birth_date
    return AGE_ON.year - born.year - ((AGE_ON.month, AGE_ON.day) < (born.month, born.day))


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange(0, (last - first).days + 1))


ISSUERS = {
    CredentialType.eps_roster: "HRD Korea (EPS job seeker roster)",
    CredentialType.titp_completion: "OTIT (Organization for Technical Intern Training)",
    CredentialType.jft_basic: "The Japan Foundation",
    CredentialType.eps_topik: "HRD Korea (Human Resources Development Service of Korea)",
    CredentialType.bnsp_competency: "BNSP (LSP demo)",
}


def _credential(
    rng: random.Random,
    person: Applicant,
    kind: CredentialType,
    issued: date,
    *,
    level: str | None = None,
    score: int | None = None,
    field: str | None = None,
    expires: date | None = None,
    issuer: str | None = None,
) -> Credential:
    verified = person.status == ApplicantStatus.verified and rng.random() < 0.7
    # Recorded at registration, or when the result came out if that was later.
    recorded = max(person.created_at, datetime.combine(issued, time(10), WIB))
    return Credential(
        applicant_id=person.id or 0,
        kind=KIND_OF_TYPE[kind],
        type=kind,
        level=level,
        score=score,
        field=field,
        issuer=issuer or ISSUERS[kind],
        issued_on=issued,
        expires_on=expires,
        verification=Verification.verified if verified else Verification.pending,
        verified_at=recorded + timedelta(days=rng.randrange(1, 20)) if verified else None,
        created_at=recorded,
        updated_at=recorded,
    )
