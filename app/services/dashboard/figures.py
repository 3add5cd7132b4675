"""The dashboard's panels: per panel, rows of numbers in named series, drawn as bars (server-
side SVG in the template) and printed as a table beside the chart.

Targets, the funnel and supply against demand come from `stats.progress.targets_progress`,
`stats.funnel.pipeline` and `matching.supply.supply_and_demand`, the functions behind
GET /stats/targets, /stats/pipeline and /stats/supply-demand, called without filters.
"""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.core.i18n import Language
from app.models.document import ApplicationDocument, DocumentVerification
from app.models.mou import Mou, MouStage
from app.models.support import SupportCase, SupportStatus
from app.models.target import TargetMetric
from app.models.training import Cohort, CohortStatus, TrainingProgramme
from app.reference import AREAS
from app.services.applications.documents.checklist import CHECKLIST
from app.services.board.words import SECTORS, country_name, word
from app.services.matching import supply
from app.services.stats import funnel, progress

Pair = tuple[str, str]  # (English, Indonesian)

TITLES: dict[str, Pair] = {
    "targets": ("Targets {year}: progress per country", "Target {year}: capaian per negara"),
    "funnel": ("Pipeline by stage", "Tahapan penempatan"),
    "supply": ("Supply by kecamatan", "Pasokan tenaga kerja per kecamatan"),
    "demand": ("Open positions by country and sector", "Lowongan terbuka per negara dan sektor"),
    "mous": ("MoU stages", "Tahap MoU"),
    "training": ("Training seats in open cohorts", "Kursi pelatihan di angkatan terbuka"),
    "documents": ("Documents waiting for verification", "Dokumen menunggu verifikasi"),
    "support": ("Open support cases", "Kasus pendampingan terbuka"),
}
SERIES: dict[str, Pair] = {
    "number": ("Target", "Target"),
    "achieved": ("Achieved", "Tercapai"),
    "in_pipeline": ("In the pipeline", "Dalam proses"),
    "reached": ("Reached", "Pernah mencapai"),
    "current": ("Now", "Saat ini"),
    "eligible": ("Eligible", "Memenuhi syarat"),
    "near_eligible": ("One rule short", "Kurang satu syarat"),
    "open_positions": ("Open positions", "Posisi terbuka"),
    "eligible_people": ("Eligible people", "Orang memenuhi syarat"),
    "mous": ("MoUs", "MoU"),
    "taken": ("Taken", "Terisi"),
    "free": ("Free", "Kosong"),
    "documents": ("Documents", "Dokumen"),
    "cases": ("Cases", "Kasus"),
}
METRICS: dict[str, Pair] = {
    TargetMetric.departures: ("departures", "keberangkatan"),
    TargetMetric.trained: ("trained", "terlatih"),
}
STAGES: dict[str, Pair] = {
    "matched": ("Matched", "Dicocokkan"),
    "shortlisted": ("Shortlisted", "Masuk daftar pendek"),
    "interviewed": ("Interviewed", "Wawancara"),
    "selected": ("Selected", "Terpilih"),
    "documents": ("Documents", "Dokumen"),
    "departed": ("Departed", "Berangkat"),
    "working": ("Working", "Bekerja"),
    "returned": ("Returned", "Kembali"),
    MouStage.draft: ("Draft", "Draf"),
    MouStage.negotiating: ("Negotiating", "Negosiasi"),
    MouStage.awaiting_ministry_approval: ("Awaiting ministry approval", "Menunggu persetujuan"),
    MouStage.signed: ("Signed", "Ditandatangani"),
    MouStage.active: ("Active", "Aktif"),
    MouStage.expired: ("Expired", "Berakhir"),
    MouStage.terminated: ("Terminated", "Diakhiri"),
}
KECAMATAN_NAMES = {k.code: k.name for k in AREAS.kecamatan}
OPEN_CASES = (SupportStatus.open, SupportStatus.in_progress)
DOCUMENT_LABELS: dict[str, Pair] = {i.kind.value: (i.label_en, i.label_id) for i in CHECKLIST}


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[int, ...]


@dataclass
class Panel:
    key: str
    title: str
    series: tuple[str, ...]  # the series' names, in the language of the page
    rows: list[Row] = field(default_factory=list)

    @property
    def scale(self) -> int:
        """The largest number of the panel (at least 1): the full width of a bar."""
        return max([1, *(v for row in self.rows for v in row.values)])


def _pick(pair: Pair, lang: Language) -> str:
    return pair[1] if lang == "id" else pair[0]


