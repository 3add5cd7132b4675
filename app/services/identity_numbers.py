"""NIK (Nomor Induk Kependudukan) and Indonesian phone numbers.

A NIK is 16 digits: province (2), regency (2), district (2), birth date DDMMYY with 40
added to the day for women, and a 4-digit serial.
"""

import re
from dataclasses import dataclass
from datetime import date

from app.errors import FieldError
from app.i18n import Message, define
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
            "Digits 7-12 of the NIK are not a valid birth date.",
            "Digit ke-7 sampai ke-12 NIK bukan tanggal lahir yang valid.",
        ),
        "nik_birth_date_mismatch": Message(
            "NIK does not match birth date",
            "NIK tidak sesuai tanggal lahir",
            "The NIK encodes the birth date {encoded}, not {given}.",
            "NIK memuat tanggal lahir {encoded}, bukan {given}.",
        ),
        "nik_sex_mismatch": Message(
            "NIK does not match sex",
            "NIK tidak sesuai jenis kelamin",
            "The NIK encodes sex {encoded} (women have 40 added to the day), not {given}.",
            "NIK memuat jenis kelamin {encoded} (tanggal perempuan ditambah 40), bukan {given}.",
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


@dataclass(frozen=True)
class NikParts:
    province: str
    regency: str  # 4 digits: province + regency
    district: str  # 6 digits
    day: int
    month: int
    year_2: int
    sex: Sex
    serial: str

    @property
    def in_kota_serang(self) -> bool:
        return self.regency == REGENCY_CODE


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
    raw_day, month, year_2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = Sex.female if raw_day > 40 else Sex.male
    day = raw_day - 40 if raw_day > 40 else raw_day
    if not (1 <= day <= 31 and 1 <= month <= 12):
        errors.append(FieldError(field, "nik_birth_date_invalid"))
    if nik[12:] == "0000":
        errors.append(FieldError(field, "nik_serial_invalid"))
    if errors:
        return None, errors
    return NikParts(province, regency, district, day, month, year_2, sex, nik[12:]), []


def check_nik_matches(
    parts: NikParts, birth_date: date, sex: Sex, field: str = "nik"
) -> list[FieldError]:
    errors: list[FieldError] = []
    encoded = (parts.day, parts.month, parts.year_2)
    given = (birth_date.day, birth_date.month, birth_date.year % 100)
    if encoded != given:
        errors.append(
            FieldError(
                field,
                "nik_birth_date_mismatch",
                {
                    "encoded": f"{parts.day:02d}-{parts.month:02d}-..{parts.year_2:02d}",
                    "given": birth_date.isoformat(),
                },
            )
        )
    if parts.sex != sex:
        errors.append(
            FieldError(field, "nik_sex_mismatch", {"encoded": parts.sex.value, "given": sex.value})
        )
    return errors


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
