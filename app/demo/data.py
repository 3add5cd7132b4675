"""Demo data for an empty database, true to Kota Serang's programme as reported (Nov 2025 -
Feb 2026, see the news reports the design cites).

Real, as reported: the partners (APJATI, LPK KJS, BBPVP Serang, PT One Asia, the Korean
local governments, Bank BJB, Baznas, Disnakertrans), the MoUs and their stages, the 2026
targets. Synthetic and marked "demo": licence numbers, the extra agencies, exact dates the
reports do not give, every job order (app.demo.vacancies) and every applicant with their
credentials (app.demo.applicants). Deterministic: the same rows on every run.
"""

import random
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.core import clock
from app.core.config import get_settings
from app.demo import showcase as demo_showcase
from app.demo.accounts import add_demo_accounts, demo_officer_label
from app.demo.applicants import CORRECTED_BIRTH_DATE_AT, correct_birth_date, make_applicants
from app.demo.credentials import make_credentials
from app.demo.mous import add_mous
from app.demo.placements import add_demo_placements
from app.demo.training import add_demo_training
from app.demo.vacancies import make_vacancies
from app.models import (
    Applicant,
    Mou,
    Partner,
    ProgrammeTarget,
    Vacancy,
)
from app.models.partner import PartnerKind
from app.models.target import TargetMetric
from app.services import changes as change_log
from app.services.applications.documents.storage import DocumentStore, store_for

SEED = 2026
APPLICANTS = 300

K = PartnerKind
# key -> (name, kind, licence number, country, city)
PARTNERS: dict[str, tuple[str, PartnerKind, str | None, str, str | None]] = {
    "disnakertrans": ("Disnakertrans Kota Serang", K.government_body, None, "ID", "Serang"),
    "apjati": (
        "APJATI (Asosiasi Perusahaan Jasa Tenaga Kerja Indonesia)",
        K.association,
        None,
        "ID",
        "Jakarta",
    ),
    "kjs": (
        "LPK Kokusai Jinzai Support (KJS)",
        K.training_provider,
        None,
        "ID",
        "Tangerang Selatan",
    ),
    "bbpvp": (
        "BBPVP Serang (Balai Besar Pelatihan Vokasi dan Produktivitas)",
        K.training_provider,
        None,
        "ID",
        "Serang",
    ),
    # PT One Asia is real (its president director attended on 10 Dec 2025); its licence
    # number here is not: it is marked as demo.
    "one_asia": ("PT One Asia", K.placement_agency, "SIP3MI 217/2023 (demo)", "ID", None),
    "banten_karya": (
        "PT Banten Karya Mandiri (demo, anggota APJATI)",
        K.placement_agency,
        "SIP3MI 231/2023 (demo)",
        "ID",
        "Serang",
    ),
    "sinar_global": (
        "PT Sinar Global Penempatan (demo, anggota APJATI)",
        K.placement_agency,
        "SIP3MI 245/2024 (demo)",
        "ID",
        "Jakarta",
    ),
    "hannam": ("Pemerintah Kabupaten Hannam", K.foreign_government, None, "KR", "Hannam"),
    "yongnam": ("Pemerintah Kabupaten Yongnam", K.foreign_government, None, "KR", "Yongnam"),
    # Reported as "Kota Changyeong": Changnyeong County, South Gyeongsang.
    "changnyeong": (
        "Changnyeong County (Changnyeong-gun)",
        K.foreign_government,
        None,
        "KR",
        "Changnyeong",
    ),
    # The government's placement bodies: E-9 to Korea is government to government (BP2MI,
    # now KP2MI); technical interns to Japan through IM Japan are Kemnaker's programme.
    "bp2mi": (
        "BP2MI / KP2MI (Kementerian Pelindungan Pekerja Migran Indonesia)",
        K.government_body,
        None,
        "ID",
        "Jakarta",
    ),
    "kemnaker": (
        "Kemnaker, Direktorat Bina Penempatan Tenaga Kerja (program magang IM Japan)",
        K.government_body,
        None,
        "ID",
        "Jakarta",
    ),
    "bjb": ("Bank BJB (penyalur KUR PMI)", K.financier, None, "ID", "Bandung"),
    "baznas": ("Baznas Kota Serang", K.financier, None, "ID", "Serang"),
}


TARGETS: tuple[tuple[TargetMetric, str | None, int, int | None, str], ...] = (
    (
        TargetMetric.departures,
        "JP",
        100,
        None,
        "Minimal 100 warga ke Jepang pada 2026 (Wakil Wali Kota Nur Agis Aulia; "
        "BantenNews.co.id, 4 Feb 2026).",
    ),
    (
        TargetMetric.departures,
        "KR",
        300,
        500,
        "'Minimal, kita coba 300-500 orang' ke Korea Selatan (Nur Agis Aulia; LKBN Antara).",
    ),
    (
        TargetMetric.trained,
        None,
        1000,
        None,
        "1.000 pencaker dilatih sebelum diberangkatkan (Sekretaris Disnakertrans Agus "
        "Hendrawan, 11 Nov 2025).",
    ),
)


