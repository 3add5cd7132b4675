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
from datetime import date, datetime, timedelta, timezone

from app.models.applicant import Applicant, ApplicantStatus
from app.reference import KOTA_SERANG, EducationLevel, MaritalStatus, Sector
from app.services.applicants.identity_check import judge

WIB = timezone(timedelta(hours=7))
AGE_ON = date(2026, 1, 15)  # ages are drawn as of this day
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
