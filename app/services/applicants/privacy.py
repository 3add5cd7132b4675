"""Masking of personal data (Law 27/2022) for those not entitled to see it whole."""

from typing import Any


def mask_nik(nik: str | None) -> str | None:
    """3673011705000001 -> 3673**********01: the regency stays, the person does not."""
    if not nik:
        return nik
    return nik[:4] + "*" * (len(nik) - 6) + nik[-2:]


def mask_phone(phone: str | None) -> str | None:
    if not phone:
        return phone
    return phone[:5] + "*" * max(0, len(phone) - 8) + phone[-3:]


def mask_email(email: str | None) -> str | None:
    if not email or "@" not in email:
        return email
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def mask_text(text: str | None) -> str | None:
    """Names and addresses: first letter of each word."""
    if not text:
        return text
    return " ".join(word[:1] + "*" * (len(word) - 1) for word in text.split())


MASKS = {
    "nik": mask_nik,
    # A resident's NPWP is their NIK (PMK 112/PMK.03/2022); the SISKOP2MI reference names
    # the worker in BP2MI's system.
    "npwp": mask_nik,
    "siskop2mi_ref": mask_nik,
    "phone": mask_phone,
    "email": mask_email,
    "full_name": mask_text,
    "address": mask_text,
    "domicile_proof": mask_text,
}
PERSONAL_FIELDS = frozenset(MASKS) | {"birth_date"}


def mask_value(field: str, value: Any) -> Any:
    if value is None:
        return None
    if field == "birth_date":
        return str(value)[:4] + "-**-**"
    mask = MASKS.get(field)
    return mask(str(value)) if mask else value
