"""The documents a person needs before departure, as data with the source of each.

Like the eligibility rules (`app.services.matching.rules`), an item may be limited to some
destination countries or schemes. None is limited today: Law 18/2017 art. 13 asks the same
documents of every placement, and no source at hand sets a different list for Japan, Korea or
a scheme. A country's extra paper (e.g. a certificate of eligibility) is a row here, with its
source, once it is confirmed. The facts come from public sources; verify before relying.
"""

from dataclasses import dataclass

from app.models.document import DocumentKind
from app.reference import Scheme

LAW_18_2017 = "UU No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia"
K = DocumentKind


@dataclass(frozen=True)
class ChecklistItem:
    kind: DocumentKind
    label_en: str
    label_id: str
    source: str
    # The document carries a validity date that the officer must record before verifying.
    expiry_required: bool = False
    countries: frozenset[str] | None = None  # None: every destination
    schemes: frozenset[Scheme] | None = None  # None: every scheme

    def applies(self, country: str, scheme: str) -> bool:
        return (self.countries is None or country in self.countries) and (
            self.schemes is None or scheme in self.schemes
        )


CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        K.ktp,
        "Identity card (KTP-el)",
        "Kartu Tanda Penduduk elektronik (KTP-el)",
        f"{LAW_18_2017}, art. 5: identity of the worker; registration practice of Disnakertrans",
    ),
    ChecklistItem(
        K.family_card,
        "Family card (Kartu Keluarga)",
        "Kartu Keluarga",
        "Registration practice of Disnakertrans (identity and family of the worker)",
    ),
    ChecklistItem(
        K.marital_status_letter,
        "Marital-status letter (with a copy of the marriage book if married)",
        "Surat keterangan status perkawinan (melampirkan fotokopi buku nikah bagi yang menikah)",
        f"{LAW_18_2017}, art. 13(a)",
    ),
    ChecklistItem(
        K.family_permission,
        "Permission of spouse, parent or guardian, acknowledged by the village head or lurah",
        "Surat keterangan izin suami/istri, orang tua, atau wali yang diketahui kepala desa "
        "atau lurah",
        f"{LAW_18_2017}, art. 13(b)",
    ),
    ChecklistItem(
        K.competency_certificate,
        "Work competency certificate",
        "Sertifikat kompetensi kerja",
        f"{LAW_18_2017}, art. 13(c)",
    ),
    ChecklistItem(
        K.health_certificate,
        "Health certificate from medical and psychological examination",
        "Surat keterangan sehat berdasarkan hasil pemeriksaan kesehatan dan psikologi",
        f"{LAW_18_2017}, art. 13(d)",
        expiry_required=True,
    ),
    ChecklistItem(
        K.passport,
        "Passport issued by the local immigration office",
        "Paspor yang diterbitkan oleh kantor imigrasi setempat",
        f"{LAW_18_2017}, art. 13(e)",
        expiry_required=True,
    ),
    ChecklistItem(
        K.work_visa,
        "Work visa",
        "Visa kerja",
        f"{LAW_18_2017}, art. 13(f)",
        expiry_required=True,
    ),
    ChecklistItem(
        K.placement_agreement,
        "Placement agreement (Perjanjian Penempatan PMI)",
        "Perjanjian Penempatan Pekerja Migran Indonesia",
        f"{LAW_18_2017}, art. 13(g)",
    ),
    ChecklistItem(
        K.employment_contract,
        "Employment contract (Perjanjian Kerja)",
        "Perjanjian Kerja",
        f"{LAW_18_2017}, art. 13(h) and art. 14-15",
    ),
    ChecklistItem(
        K.bpjs_ketenagakerjaan,
        "BPJS Ketenagakerjaan membership",
        "Kepesertaan BPJS Ketenagakerjaan",
        f"{LAW_18_2017}, art. 5(d): enrolled in social security",
    ),
    ChecklistItem(
        K.orientation_certificate,
        "Pre-departure orientation (OPP) certificate",
        "Sertifikat Orientasi Pra Pemberangkatan (OPP)",
        "BP2MI placement procedure: pre-departure orientation before departure (verify the "
        "current regulation)",
    ),
)


def checklist_for(country: str, scheme: str) -> tuple[ChecklistItem, ...]:
    """The items a placement to this country under this scheme needs, in checklist order."""
    return tuple(item for item in CHECKLIST if item.applies(country, scheme))


def item_for(country: str, scheme: str, kind: DocumentKind) -> ChecklistItem | None:
    return next((i for i in checklist_for(country, scheme) if i.kind == kind), None)
