"""The demo MoUs, as reported: the APJATI agreement, the training providers', the Korean
local governments' talks and the sister city, each with the stages it has passed."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app.models import Mou, MouParty, MouStageChange, Partner
from app.models.mou import MouKind, MouStage


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


def add_mous(session: Session, partners: dict[str, Partner]) -> tuple[dict[str, Mou], int]:
    """The MoUs with their parties and every stage passed; and how many stage changes."""
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
