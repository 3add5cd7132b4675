"""Reference data: Kota Serang's administrative areas and the programme's code lists.

The areas are read once, at import, from `reference_data/kota_serang_areas.json`, which names
its source (the Kepmendagri on area codes, its number and year) and the day it was checked
against it: a new kelurahan or a renamed one is an edit of that file, not of code. Codes
follow Kemendagri's numbering without the dots (36 Banten, 3673 Kota Serang, 36730k
kecamatan, 36730k1nnn kelurahan).
"""

from datetime import date
from enum import StrEnum
from importlib.resources import files

import pycountry
from pydantic import BaseModel, ConfigDict

AREAS_FILE = "reference_data/kota_serang_areas.json"


class AreaSource(BaseModel):
    """The legal act an area list comes from, and when it was last checked against it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    number: str
    year: int
    issued_on: date
    checked_on: date
    note: str


class Area(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str


class Kelurahan(Area):
    """A kelurahan (urban village); Kota Serang has no desa."""


class Kecamatan(Area):
    kelurahan: list[Kelurahan]


class AreaList(BaseModel):
    """Kota Serang's kecamatan and kelurahan, with the source they were taken from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: AreaSource
    province: Area
    regency: Area
    kecamatan: list[Kecamatan]


def load_areas(raw: bytes) -> AreaList:
    """Parse the area file and refuse one whose codes do not nest (a typo there would
    silently move a kelurahan to another kecamatan)."""
    areas = AreaList.model_validate_json(raw)
    codes: set[str] = set()
    if not areas.regency.code.startswith(areas.province.code):
        raise ValueError(f"regency {areas.regency.code} is not in {areas.province.code}")
    for kecamatan in areas.kecamatan:
        if len(kecamatan.code) != 6 or not kecamatan.code.startswith(areas.regency.code):
            raise ValueError(f"kecamatan code {kecamatan.code} is not in {areas.regency.code}")
        for kelurahan in kecamatan.kelurahan:
            if len(kelurahan.code) != 10 or not kelurahan.code.startswith(kecamatan.code):
                raise ValueError(f"kelurahan code {kelurahan.code} is not in {kecamatan.code}")
        for code in (kecamatan.code, *(k.code for k in kecamatan.kelurahan)):
            if code in codes:
                raise ValueError(f"area code {code} listed twice")
            codes.add(code)
    return areas


AREAS = load_areas(files("app").joinpath(AREAS_FILE).read_bytes())
REGENCY_CODE = AREAS.regency.code

# kecamatan code -> (name, {kelurahan code: name})
KOTA_SERANG: dict[str, tuple[str, dict[str, str]]] = {
    kecamatan.code: (kecamatan.name, {k.code: k.name for k in kecamatan.kelurahan})
    for kecamatan in AREAS.kecamatan
}

KELURAHAN_TO_KECAMATAN = {
    kelurahan: kecamatan
    for kecamatan, (_, kelurahan_map) in KOTA_SERANG.items()
    for kelurahan in kelurahan_map
}

# Province codes in use on KTP-el (Dukcapil), including the Papua provinces formed in 2022.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 "  # noqa: SIM905
    "71 72 73 74 75 76 81 82 91 92 93 94 95 96".split()
)


class Sex(StrEnum):
    male = "M"
    female = "F"


class EducationLevel(StrEnum):
    """Ordered from lowest to highest; comparisons use `EDUCATION_RANK`."""

    none = "none"
    sd = "sd"  # primary
    smp = "smp"  # junior secondary
    sma = "sma"  # senior secondary, general
    smk = "smk"  # senior secondary, vocational
    d1 = "d1"
    d2 = "d2"
    d3 = "d3"
    d4 = "d4"
    s1 = "s1"
    s2 = "s2"
    s3 = "s3"


EDUCATION_RANK = {
    EducationLevel.none: 0,
    EducationLevel.sd: 1,
    EducationLevel.smp: 2,
    EducationLevel.sma: 3,
    EducationLevel.smk: 3,
    EducationLevel.d1: 4,
    EducationLevel.d2: 5,
    EducationLevel.d3: 6,
    EducationLevel.d4: 7,
    EducationLevel.s1: 7,
    EducationLevel.s2: 8,
    EducationLevel.s3: 9,
}


class MaritalStatus(StrEnum):
    single = "single"
    married = "married"
    divorced = "divorced"
    widowed = "widowed"


class Scheme(StrEnum):
    jp_ssw = "jp_ssw"  # Japan, Specified Skilled Worker (i)
    jp_titp = "jp_titp"  # Japan, technical intern training
    kr_eps_e9 = "kr_eps_e9"  # Korea, Employment Permit System, E-9
    kr_e7 = "kr_e7"  # Korea, skilled worker E-7(-3)
    kr_e8 = "kr_e8"  # Korea, seasonal worker E-8
    g2g = "g2g"  # government to government
    private = "private"  # private placement by a P3MI


class Sector(StrEnum):
    caregiving = "caregiving"
    nursing = "nursing"
    agriculture = "agriculture"
    livestock = "livestock"
    fishery = "fishery"
    food_manufacturing = "food_manufacturing"
    manufacturing = "manufacturing"
    automotive = "automotive"
    construction = "construction"
    shipbuilding = "shipbuilding"
    welding = "welding"
    electrical = "electrical"
    aviation_ground_handling = "aviation_ground_handling"
    hospitality = "hospitality"
    food_service = "food_service"
    cleaning = "cleaning"
    logistics = "logistics"
    services = "services"
    domestic_work = "domestic_work"  # accepted as data only to be refused with a reason


class SswField(StrEnum):
    """The 16 fields of Japan's Specified Skilled Worker (i) status; their names, sources and
    the sectors and occupations in each: app/services/matching/ssw_fields.py."""

    nursing_care = "nursing_care"
    building_cleaning = "building_cleaning"
    industrial_products_manufacturing = "industrial_products_manufacturing"
    construction = "construction"
    shipbuilding = "shipbuilding"
    automobile_repair = "automobile_repair"
    aviation = "aviation"
    accommodation = "accommodation"
    agriculture = "agriculture"
    fishery = "fishery"
    food_beverage_manufacturing = "food_beverage_manufacturing"
    food_service = "food_service"
    automobile_transportation = "automobile_transportation"
    railway = "railway"
    forestry = "forestry"
    wood_industry = "wood_industry"


class Channel(StrEnum):
    """Recruitment channels of a scheme: app/services/matching/channels.py."""

    im_japan = "im_japan"  # TITP through IM Japan (Kemnaker - IM Japan programme)
    eps_g2g = "eps_g2g"  # EPS E-9 government to government (BP2MI/KP2MI - HRD Korea)


# Read once: pycountry's own lookup costs tens of microseconds, and a batch of job orders
# asks several times per item.
COUNTRY_CODES = frozenset(c.alpha_2 for c in pycountry.countries)
CURRENCY_CODES = frozenset(c.alpha_3 for c in pycountry.currencies)


def is_country(code: str) -> bool:
    return code in COUNTRY_CODES


def is_currency(code: str) -> bool:
    return code in CURRENCY_CODES