@dataclass(frozen=True)
class DemoSummary:
    skipped: bool
    partners: int = 0
    mous: int = 0
    mou_stage_changes: int = 0
    targets: int = 0
    vacancies: int = 0
    applicants: int = 0
    credentials: int = 0
    applications: int = 0
    accounts: int = 0
    programmes: int = 0
    placements: int = 0
    documents: int = 0
    financing_requests: int = 0

    def describe(self) -> str:
        if self.skipped:
            return "demo data: the database already has data, skipped"
        return (
            f"demo data: inserted {self.partners} partners, {self.mous} MoUs "
            f"({self.mou_stage_changes} stage changes), {self.targets} targets, "
            f"{self.vacancies} vacancies, {self.applicants} applicants, "
            f"{self.credentials} credentials, {self.applications} applications, "
            f"{self.programmes} training programmes, "
            f"{self.placements} placements at the documents stage ({self.documents} documents, "
            f"{self.financing_requests} KUR PMI loan), {self.accounts} demo logins (see README.md)"
        )


def has_data(session: Session) -> bool:
    """Whether any programme record exists; demo data goes only into an empty database."""
    queries = (
        select(Partner.id),
        select(Mou.id),
        select(ProgrammeTarget.id),
        select(Vacancy.id),
        select(Applicant.id),
    )
    return any(session.exec(query.limit(1)).first() is not None for query in queries)


def load_demo_data(
    session: Session,
    applicants: int = APPLICANTS,
    store: DocumentStore | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Insert the demo records in one transaction, or nothing if the database has data.

    The placements' document files go to `store` (the configured store by default);
    their dates are counted from `today`."""
    if has_data(session):
        return DemoSummary(skipped=True)
    partners = _partners(session)
    mous, changes = add_mous(session, partners)
    targets = _targets(session)
    vacancies = make_vacancies(
        {key: p.id or 0 for key, p in partners.items()},
        {key: m.id or 0 for key, m in mous.items()},
    )
    session.add_all(vacancies)
    rng = random.Random(SEED)
    showcase = demo_showcase.make_people()
    drawn = make_applicants(rng, applicants)
    if applicants > CORRECTED_BIRTH_DATE_AT:
        correct_birth_date(drawn[CORRECTED_BIRTH_DATE_AT])
    people = showcase + drawn
    session.add_all(people)
    session.flush()
    credentials = demo_showcase.make_credentials(showcase)
    credentials += [c for person in people[len(showcase) :] for c in make_credentials(rng, person)]
    session.add_all(credentials)
    applications = demo_showcase.add_applications(session, showcase[0], vacancies)
    demo_showcase.add_suspended_e8(session)
    accounts = add_demo_accounts(session, showcase[0], partners["one_asia"], partners["bbpvp"])
    programmes = add_demo_training(session, partners["bbpvp"])
    session.flush()
    # The placements are people drawn at random (the showcase and the demo login keep their
    # own story); their loan was filed by an officer on the worker's behalf.
    officer = demo_officer_label(session)
    placements, documents, loans = add_demo_placements(
        session,
        people[len(showcase) :],
        vacancies,
        partners["bjb"],
        (officer, officer),
        store or store_for(get_settings()),
        today or clock.today(),
    )
    # In the change log like any other job order (after the placements used their openings),
    # so that an agency's system following the delta feed from nothing ends with them too.
    change_log.log(session, [change_log.vacancy_row(v) for v in vacancies])
    session.commit()
    return DemoSummary(
        skipped=False,
        partners=len(partners),
        mous=len(mous),
        mou_stage_changes=changes,
        targets=len(targets),
        vacancies=len(vacancies),
        applicants=len(people),
        credentials=len(credentials),
        applications=applications,
        accounts=accounts,
        programmes=programmes,
        placements=placements,
        documents=documents,
        financing_requests=loans,
    )


def _partners(session: Session) -> dict[str, Partner]:
    partners = {
        key: Partner(name=name, kind=kind, licence_number=licence, country=country, city=city)
        for key, (name, kind, licence, country, city) in PARTNERS.items()
    }
    session.add_all(partners.values())
    session.flush()
    return partners


def _targets(session: Session) -> list[ProgrammeTarget]:
    targets = [
        ProgrammeTarget(
            year=2026,
            metric=metric,
            country=country,
            number=number,
            stretch_number=stretch,
            note=note,
        )
        for metric, country, number, stretch, note in TARGETS
    ]
    session.add_all(targets)
    return targets