def _panel(key: str, lang: Language, series: tuple[str, ...], **params: object) -> Panel:
    title = _pick(TITLES[key], lang).format(**params)
    return Panel(key, title, tuple(_pick(SERIES[s], lang) for s in series))


def targets(session: Session, year: int, lang: Language) -> Panel:
    panel = _panel("targets", lang, ("number", "achieved", "in_pipeline"), year=year)
    for t in progress.targets_progress(session, year, progress.Filters()).targets:
        where = country_name(t.country, lang) if t.country else _pick(("all", "semua"), lang)
        label = f"{where}: {_pick(METRICS[t.metric], lang)}"
        if t.sector:
            label += f" ({word(SECTORS, t.sector, lang)})"
        panel.rows.append(Row(label, (t.number, t.achieved, t.in_pipeline)))
    return panel


def pipeline(session: Session, lang: Language) -> Panel:
    panel = _panel("funnel", lang, ("reached", "current"))
    for stage in funnel.pipeline(session, progress.Filters(), None).funnel:
        panel.rows.append(Row(_pick(STAGES[stage.stage], lang), (stage.reached, stage.current)))
    return panel


def supply_demand(session: Session, lang: Language, today: date) -> tuple[Panel, Panel]:
    figures = supply.supply_and_demand(session, today=today)
    people = _panel("supply", lang, ("eligible", "near_eligible"))
    counted = {c.key: c for c in figures.supply.by_kecamatan}
    for code, name in KECAMATAN_NAMES.items():
        count = counted.get(code)
        values = (count.eligible, count.near_eligible) if count else (0, 0)
        people.rows.append(Row(name, values))
    jobs = _panel("demand", lang, ("open_positions", "eligible_people"))
    for d in figures.demand:
        label = f"{country_name(d.country, lang)}, {word(SECTORS, d.sector, lang)} ({d.scheme})"
        jobs.rows.append(Row(label, (d.open_positions, d.eligible_people)))
    return people, jobs


def mou_stages(session: Session, lang: Language) -> Panel:
    counts = dict(session.exec(select(Mou.stage, func.count()).group_by(col(Mou.stage))).all())
    panel = _panel("mous", lang, ("mous",))
    for stage in MouStage:
        panel.rows.append(Row(_pick(STAGES[stage], lang), (int(counts.get(stage, 0)),)))
    return panel


def training_seats(session: Session, lang: Language) -> Panel:
    rows = session.exec(
        select(TrainingProgramme.subject, func.sum(Cohort.seats), func.sum(Cohort.enrolled))
        .join(Cohort, col(Cohort.programme_id) == col(TrainingProgramme.id))
        .where(col(Cohort.status) == CohortStatus.open)
        .group_by(col(TrainingProgramme.subject))
        .order_by(col(TrainingProgramme.subject))
    ).all()
    panel = _panel("training", lang, ("taken", "free"))
    for subject, seats, taken in rows:
        panel.rows.append(Row(subject, (int(taken), max(0, int(seats) - int(taken)))))
    return panel


def documents_waiting(session: Session, lang: Language) -> Panel:
    """Uploaded documents no officer has verified or rejected yet, by kind."""
    rows = session.exec(
        select(ApplicationDocument.kind, func.count())
        .where(
            col(ApplicationDocument.verification) == DocumentVerification.unverified,
            col(ApplicationDocument.storage_key).is_not(None),
        )
        .group_by(col(ApplicationDocument.kind))
        .order_by(col(ApplicationDocument.kind))
    ).all()
    panel = _panel("documents", lang, ("documents",))
    for kind, n in rows:
        label = _pick(DOCUMENT_LABELS[kind], lang) if kind in DOCUMENT_LABELS else kind
        panel.rows.append(Row(label, (int(n),)))
    return panel


def open_cases(session: Session, lang: Language) -> Panel:
    rows = session.exec(
        select(SupportCase.category, func.count())
        .where(col(SupportCase.status).in_(OPEN_CASES))
        .group_by(col(SupportCase.category))
        .order_by(col(SupportCase.category))
    ).all()
    panel = _panel("support", lang, ("cases",))
    panel.rows.extend(Row(category, (int(n),)) for category, n in rows)
    return panel


def dashboard(session: Session, year: int, lang: Language, today: date) -> list[Panel]:
    people, jobs = supply_demand(session, lang, today)
    return [
        targets(session, year, lang),
        pipeline(session, lang),
        people,
        jobs,
        mou_stages(session, lang),
        training_seats(session, lang),
        documents_waiting(session, lang),
        open_cases(session, lang),
    ]
