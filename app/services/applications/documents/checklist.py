"""The documents a person needs before departure, as data with the source of each.

Like the eligibility rules (`app.services.matching.rules`), an item may be limited to some
destination countries or schemes, and to the worker's sex. No item is limited by destination
today: Law 18/2017 art. 13 asks the same documents of every placement, and the health rules of
Perpres 64/2011 bind every worker placed abroad. A country's extra paper (e.g. a certificate of
eligibility) is a row here, with its source, once it is confirmed. The facts come from public
sources (checked 2026-12-05); verify before relying.

Departure is judged on the contract start (`contract_starts_on`, the only departure date the
programme records) and never before today: an item with `counts_for` counts only when it was
issued no longer than that before departure (the state `issued_too_early` otherwise).
"""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from app.models.document import DocumentKind
from app.reference import Scheme, Sex

CHECKED = "checked 2026-12-05"
LAW_18_2017 = "UU No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia"
PERPRES_64_2011 = (
    "Perpres No. 64 Tahun 2011 tentang Pemeriksaan Kesehatan dan Psikologi Calon Tenaga Kerja "
    "Indonesia"
)
PERMENKES_29_2013 = (
    "Permenkes No. 29 Tahun 2013 tentang Penyelenggaraan Pelayanan Pemeriksaan Kesehatan Calon "
    "Tenaga Kerja Indonesia"
)
PERPOL_6_2023 = "Peraturan Kepolisian No. 6 Tahun 2023 tentang Penerbitan SKCK"
PERBAN_BP2MI_2_2020 = "Peraturan BP2MI No. 2 Tahun 2020 tentang Biaya Penempatan PMI"
K = DocumentKind


@dataclass(frozen=True)
class Period:
    """How long after its issue date a document counts for departure."""

    months: int = 0
    days: int = 0

    def last_day(self, issued_on: date) -> date:
        """The last departure day the document counts for: issued 31 Jan, 3 months: 30 Apr
        (a month without the day ends at its last day)."""
        month_index = issued_on.month - 1 + self.months
        year, month = issued_on.year + month_index // 12, month_index % 12 + 1
        day = min(issued_on.day, calendar.monthrange(year, month)[1])
        return date(year, month, day) + timedelta(days=self.days)

    def no_longer_counts_from(self, issued_on: date) -> date:
        return self.last_day(issued_on) + timedelta(days=1)


# Each number once. Perpres 64/2011 art. 14(5): the health certificate is valid 3 months from
# its issue. Art. 14(6)-(7): it is void if a laboratory test finds the worker pregnant, and that
# test is done "paling lambat 7 (tujuh) hari sebelum keberangkatan"; read here, as the
# programme applies it, as a test at most 7 days old at departure (to be confirmed: the words
# can also be read as "no later than 7 days before"). Perpol 6/2023 art. 17(1): an SKCK is
# valid 6 months from its issue.
HEALTH_CERTIFICATE_COUNTS_FOR = Period(months=3)
PREGNANCY_TEST_COUNTS_FOR = Period(days=7)
POLICE_CERTIFICATE_COUNTS_FOR = Period(months=6)


@dataclass(frozen=True)
class ChecklistItem:
    kind: DocumentKind
    label_en: str
    label_id: str
    source: str
    # The document carries a validity date that the officer must record before verifying.
    expiry_required: bool = False
    # It counts only if issued at most this long before departure (the issue date is then
    # required before verifying).
    counts_for: Period | None = None
    countries: frozenset[str] | None = None  # None: every destination
    schemes: frozenset[Scheme] | None = None  # None: every scheme
    sex: Sex | None = None  # None: everyone

    def applies(self, country: str, scheme: str, sex: str) -> bool:
        return (
            (self.countries is None or country in self.countries)
            and (self.schemes is None or scheme in self.schemes)
            and (self.sex is None or sex == self.sex)
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
        f"{LAW_18_2017}, art. 13(d); {PERPRES_64_2011}, art. 14(5): valid 3 months from its "
        f"issue, so issued at most 3 months before departure ({CHECKED})",
        expiry_required=True,
        counts_for=HEALTH_CERTIFICATE_COUNTS_FOR,
    ),
    ChecklistItem(
        K.pregnancy_test,
        "Pregnancy test (laboratory), at most 7 days before departure",
        "Hasil tes kehamilan (laboratorium), paling lama 7 hari sebelum keberangkatan",
        f"{PERPRES_64_2011}, art. 14(6)-(7): the health certificate is void if a laboratory "
        "test finds the worker pregnant; the test within 7 days before departure (the reading "
        f"of 'paling lambat 7 hari sebelum keberangkatan' is to be confirmed); "
        f"{PERMENKES_29_2013} ({CHECKED}). Women only; every destination",
        counts_for=PREGNANCY_TEST_COUNTS_FOR,
        sex=Sex.female,
    ),
    ChecklistItem(
        K.police_certificate,
        "Police certificate (SKCK, Surat Keterangan Catatan Kepolisian)",
        "Surat Keterangan Catatan Kepolisian (SKCK)",
        f"{PERBAN_BP2MI_2_2020}, art. 3(1)(b): the SKCK among the worker's own costs of "
        "placement (that it is a required document is practice; the article lists costs, to be "
        f"confirmed); {PERPOL_6_2023}, art. 17(1): valid 6 months from its issue ({CHECKED})",
        expiry_required=True,
        counts_for=POLICE_CERTIFICATE_COUNTS_FOR,
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


def checklist_for(country: str, scheme: str, sex: str) -> tuple[ChecklistItem, ...]:
    """The items a placement of a person of this sex, to this country under this scheme,
    needs, in checklist order."""
    return tuple(item for item in CHECKLIST if item.applies(country, scheme, sex))
