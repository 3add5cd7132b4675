"""Rules every job order must meet, as data an officer can read, each with its source."""

import re

from app.models.vacancy import Payer
from app.reference import Scheme, Sector

# Kota Serang - APJATI agreement of 8 December 2025: formal sector only, no household work.
DOMESTIC_SECTORS = frozenset({Sector.domestic_work})
DOMESTIC_ISCO = frozenset({"9111", "5152"})  # domestic cleaners and helpers; housekeepers
DOMESTIC_WORDS = re.compile(
    r"\b(pembantu rumah tangga|asisten rumah tangga|art|prt|domestic (helper|worker)|"
    r"housemaid|maid)\b",
    re.IGNORECASE,
)

# BP2MI regulation 9/2020: occupations whose placement costs the worker may not be charged.
ZERO_COST_SECTORS = frozenset(
    {Sector.caregiving, Sector.agriculture, Sector.cleaning, Sector.fishery}
)
ZERO_COST_ISCO = frozenset(
    {
        "5322",  # home-based personal care (caregiver, elderly carer)
        "5321",  # health care assistant
        "5311",  # child care worker, baby sitter
        "5120",  # cook
        "8322",  # family driver
        "9214",  # garden labourer
        "9112",  # cleaner
        "9211",  # crop farm labourer
        "6111",  # field crop grower
        "9216",  # fishery labourer
        "6222",  # inland and coastal fishery worker
    }
)

SCHEME_COUNTRY = {
    Scheme.jp_ssw: "JP",
    Scheme.jp_titp: "JP",
    Scheme.kr_eps_e9: "KR",
    Scheme.kr_e7: "KR",
    Scheme.kr_e8: "KR",
}


def is_domestic_work(sector: str, isco_code: str | None, *texts: str) -> bool:
    return (
        sector in DOMESTIC_SECTORS
        or (isco_code or "") in DOMESTIC_ISCO
        or any(DOMESTIC_WORDS.search(t or "") for t in texts)
    )


def is_zero_cost(sector: str, isco_code: str | None) -> bool:
    return sector in ZERO_COST_SECTORS or (isco_code or "") in ZERO_COST_ISCO


def worker_paid_items(cost_items: list[dict[str, object]]) -> list[str]:
    return [str(item["item"]) for item in cost_items if item.get("payer") == Payer.worker]
