"""Which route a job order comes through: its scheme's channel, its SSW field, its owner.

Rules every create and update of a job order meets (single writes and the batch sync),
each with its source: an E-9 order comes from the government, not a private agency; a
channel belongs to one scheme; a Japan SSW order has a field its skill tests are judged by.
"""

from typing import Protocol

from app.core.errors import FieldError
from app.core.i18n import Message, define
from app.models.partner import PartnerKind
from app.reference import Channel, Scheme, SswField
from app.services.matching.channels import CHANNELS, EPS_G2G_SOURCE
from app.services.matching.ssw_fields import field_named, field_of_order

# Partners that may own job orders: licensed private agencies (P3MI), and the government's
# placement body (BP2MI/KP2MI) for government-to-government schemes.
ORDER_OWNERS = frozenset({PartnerKind.placement_agency, PartnerKind.government_body})
# Schemes placed government to government only, with the source that says so.
GOVERNMENT_ONLY: dict[Scheme, str] = {Scheme.kr_eps_e9: EPS_G2G_SOURCE}

define(
    {
        "scheme_government_only": Message(
            "Government-to-government scheme",
            "Skema antarpemerintah (G to G)",
            "{scheme} placements are government to government only (BP2MI with the partner "
            "government): a private placement agency cannot own such a job order.",
            "Penempatan {scheme} hanya antarpemerintah (BP2MI dengan pemerintah mitra): "
            "perusahaan penempatan swasta tidak dapat memiliki lowongan ini.",
        ),
        "channel_scheme_mismatch": Message(
            "Channel of another scheme",
            "Jalur skema lain",
            "Channel {channel} belongs to scheme {expected}, not {scheme}.",
            "Jalur {channel} milik skema {expected}, bukan {scheme}.",
        ),
        "ssw_field_required": Message(
            "SSW field required",
            "Bidang SSW wajib",
            "A Japan SSW job order needs its SSW field: its occupation and sector do not "
            "determine it. Fields: {allowed}.",
            "Lowongan SSW Jepang memerlukan bidang SSW: jabatan dan sektornya tidak "
            "menentukannya. Bidang: {allowed}.",
        ),
        "ssw_field_not_applicable": Message(
            "SSW field not used",
            "Bidang SSW tidak dipakai",
            "Only Japan SSW job orders have an SSW field; this one is {scheme}.",
            "Hanya lowongan SSW Jepang yang memiliki bidang SSW; lowongan ini {scheme}.",
        ),
    }
)


class RoutedOrder(Protocol):
    scheme: str
    sector: str
    isco_code: str | None
    ssw_field: str | None
    channel: str | None
    required_certificates: list[dict[str, object]]


def owner_errors(scheme: str, owner_kind: str) -> list[FieldError]:
    """A government-only scheme's order must be owned by the government's placement body."""
    source = GOVERNMENT_ONLY.get(Scheme(scheme))
    if source is not None and owner_kind != PartnerKind.government_body:
        return [
            FieldError("scheme", "scheme_government_only", {"scheme": scheme, "source": source})
        ]
    return []


def route_errors(v: RoutedOrder) -> list[FieldError]:
    errors: list[FieldError] = []
    if v.channel is not None:
        expected = CHANNELS[Channel(v.channel)].scheme
        if v.scheme != expected:
            params = {"channel": v.channel, "expected": expected.value, "scheme": v.scheme}
            errors.append(FieldError("channel", "channel_scheme_mismatch", params))
    allowed = ", ".join(f.value for f in SswField)
    if v.scheme == Scheme.jp_ssw:
        if field_of_order(v.ssw_field, v.sector, v.isco_code) is None:
            errors.append(FieldError("ssw_field", "ssw_field_required", {"allowed": allowed}))
    elif v.ssw_field is not None:
        errors.append(FieldError("ssw_field", "ssw_field_not_applicable", {"scheme": v.scheme}))
    for index, item in enumerate(v.required_certificates):
        if item.get("type") == "ssw_skill_test" and field_named(_text(item.get("field"))) is None:
            params = {"type": "ssw_skill_test", "allowed": allowed}
            errors.append(
                FieldError(f"required_certificates.{index}.field", "ssw_field_unknown", params)
            )
    return errors


def _text(value: object) -> str | None:
    return str(value) if value is not None else None
