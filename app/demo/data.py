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

from app.core.config import get_settings
from app.demo import showcase as demo_showcase
from app.demo.accounts import add_demo_accounts, demo_officer_label
from app.demo.applicants import (
    CORRECTED_BIRTH_DATE_AT,
    correct_birth_date,
    make_applicants,
    make_credentials,
)
from app.demo.placements import add_demo_placements
from app.demo.training import add_demo_training
from app.demo.vacancies import make_vacancies
from app.models import (
    Applicant,
    Mou,
    MouParty,
    MouStageChange,
    Partner,
    ProgrammeTarget,
    Vacancy,
)
from app.models.mou import MouKind, MouStage
from app.models.partner import PartnerKind
from app.models.target import TargetMetric
from app.services import changes as change_log
from app.services.applications.documents.storage import DocumentStore

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


@dataclass(frozen=True)
class MouSpec:
    title: str
    kind: MouKind
    parties: tuple[str, ...]
    # Every stage passed, in order: (stage, effective date, note).
    stages: tuple[tuple[MouStage, date, str], ...]
    countries: tuple[str, ...]
    sectors: tuple[str, ...]
    notes: str
    positions: int | None = None
    trainees: int | None = None
    document: str | None = None


S = MouStage
MOUS: dict[str, MouSpec] = {
    "apjati": MouSpec(
        "Kesepakatan Bersama Pemkot Serang - APJATI tentang penempatan PMI asal Kota Serang",
        MouKind.association,
        ("disnakertrans", "apjati"),
        (
            (S.draft, date(2025, 11, 11), "Draf kesepakatan disiapkan Disnakertrans."),
            (S.negotiating, date(2025, 11, 12), "Rapat Pemkot Serang - APJATI membahas draf."),
            (S.signed, date(2025, 12, 8), "Ditandatangani di ruang rapat Wali Kota Serang."),
            (S.active, date(2025, 12, 8), "Berlaku sejak penandatanganan."),
        ),
        ("JP", "KR"),
        ("caregiving", "agriculture", "manufacturing", "construction", "welding", "electrical"),
        "Penempatan ke berbagai negara, sektor formal saja, bukan asisten rumah tangga "
        "(Wali Kota Budi Rustandi). Mencakup dukungan biaya pelatihan bahasa, perizinan dan "
        "KUR PMI. 1.000 pencaker dilatih sebelum berangkat. Sumber: berita 11 Nov 2025; "
        "Skemarubrik.com, 8 Des 2025.",
        trainees=1000,
        document="Kesepakatan Bersama Pemerintah Kota Serang dan APJATI",
    ),
    "kjs": MouSpec(
        "Kerja sama pelatihan dan penempatan tenaga kerja ke Jepang - LPK Kokusai Jinzai "
        "Support (KJS)",
        MouKind.training_provider,
        ("disnakertrans", "kjs"),
        (
            (S.draft, date(2022, 3, 7), "Tanggal perkiraan (demo)."),
            (S.negotiating, date(2022, 3, 21), "Tanggal perkiraan (demo)."),
            (S.signed, date(2022, 4, 11), "Tanggal perkiraan (demo): kerja sama hampir 4 tahun."),
            (S.active, date(2022, 4, 11), "Tanggal perkiraan (demo)."),
        ),
        ("JP",),
        ("caregiving", "agriculture", "automotive", "aviation_ground_handling"),
        "Kerja sama hampir empat tahun; 40-50 warga Kota Serang telah berangkat ke Jepang. "
        "Syarat: bahasa Jepang minimal level 4 (N4) dan sertifikat Specified Skilled Worker "
        "sesuai bidang. Pelatihan di Tangerang Selatan, direncanakan pindah ke Kota Serang. "
        "Sumber: BantenNews.co.id, 4 Feb 2026.",
    ),
    "korea_counties": MouSpec(
        "Penjajakan MoU penempatan tenaga kerja ke Korea Selatan - Kabupaten Hannam dan "
        "Kabupaten Yongnam",
        MouKind.g2g,
        ("disnakertrans", "hannam", "yongnam", "apjati", "one_asia"),
        (
            (S.draft, date(2025, 12, 10), "Penyusunan draf MoU, difasilitasi APJATI."),
            (S.negotiating, date(2025, 12, 10), "Pertemuan di ruang kerja Wakil Wali Kota."),
        ),
        ("KR",),
        ("welding", "shipbuilding", "electrical"),
        "Lanjutan MoU dengan APJATI. 'Sedikitnya 1000 posisi' adalah pernyataan Presiden "
        "Direktur PT One Asia, Ha Jeong Ho (welder, painting, electricity); penguasaan bahasa "
        "Korea syarat utama. Sumber: serangkota.go.id, 10 Des 2025.",
        positions=1000,
    ),
    "changnyeong": MouSpec(
        "Kota kembar (sister city) Kota Serang - Changnyeong: penempatan tenaga kerja (G2G)",
        MouKind.sister_city,
        ("disnakertrans", "changnyeong"),
        (
            (S.draft, date(2025, 11, 20), "Tanggal perkiraan (demo); laporan tanpa tanggal."),
            (S.negotiating, date(2025, 11, 20), "Penjajakan; kebutuhan disampaikan pihak Korea."),
            (
                S.awaiting_ministry_approval,
                date(2026, 1, 8),
                "Menunggu persetujuan Kemendagri (sekitar dua bulan); tanggal demo.",
            ),
        ),
        ("KR",),
        ("caregiving", "logistics", "cleaning"),
        "Kebutuhan mendesak: asisten perawat, kurir, tenaga kebersihan kantor (office boy). "
        "Target awal 300-500 orang (Wakil Wali Kota Nur Agis Aulia), masih dibahas. Pihak "
        "Korea meminta program berjalan dalam enam bulan. Sumber: LKBN Antara.",
    ),
    "bbpvp": MouSpec(
        "Kerja sama pelatihan hingga penempatan warga Kota Serang - BBPVP Serang",
        MouKind.training_provider,
        ("disnakertrans", "bbpvp"),
        (
            (S.draft, date(2025, 12, 8), "Draf; ditandatangani setelah Kepala BBPVP kembali."),
            (S.negotiating, date(2026, 2, 4), "Menunggu teknis dan kuota program khusus."),
        ),
        ("JP", "KR"),
        (),
        "Program khusus bagi warga Kota Serang: pelatihan sampai penempatan. Menunggu teknis "
        "dan kuota dari BBPVP; pembahasan rekrutmen pertengahan Februari 2026. Sumber: "
        "Skemarubrik.com, 8 Des 2025; BantenNews.co.id, 4 Feb 2026.",
    ),
}

