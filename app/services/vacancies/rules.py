"""Rules every job order must meet, as data an officer can read, each with its source.

The service (app/services/vacancies/service.py) only looks things up here; changing a rule means
changing a table below, next to the source it comes from.
"""

from dataclasses import dataclass

from app.models.vacancy import Language, Payer
from app.reference import Scheme, Sector

# --- Formal sector only ------------------------------------------------------------------
# Source: agreement between the Kota Serang government and APJATI, 8 December 2025: the
# programme places in the formal sector only; household (domestic) work is not placed.
# A job order is domestic work when its sector is `domestic_work` or its ISCO-08 unit group
# is one whose work is done only in private households (ILO, ISCO-08 vol. 1, 2012: the unit
# groups below). Codes decide, never words: a title is free text ("State-of-the-art welding
# technician" is no "ART"), and an order's sector and occupation code are what the agency
# states and answers for. Unit groups that also work in institutions or businesses stay
# allowed: 5311 child care workers (day-care centres), 5322 home-based personal care workers
# (residential settings), 5120 cooks, 8322 drivers, 6113 gardeners, 9112 cleaners in
# establishments. `isco_code` is optional: without it the sector alone decides.
DOMESTIC_SECTORS = frozenset({Sector.domestic_work})
DOMESTIC_ISCO = {
    "9111": "Domestic cleaners and helpers",
    "5152": "Domestic housekeepers",
}
DOMESTIC_WORK_SOURCE = (
    "Kota Serang - APJATI agreement, 8 Dec 2025: formal sector only. Domestic work is the "
    "sector domestic_work or an ISCO-08 unit group of private households only "
    f"({', '.join(DOMESTIC_ISCO)}); without an ISCO-08 code the sector decides. "
    "Checked 2026-12-05."
)

# --- Zero placement cost to the worker ----------------------------------------------------
# Source: Peraturan BP2MI No. 9 Tahun 2020 tentang Pembebasan Biaya Penempatan PMI, art. 3:
# ten occupations for which the worker bears no placement cost: housekeeper, baby sitter,
# elderly caretaker, cook, family driver, gardener, child carer, cleaner, farm/plantation
# worker and fishing-vessel crew. (Housekeepers are domestic work and refused anyway.)
ZERO_COST_SOURCE = "BP2MI regulation 9/2020 (Perban BP2MI No. 9 Tahun 2020), art. 3"
ZERO_COST_SECTORS = frozenset(
    {Sector.caregiving, Sector.agriculture, Sector.cleaning, Sector.fishery}
)
ZERO_COST_ISCO = {
    "5322": "Home-based personal care workers (caretaker of the elderly)",
    "5321": "Health care assistants (caregiver)",
    "5311": "Child care workers (baby sitter, child carer)",
    "5120": "Cooks",
    "8322": "Car, taxi and van drivers (family driver)",
    "6113": "Gardeners, horticultural and nursery growers",
    "9214": "Garden and horticultural labourers",
    "9112": "Cleaners and helpers in offices, hotels and other establishments",
    "6111": "Field crop and vegetable growers",
    "6112": "Tree and shrub crop growers (plantation)",
    "9211": "Crop farm labourers",
    "9213": "Mixed crop and livestock farm labourers",
    "6222": "Inland and coastal waters fishery workers",
    "6223": "Deep-sea fishery workers (fishing-vessel crew)",
    "9216": "Fishery and aquaculture labourers",
}

# --- Schemes tied to one destination --------------------------------------------------------
# Sources: Japan's Immigration Services Agency (SSW, technical intern training) and Korea's
# Employment Permit System (E-9), skilled (E-7) and seasonal (E-8) visas.
SCHEME_COUNTRY = {
    Scheme.jp_ssw: "JP",
    Scheme.jp_titp: "JP",
    Scheme.kr_eps_e9: "KR",
    Scheme.kr_e7: "KR",
    Scheme.kr_e8: "KR",
}


# --- Language requirements ------------------------------------------------------------------
@dataclass(frozen=True)
class LanguageRequirement:
    levels: frozenset[str]  # accepted values of min_language_level
    max_score: int | None  # min_language_score allowed up to this, None: no score
    source: str


LANGUAGE_REQUIREMENTS = {
    Language.ja: LanguageRequirement(
        frozenset({"N5", "N4", "N3", "N2", "N1", "A2"}),
        None,
        "JLPT levels N5..N1; JFT-Basic A2 (SSW i accepts N4 or A2)",
    ),
    Language.ko: LanguageRequirement(frozenset(), 200, "EPS-TOPIK, a score out of 200 (HRD Korea)"),
    Language.en: LanguageRequirement(
        frozenset({"A2", "B1", "B2", "C1", "C2"}), None, "CEFR levels"
    ),
}


def domestic_work(sector: str, isco_code: str | None) -> tuple[str, str] | None:
    """The field whose code makes the order household work and that code, as a reader sees
    it; None for a formal-sector order."""
    if sector in DOMESTIC_SECTORS:
        return "sector", sector
    if isco_code is not None and isco_code in DOMESTIC_ISCO:
        return "isco_code", f"{isco_code} ({DOMESTIC_ISCO[isco_code]})"
    return None


def is_zero_cost(sector: str, isco_code: str | None) -> bool:
    return sector in ZERO_COST_SECTORS or (isco_code or "") in ZERO_COST_ISCO


def worker_paid_items(cost_items: list[dict[str, object]]) -> list[str]:
    return [str(item["item"]) for item in cost_items if item.get("payer") == Payer.worker]


def language_error_field(language: str | None, level: str | None, score: int | None) -> str | None:
    """The field of a language requirement that does not fit its language, if any."""
    if language is None:
        if level is not None:
            return "min_language_level"
        return "min_language_score" if score is not None else None
    rule = LANGUAGE_REQUIREMENTS[Language(language)]
    if level is not None and level not in rule.levels:
        return "min_language_level"
    if score is not None and (rule.max_score is None or score > rule.max_score):
        return "min_language_score"
    return None
