"""NIK (Nomor Induk Kependudukan) and Indonesian phone numbers.

A NIK is 16 digits: province (2), regency (2), district (2), birth date DDMMYY with 40
added to the day for women, and a 4-digit serial (PP 37/2007 art. 37). A NIK that breaks
this structure is refused. One whose date or sex disagrees with the person's recorded birth
date or sex is not: a NIK is never re-issued, so after a corrected birth date the two differ
for life, and the record is flagged for an officer instead
(`app/services/applicants/identity_check.py`).
"""

import re
from dataclasses import dataclass
from datetime import date

from app.core.errors import FieldError
from app.core.i18n import Message, define
from app.models.applicant import IdentityMismatch
from app.reference import KOTA_SERANG, PROVINCE_CODES, REGENCY_CODE, Sex

define(
    {
        "nik_province_unknown": Message(
            "Unknown province code",
            "Kode provinsi tidak dikenal",
            "The NIK starts with province code {code}, which does not exist.",
            "NIK diawali kode provinsi {code} yang tidak ada.",
        ),
        "nik_area_invalid": Message(
            "Invalid area code",
            "Kode wilayah tidak valid",
            "The regency and district codes of the NIK ({code}) are not valid.",
            "Kode kabupaten/kota dan kecamatan pada NIK ({code}) tidak valid.",
        ),
        "nik_birth_date_invalid": Message(
            "Invalid date in NIK",
            "Tanggal pada NIK tidak valid",
            "Digits 7-12 of the NIK are not a date that exists (DDMMYY, 40 added to the day "
            "for women).",
            "Digit ke-7 sampai ke-12 NIK bukan tanggal yang ada (DDMMYY, tanggal perempuan "
            "ditambah 40).",
        ),
        "nik_serial_invalid": Message(
            "Invalid NIK serial",
            "Nomor urut NIK tidak valid",
            "The last four digits of a NIK cannot be 0000.",
            "Empat digit terakhir NIK tidak boleh 0000.",
        ),
        "phone_invalid": Message(
            "Invalid phone number",
            "Nomor telepon tidak valid",
            "Give an Indonesian number such as 0812 3456 7890 or +62 812 3456 7890.",
            "Masukkan nomor Indonesia seperti 0812 3456 7890 atau +62 812 3456 7890.",
        ),
    }
)


# Women's NIKs carry the birth day plus 40 (41-71), men's the day itself (01-31).
FEMALE_DAY_OFFSET = 40


@dataclass(frozen=True)
class EncodedBirth:
    """What digits 7-12 of a NIK say: the birth date (two-digit year) and the sex."""

    day: int
    month: int
    year_2: int
    sex: Sex


@dataclass(frozen=True)
class NikParts:
    province: str
    regency: str  # 4 digits: province + regency
    district: str  # 6 digits
    birth: EncodedBirth
    serial: str

    @property
    def in_kota_serang(self) -> bool:
        return self.regency == REGENCY_CODE


def encoded_birth(nik: str) -> EncodedBirth | None:
    """Digits 7-12 read as DDMMYY (day + 40 for women); None if that date exists in no
    century (29-02-00 does: 2000 was a leap year)."""
    raw_day, month, year_2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = Sex.female if raw_day > FEMALE_DAY_OFFSET else Sex.male
    day = raw_day - FEMALE_DAY_OFFSET if sex == Sex.female else raw_day
    try:
        date(2000 + year_2, month, day)
    except ValueError:
        return None
    return EncodedBirth(day, month, year_2, sex)


def parse_nik(nik: str, field: str = "nik") -> tuple[NikParts | None, list[FieldError]]:
    """Split a 16-digit NIK and check what it says about itself."""
    errors: list[FieldError] = []
    province, regency, district = nik[:2], nik[:4], nik[:6]
    if province not in PROVINCE_CODES:
        errors.append(FieldError(field, "nik_province_unknown", {"code": province}))
    # Within Kota Serang the district must be one of its kecamatan (the reference areas).
    unknown_here = regency == REGENCY_CODE and district not in KOTA_SERANG
    if nik[2:4] == "00" or nik[4:6] == "00" or unknown_here:
        errors.append(FieldError(field, "nik_area_invalid", {"code": nik[2:6]}))
    birth = encoded_birth(nik)
    if birth is None:
        errors.append(FieldError(field, "nik_birth_date_invalid"))
    if nik[12:] == "0000":
        errors.append(FieldError(field, "nik_serial_invalid"))
    if errors or birth is None:
        return None, errors
    return NikParts(province, regency, district, birth, nik[12:]), []


def nik_mismatches(nik: str, birth_date: date, sex: Sex) -> list[IdentityMismatch]:
    """Where the recorded birth date and sex disagree with what the NIK encodes (nothing for
    a NIK whose date does not exist: `parse_nik` refuses it)."""
    birth = encoded_birth(nik)
    if birth is None:
        return []
    found: list[IdentityMismatch] = []
    given = (birth_date.day, birth_date.month, birth_date.year % 100)
    if (birth.day, birth.month, birth.year_2) != given:
        found.append(IdentityMismatch.birth_date_differs_from_nik)
    if birth.sex != sex:
        found.append(IdentityMismatch.sex_differs_from_nik)
    return found


_NON_DIGITS = re.compile(r"[\s\-().]")


def normalise_phone(raw: str) -> str | None:
    """Return +62... for an Indonesian number written any usual way, or None if it is not one."""
    text = _NON_DIGITS.sub("", raw)
    if text.startswith("+"):
        text = text[1:]
        if not text.startswith("62"):
            return None
    if text.startswith("62"):
        national = text[2:]
    elif text.startswith("0"):
        national = text[1:]
    else:
        national = text
    if not national.isdigit() or national.startswith("0"):
        return None
    # Mobile numbers are 9-12 digits after the 0; landlines (e.g. 0254 Serang) 8-11.
    if not 8 <= len(national) <= 12:
        return None
    return "+62" + national
