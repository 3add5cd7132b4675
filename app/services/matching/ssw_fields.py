"""The fields of Japan's Specified Skilled Worker (i) status, as a reference table.

A skill-test result counts for a job order when it is of the order's field: the field is
looked up here (stated by the agency, else from the order's occupation, else its sector),
never guessed by comparing a certificate's wording with a sector code. Certificates name
their field by code; the English and Indonesian names and a few common spellings are taken
too when a result is entered, and stored as the code.
"""

import re
from dataclasses import dataclass

from app.models.credential import CredentialType
from app.reference import Sector, SswField

SSW_FIELDS_SOURCE = (
    "Immigration Services Agency of Japan, 'Specified Skilled Worker (i)': the specified "
    "industrial fields; Cabinet Decision of 29 March 2024 adding automobile transportation, "
    "railway, forestry and wood industry (16 fields) and renaming the manufacturing field "
    "'industrial products manufacturing'; checked 2026-12-05"
)


@dataclass(frozen=True)
class FieldInfo:
    code: SswField
    name_en: str
    name_id: str
    # Job orders of these sectors are in the field unless their occupation says otherwise.
    sectors: frozenset[Sector] = frozenset()
    # ISCO-08 unit groups whose job orders are in the field, whatever their sector.
    isco_codes: frozenset[str] = frozenset()
    # Other names a certificate may carry (the Japanese field name in romaji, older names).
    aliases: tuple[str, ...] = ()
    added: str | None = None  # when the field was added, for the newer ones


# Credential types whose `field` is an SSW field, stored and compared as the field's code.
SSW_FIELD_TYPES = frozenset({CredentialType.ssw_skill_test, CredentialType.titp_completion})

F, S = SswField, Sector
SSW_FIELDS: tuple[FieldInfo, ...] = (
    FieldInfo(F.nursing_care, "Nursing care", "Perawatan (kaigo)",
              frozenset({S.caregiving}), frozenset({"5321", "5322"}),
              ("kaigo", "care worker", "caregiver", "caregiving", "perawat lansia")),
    FieldInfo(F.building_cleaning, "Building cleaning", "Pembersihan gedung",
              frozenset({S.cleaning}), frozenset({"9112"}), ("cleaning",)),
    FieldInfo(F.industrial_products_manufacturing, "Industrial products manufacturing",
              "Manufaktur produk industri", frozenset({S.manufacturing}),
              aliases=("manufacturing", "industrial machinery", "electric and electronic "
                       "information", "materials processing", "kogyo seihin seizo")),
    FieldInfo(F.construction, "Construction", "Konstruksi", frozenset({S.construction})),
    FieldInfo(F.shipbuilding, "Shipbuilding and ship machinery", "Perkapalan dan mesin kapal",
              frozenset({S.shipbuilding}), aliases=("shipbuilding and marine industry",)),
    FieldInfo(F.automobile_repair, "Automobile repair and maintenance",
              "Perawatan kendaraan bermotor", frozenset({S.automotive}),
              frozenset({"7231"}), ("automobile repair and maintenance", "automotive",
                                    "automobile maintenance", "otomotif")),
    FieldInfo(F.aviation, "Aviation (airport ground handling, aircraft maintenance)",
              "Penerbangan (ground handling bandara, perawatan pesawat)",
              frozenset({S.aviation_ground_handling}), frozenset({"7232"}),
              ("airport ground handling", "aviation ground handling")),
    FieldInfo(F.accommodation, "Accommodation", "Akomodasi (perhotelan)",
              frozenset({S.hospitality}), frozenset({"4224"}), ("hotel", "hospitality")),
    FieldInfo(F.agriculture, "Agriculture", "Pertanian",
              frozenset({S.agriculture, S.livestock}),
              frozenset({"6111", "6112", "6121", "9211", "9212", "9213"}), ("pertanian",)),
    FieldInfo(F.fishery, "Fishery and aquaculture", "Perikanan", frozenset({S.fishery}),
              frozenset({"6221", "6222", "6223", "9216"}), ("fishery and aquaculture",)),
    FieldInfo(F.food_beverage_manufacturing, "Food and beverage manufacturing",
              "Industri makanan dan minuman", frozenset({S.food_manufacturing}),
              aliases=("food manufacturing",)),
    FieldInfo(F.food_service, "Food service", "Jasa makanan (restoran)",
              frozenset({S.food_service}), frozenset({"5120", "5131", "9411"}),
              ("restaurant",)),
    FieldInfo(F.automobile_transportation, "Automobile transportation",
              "Transportasi kendaraan bermotor", isco_codes=frozenset({"8322", "8331", "8332"}),
              aliases=("truck driver", "bus driver", "taxi driver"), added="2024-03-29"),
    FieldInfo(F.railway, "Railway", "Perkeretaapian", isco_codes=frozenset({"8311", "8312"}),
              added="2024-03-29"),
    FieldInfo(F.forestry, "Forestry", "Kehutanan", isco_codes=frozenset({"6210", "9215"}),
              added="2024-03-29"),
    FieldInfo(F.wood_industry, "Wood industry", "Industri kayu",
              isco_codes=frozenset({"7521", "7522", "8172"}), added="2024-03-29"),
)  # fmt: skip

_FIELD_OF_SECTOR = {sector: info.code for info in SSW_FIELDS for sector in info.sectors}
_SECTORS = frozenset(s.value for s in Sector)
_FIELD_OF_ISCO = {isco: info.code for info in SSW_FIELDS for isco in info.isco_codes}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")


_FIELD_OF_NAME = {
    _key(name): info.code
    for info in SSW_FIELDS
    for name in (info.code.value, info.name_en, info.name_id, *info.aliases)
}


def field_named(text: str | None) -> SswField | None:
    """The field a certificate names (code, English or Indonesian name, a known alias)."""
    return _FIELD_OF_NAME.get(_key(text)) if text else None


def field_of_order(stated: str | None, sector: str, isco_code: str | None) -> SswField | None:
    """A job order's field: as the agency states it, else by occupation, else by sector.

    The occupation comes first because it is the narrower: a driver's order in the logistics
    sector is automobile transportation. None when nothing determines it (e.g. welding, which
    is work in three fields): such an SSW order must state its field.
    """
    if stated:
        return SswField(stated)
    if isco_code and isco_code in _FIELD_OF_ISCO:
        return _FIELD_OF_ISCO[isco_code]
    return _FIELD_OF_SECTOR.get(Sector(sector)) if sector in _SECTORS else None
