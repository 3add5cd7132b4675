"""Labels of the codes a public reader meets, in English and Indonesian.

The API keeps its codes; the board and the public projection add these words next to them.
"""

import pycountry

from app.core.i18n import Language
from app.reference import EducationLevel, Scheme, Sector

Pair = tuple[str, str]  # (English, Indonesian)

SCHEMES: dict[str, Pair] = {
    Scheme.jp_ssw: ("Japan, Specified Skilled Worker (SSW i)", "Jepang, Specified Skilled Worker"),
    Scheme.jp_titp: ("Japan, technical intern training", "Jepang, pemagangan (TITP)"),
    Scheme.kr_eps_e9: ("Korea, EPS (E-9), government to government", "Korea, EPS (E-9), G to G"),
    Scheme.kr_e7: ("Korea, skilled worker (E-7)", "Korea, tenaga terampil (E-7)"),
    Scheme.kr_e8: ("Korea, seasonal worker (E-8)", "Korea, pekerja musiman (E-8)"),
    Scheme.g2g: ("Government to government", "Antarpemerintah (G to G)"),
    Scheme.private: ("Private placement (P3MI)", "Penempatan swasta (P3MI)"),
}

SECTORS: dict[str, Pair] = {
    Sector.caregiving: ("Caregiving", "Perawatan lansia (caregiver)"),
    Sector.nursing: ("Nursing", "Keperawatan"),
    Sector.agriculture: ("Agriculture", "Pertanian"),
    Sector.livestock: ("Livestock", "Peternakan"),
    Sector.fishery: ("Fishery", "Perikanan"),
    Sector.food_manufacturing: ("Food manufacturing", "Industri makanan"),
    Sector.manufacturing: ("Manufacturing", "Manufaktur"),
    Sector.automotive: ("Automotive", "Otomotif"),
    Sector.construction: ("Construction", "Konstruksi"),
    Sector.shipbuilding: ("Shipbuilding", "Perkapalan"),
    Sector.welding: ("Welding", "Pengelasan"),
    Sector.electrical: ("Electrical", "Kelistrikan"),
    Sector.aviation_ground_handling: ("Airport ground handling", "Layanan darat bandara"),
    Sector.hospitality: ("Hospitality", "Perhotelan"),
    Sector.food_service: ("Food service", "Jasa makanan"),
    Sector.cleaning: ("Cleaning", "Kebersihan gedung"),
    Sector.logistics: ("Logistics", "Logistik"),
    Sector.services: ("Services", "Jasa"),
    Sector.domestic_work: ("Domestic work", "Pekerjaan rumah tangga"),
}

EDUCATION: dict[str, Pair] = {
    EducationLevel.none: ("no schooling", "tidak sekolah"),
    EducationLevel.sd: ("primary school (SD)", "SD"),
    EducationLevel.smp: ("junior secondary school (SMP)", "SMP"),
    EducationLevel.sma: ("senior secondary school (SMA)", "SMA"),
    EducationLevel.smk: ("vocational secondary school (SMK)", "SMK"),
    EducationLevel.d1: ("diploma D1", "D1"),
    EducationLevel.d2: ("diploma D2", "D2"),
    EducationLevel.d3: ("diploma D3", "D3"),
    EducationLevel.d4: ("diploma D4", "D4"),
    EducationLevel.s1: ("bachelor's degree (S1)", "S1"),
    EducationLevel.s2: ("master's degree (S2)", "S2"),
    EducationLevel.s3: ("doctorate (S3)", "S3"),
}

SEXES: dict[str, Pair] = {"M": ("men", "laki-laki"), "F": ("women", "perempuan")}

COST_ITEMS: dict[str, Pair] = {
    "training": ("Training", "Pelatihan"),
    "passport": ("Passport", "Paspor"),
    "medical": ("Medical check", "Pemeriksaan kesehatan"),
    "psychological": ("Psychological test", "Tes psikologi"),
    "visa": ("Visa", "Visa"),
    "bpjs": ("BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan"),
    "travel": ("Travel", "Tiket perjalanan"),
    "accommodation": ("Accommodation", "Akomodasi"),
    "certification": ("Certification", "Sertifikasi"),
    "agency_fee": ("Agency fee", "Biaya agensi"),
    "other": ("Other", "Lainnya"),
}

COUNTRIES: dict[str, Pair] = {
    "JP": ("Japan", "Jepang"),
    "KR": ("South Korea", "Korea Selatan"),
    "TW": ("Taiwan", "Taiwan"),
    "HK": ("Hong Kong", "Hong Kong"),
    "MY": ("Malaysia", "Malaysia"),
    "SG": ("Singapore", "Singapura"),
    "SA": ("Saudi Arabia", "Arab Saudi"),
    "AE": ("United Arab Emirates", "Uni Emirat Arab"),
    "DE": ("Germany", "Jerman"),
}


def word(table: dict[str, Pair], code: str | None, lang: Language) -> str:
    """The label of `code` in `lang`; the code itself when the table has none."""
    if code is None:
        return ""
    pair = table.get(code)
    if pair is None:
        return code
    return pair[1] if lang == "id" else pair[0]


def country_name(code: str, lang: Language) -> str:
    if code in COUNTRIES:
        return word(COUNTRIES, code, lang)
    found = pycountry.countries.get(alpha_2=code)
    return found.name if found is not None else code
