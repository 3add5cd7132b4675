"""Reference data: Kota Serang's administrative areas and the programme's code lists.

Area codes follow Kemendagri's numbering (36 Banten, 36.73 Kota Serang, 36.73.0k kecamatan,
36.73.0k.1nnn kelurahan).
"""

from enum import StrEnum

import pycountry

PROVINCE_CODE = "36"
REGENCY_CODE = "3673"

# kecamatan code -> (name, {kelurahan code: name})
KOTA_SERANG: dict[str, tuple[str, dict[str, str]]] = {
    "367301": (
        "Serang",
        {
            "3673011001": "Serang",
            "3673011002": "Cipare",
            "3673011003": "Sumur Pecung",
            "3673011004": "Kota Baru",
            "3673011005": "Lopang",
            "3673011006": "Cimuncang",
            "3673011007": "Unyur",
            "3673011008": "Sukawana",
            "3673011009": "Lontar Baru",
            "3673011010": "Kaligandu",
            "3673011011": "Terondol",
            "3673011012": "Kagungan",
        },
    ),
    "367302": (
        "Kasemen",
        {
            "3673021001": "Kasemen",
            "3673021002": "Mesjid Priyayi",
            "3673021003": "Terumbu",
            "3673021004": "Warung Jaud",
            "3673021006": "Bendung",
            "3673021007": "Banten",
            "3673021008": "Sawah Luhur",
            "3673021009": "Kilasah",
            "3673021010": "Kasunyatan",
            "3673021011": "Margaluyu",
        },
    ),
    "367303": (
        "Walantaka",
        {
            "3673031001": "Walantaka",
            "3673031002": "Cigoong",
            "3673031003": "Nyapah",
            "3673031004": "Pengampelan",
            "3673031006": "Kiara",
            "3673031007": "Pager Agung",
            "3673031008": "Kalodran",
            "3673031009": "Kepuren",
            "3673031010": "Teritih",
            "3673031011": "Pabuaran",
            "3673031012": "Pasuluhan",
            "3673031013": "Tegalsari",
            "3673031014": "Pipitan",
            "3673031016": "Lebakwangi",
        },
    ),
    "367304": (
        "Curug",
        {
            "3673041001": "Curug",
            "3673041002": "Tinggar",
            "3673041003": "Kemanisan",
            "3673041004": "Cipete",
            "3673041005": "Cilaku",
            "3673041006": "Pancalaksana",
            "3673041007": "Sukawana",
            "3673041008": "Sukalaksana",
            "3673041009": "Curug Manis",
            "3673041010": "Sukajaya",
        },
    ),
    "367305": (
        "Cipocok Jaya",
        {
            "3673051001": "Cipocok Jaya",
            "3673051002": "Karundang",
            "3673051003": "Panancangan",
            "3673051004": "Banjar Agung",
            "3673051005": "Banjarsari",
            "3673051006": "Tembong",
            "3673051007": "Dalung",
            "3673051008": "Gelam",
        },
    ),
    "367306": (
        "Taktakan",
        {
            "3673061001": "Taktakan",
            "3673061002": "Sayar",
            "3673061003": "Pancur",
            "3673061004": "Kuranji",
            "3673061005": "Kalang Anyar",
            "3673061006": "Cilowong",
            "3673061007": "Panggung Jati",
            "3673061008": "Drangong",
            "3673061009": "Umbul Tengah",
            "3673061010": "Sepang",
            "3673061011": "Lialang",
            "3673061012": "Taman Baru",
        },
    ),
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