# (metric, country, number, stretch, note)
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

    The placements' document files go to `store` (the configured DOCUMENTS_DIR by default);
    their dates are counted from `today`."""
    if has_data(session):
        return DemoSummary(skipped=True)
    partners = _partners(session)
    mous, changes = _mous(session, partners)
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
        store or DocumentStore(get_settings().documents_dir),
        today or date.today(),
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


def _mous(session: Session, partners: dict[str, Partner]) -> tuple[dict[str, Mou], int]:
    mous: dict[str, Mou] = {}
    changes = 0
    for key, spec in MOUS.items():
        signed = next((on for stage, on, _ in spec.stages if stage == S.signed), None)
        documents: list[dict[str, object]] = []
        if spec.document and signed:
            documents.append({"title": spec.document, "dated": signed.isoformat()})
        mou = Mou(
            title=spec.title,
            kind=spec.kind,
            stage=spec.stages[-1][0],
            signed_on=signed,
            effective_from=signed,
            countries=list(spec.countries),
            sectors=list(spec.sectors),
            committed_positions=spec.positions,
            committed_trainees=spec.trainees,
            documents=documents,
            notes=spec.notes,
            # Through the API: version 1 on creation, one more for each stage change.
            version=len(spec.stages),
        )
        session.add(mou)
        session.flush()
        mou_id = mou.id or 0
        for party in sorted(partners[p].id or 0 for p in spec.parties):
            session.add(MouParty(mou_id=mou_id, partner_id=party))
        previous: MouStage | None = None
        for stage, on, note in spec.stages:
            session.add(
                MouStageChange(
                    mou_id=mou_id, from_stage=previous, to_stage=stage, effective_on=on, note=note
                )
            )
            previous = stage
            changes += 1
        mous[key] = mou
    return mous, changes


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
