"""Demo job orders: synthetic, in the sectors the reports name (Japan SSW: caregiving,
agriculture, automotive, airport ground handling, hotel accommodation; Korea: EPS E-9
manufacturing and construction, E-7 shipyard welders, painters and electricians) and a
technical intern intake through IM Japan. E-9 orders come from the government (BP2MI), as
the scheme is government to government.

Formal sector only (no domestic work, by sector and ISCO-08 code). Caregiving, agriculture
and hotel cleaning are free of placement cost to the worker (BP2MI reg. 9/2020): the employer
or the government pays every item. Amounts are whole units of their currency (app.models.money):
cost items in rupiah, salaries in the destination's currency (whole yen, whole won).
"""

from dataclasses import dataclass
from datetime import date

from app.models.credential import CredentialType
from app.models.vacancy import CostItemKind, Payer, Vacancy, VacancyStatus
from app.reference import Channel, EducationLevel, Scheme, Sector, SswField

BPJS_NOTE = "BPJS Ketenagakerjaan PMI: Rp370.000 untuk kontrak 24 bulan."
C = CostItemKind
G, E, W = Payer.government, Payer.employer, Payer.worker


def _cost(
    item: CostItemKind, amount: int, payer: Payer, note: str | None = None
) -> dict[str, object]:
    cost: dict[str, object] = {"item": item.value, "amount": amount, "currency": "IDR"}
    cost["payer"] = payer.value
    if note:
        cost["note"] = note
    return cost


# Zero-cost occupations: training and certification by the regional government, the rest by
# the employer, as BP2MI regulation 9/2020 divides them.
JP_ZERO_COST = (
    _cost(C.training, 12_500_000, G, "Pelatihan bahasa Jepang dan keterampilan (Pemda)."),
    _cost(C.certification, 1_100_000, G, "Ujian bahasa (JLPT/JFT-Basic) dan ujian SSW."),
    _cost(C.medical, 1_200_000, E),
    _cost(C.psychological, 350_000, E),
    _cost(C.passport, 650_000, E),
    _cost(C.visa, 450_000, E),
    _cost(C.bpjs, 370_000, G, BPJS_NOTE),
    _cost(C.travel, 8_500_000, E, "Tiket Jakarta - Jepang."),
)
JP_PAID = (
    _cost(C.training, 15_000_000, W, "Pelatihan bahasa dan keterampilan; dapat dibiayai KUR PMI."),
    _cost(C.certification, 1_100_000, W, "Ujian bahasa dan ujian SSW bidang."),
    _cost(C.medical, 1_200_000, W),
    _cost(C.psychological, 350_000, W),
    _cost(C.passport, 650_000, W),
    _cost(C.visa, 450_000, E),
    _cost(C.bpjs, 370_000, W, BPJS_NOTE),
    _cost(C.travel, 8_500_000, E, "Tiket Jakarta - Jepang."),
)
KR_E9 = (
    _cost(C.training, 4_500_000, W, "Kursus bahasa Korea untuk EPS-TOPIK."),
    _cost(C.certification, 400_000, W, "Biaya ujian EPS-TOPIK."),
    _cost(C.medical, 1_000_000, W),
    _cost(C.passport, 650_000, W),
    _cost(C.visa, 1_000_000, W),
    _cost(C.bpjs, 370_000, W, BPJS_NOTE),
    _cost(C.travel, 7_500_000, W, "Tiket Jakarta - Seoul."),
)
KR_E7 = (
    _cost(C.training, 6_000_000, W, "Bahasa Korea dan persiapan uji keterampilan."),
    _cost(C.certification, 1_500_000, W, "Uji keterampilan E-7 di Indonesia."),
    _cost(C.medical, 1_000_000, W),
    _cost(C.passport, 650_000, W),
    _cost(C.visa, 1_000_000, E),
    _cost(C.bpjs, 370_000, W, BPJS_NOTE),
    _cost(C.travel, 7_500_000, E, "Tiket Jakarta - Busan."),
)


def _certificate(kind: CredentialType, field: str | None = None) -> dict[str, object]:
    return {"type": kind.value, "field": field}


def _kr_skill(field: str) -> dict[str, object]:
    return _certificate(CredentialType.korean_skills_test, field)


@dataclass(frozen=True)
class Order:
    agency: str  # key of a placement agency in app.demo.data.PARTNERS
    external_id: str
    scheme: Scheme
    sector: Sector
    occupation: str
    isco_code: str
    title: str
    details: str
    openings: int
    salary: tuple[int, int]
    costs: tuple[dict[str, object], ...]
    certificates: tuple[dict[str, object], ...] = ()
    language_level: str | None = None  # Japanese: JLPT level
    language_score: int | None = None  # Korean: EPS-TOPIK score out of 200
    min_education: EducationLevel = EducationLevel.sma
    max_age: int | None = None
    required_sex: str | None = None
    experience_years: float | None = None
    mou: str | None = None  # key of an MoU in app.demo.mous.MOUS
    deadline: date = date(2027, 3, 31)
    channel: Channel | None = None
    ssw_field: SswField | None = None
    contract_months: int = 24


SSW, E9, E7 = Scheme.jp_ssw, Scheme.kr_eps_e9, Scheme.kr_e7
# Technical interns through IM Japan: the programme bears the costs (Kemnaker - IM Japan).
TITP_IM_JAPAN = (
    _cost(C.training, 9_000_000, G, "Pelatihan fisik, bahasa dan mental (Kemnaker)."),
    _cost(C.medical, 1_200_000, E),
    _cost(C.passport, 650_000, G),
    _cost(C.visa, 450_000, E),
    _cost(C.bpjs, 370_000, G, BPJS_NOTE),
    _cost(C.travel, 8_500_000, E, "Tiket Jakarta - Jepang (IM Japan)."),
)

ORDERS = (
    Order(
        agency="banten_karya",
        external_id="BKM-JP-2026-001",
        scheme=SSW,
        sector=Sector.caregiving,
        occupation="Caregiver (kaigo)",
        isco_code="5322",
        title="Caregiver panti wreda, Osaka",
        details="Perawatan lansia di panti wreda; asrama disediakan.",
        openings=30,
        salary=(185_000, 225_000),
        costs=JP_ZERO_COST,
        language_level="N4",
        mou="apjati",
        deadline=date(2027, 2, 26),
    ),
    Order(
        agency="sinar_global",
        external_id="SGP-JP-0142",
        scheme=SSW,
        sector=Sector.caregiving,
        occupation="Caregiver (kaigo)",
        isco_code="5322",
        title="Caregiver panti wreda, Nagoya",
        details="Perawatan harian lansia, shift pagi dan malam.",
        openings=20,
        salary=(190_000, 230_000),
        costs=JP_ZERO_COST,
        language_level="N4",
        deadline=date(2027, 4, 30),
    ),
    Order(
        agency="banten_karya",
        external_id="BKM-JP-2026-002",
        scheme=SSW,
        sector=Sector.agriculture,
        occupation="Petani hortikultura",
        isco_code="6111",
        title="Pekerja pertanian sayuran, Ibaraki",
        details="Budidaya dan panen sayuran di rumah kaca.",
        openings=25,
        salary=(175_000, 205_000),
        costs=JP_ZERO_COST,
        language_level="N4",
        mou="apjati",
        deadline=date(2027, 3, 31),
    ),
    Order(
        agency="sinar_global",
        external_id="SGP-JP-0143",
        scheme=SSW,
        sector=Sector.agriculture,
        occupation="Petani hortikultura",
        isco_code="6111",
        title="Pekerja kebun sayur dan buah, Kumamoto",
        details="Penanaman, perawatan dan panen; musim sibuk April - Oktober. Terbuka bagi "
        "lulusan magang teknis (ii) bidang pertanian.",
        openings=20,
        salary=(170_000, 200_000),
        costs=JP_ZERO_COST,
        deadline=date(2027, 5, 31),
    ),
    Order(
        agency="sinar_global",
        external_id="SGP-JP-0150",
        scheme=SSW,
        sector=Sector.automotive,
        occupation="Mekanik otomotif",
        isco_code="7231",
        title="Mekanik perawatan mobil, Aichi",
        details="Servis berkala dan perbaikan kendaraan ringan di bengkel resmi.",
        openings=12,
        salary=(210_000, 260_000),
        costs=JP_PAID,
        language_level="N4",
        min_education=EducationLevel.smk,
        experience_years=1,
        deadline=date(2027, 6, 30),
    ),
    Order(
        agency="banten_karya",
        external_id="BKM-JP-2026-003",
        scheme=SSW,
        sector=Sector.aviation_ground_handling,
        occupation="Petugas ground handling bandara",
        isco_code="9621",
        title="Ground handling bandara (ramp dan bagasi), Narita",
        details="Penanganan bagasi dan kargo di apron; kerja bergilir.",
        openings=10,
        salary=(200_000, 240_000),
        costs=JP_PAID,
        language_level="N4",
        deadline=date(2027, 1, 29),
    ),
    Order(
        agency="banten_karya",
        external_id="BKM-JP-2026-005",
        scheme=SSW,
        sector=Sector.hospitality,
        occupation="Staf kebersihan kamar hotel",
        isco_code="9112",
        # Ads say "bukan ART" (not a household helper) to set hotel work apart; the codes,
        # not these words, make the order formal.
        title="Housekeeping hotel (bukan ART), Kyoto",
        details="Pembersihan kamar dan area umum hotel; pemberi kerja adalah hotel.",
        openings=15,
        salary=(180_000, 210_000),
        costs=JP_ZERO_COST,
        ssw_field=SswField.accommodation,  # hotel work: 9112 alone would say building cleaning
        language_level="N4",
        deadline=date(2027, 4, 30),
    ),
    Order(
        agency="one_asia",
        external_id="OA-KR-2026-011",
        scheme=E7,
        sector=Sector.welding,
        occupation="Juru las (welder)",
        isco_code="7212",
        title="Welder kapal (FCAW/SMAW), Geoje",
        details="Pengelasan blok kapal di galangan; lulus uji keterampilan las E-7.",
        openings=40,
        salary=(2_900_000, 3_500_000),
        costs=KR_E7,
        certificates=(_kr_skill("welding"),),
        language_score=80,
        min_education=EducationLevel.smp,
        experience_years=2,
        mou="apjati",
        deadline=date(2027, 3, 31),
    ),
    Order(
        agency="one_asia",
        external_id="OA-KR-2026-012",
        scheme=E7,
        sector=Sector.shipbuilding,
        occupation="Pengecat (painter) kapal",
        isco_code="7132",
        title="Painter blok kapal, Ulsan",
        details="Pengecatan semprot blok dan lambung kapal.",
        openings=30,
        salary=(2_700_000, 3_200_000),
        costs=KR_E7,
        certificates=(_kr_skill("painting"),),
        language_score=80,
        min_education=EducationLevel.smp,
        experience_years=1,
        deadline=date(2027, 4, 30),
    ),
    Order(
        agency="one_asia",
        external_id="OA-KR-2026-013",
        scheme=E7,
        sector=Sector.electrical,
        occupation="Teknisi listrik kapal",
        isco_code="7411",
        title="Electrician kapal, Mokpo",
        details="Instalasi kabel dan panel listrik kapal di galangan.",
        openings=25,
        salary=(2_900_000, 3_400_000),
        costs=KR_E7,
        certificates=(_kr_skill("electrical"),),
        language_score=80,
        min_education=EducationLevel.smk,
        experience_years=2,
        deadline=date(2027, 4, 30),
    ),
    Order(
        agency="bp2mi",
        external_id="SGP-KR-0201",
        scheme=E9,
        sector=Sector.manufacturing,
        occupation="Operator produksi",
        isco_code="8219",
        title="Operator produksi suku cadang otomotif, Gyeongnam",
        details="Skema EPS E-9 (G2G, BP2MI - HRD Korea); perakitan dan pengemasan komponen.",
        openings=60,
        salary=(2_160_000, 2_450_000),
        costs=KR_E9,
        language_score=90,
        min_education=EducationLevel.smp,
        channel=Channel.eps_g2g,
        mou="apjati",
        deadline=date(2027, 2, 26),
    ),
    Order(
        agency="bp2mi",
        external_id="BKM-KR-2026-004",
        scheme=E9,
        sector=Sector.manufacturing,
        occupation="Operator produksi",
        isco_code="8219",
        title="Operator pabrik plastik dan karet, Gyeonggi",
        details="Skema EPS E-9 (G2G, BP2MI - HRD Korea); mesin cetak injeksi, tiga shift.",
        openings=40,
        salary=(2_160_000, 2_400_000),
        costs=KR_E9,
        language_score=100,
        min_education=EducationLevel.smp,
        channel=Channel.eps_g2g,
        deadline=date(2027, 5, 31),
    ),
    Order(
        agency="bp2mi",
        external_id="SGP-KR-0202",
        scheme=E9,
        sector=Sector.construction,
        occupation="Pekerja bangunan",
        isco_code="9313",
        title="Pekerja konstruksi bangunan, Incheon",
        details="Skema EPS E-9 (G2G, BP2MI - HRD Korea); pekerjaan struktur dan bekisting.",
        openings=25,
        salary=(2_300_000, 2_700_000),
        costs=KR_E9,
        language_score=110,
        min_education=EducationLevel.smp,
        channel=Channel.eps_g2g,
        required_sex="M",
        deadline=date(2027, 6, 30),
    ),
    Order(
        agency="kemnaker",
        external_id="IMJ-2026-07",
        scheme=Scheme.jp_titp,
        sector=Sector.manufacturing,
        occupation="Pemagang pengolahan logam",
        isco_code="7223",
        title="Magang teknis pengolahan logam (IM Japan), Shizuoka",
        details="Pemagangan tiga tahun melalui IM Japan: laki-laki, 18-26 tahun, lulusan "
        "SMA/SMK; pelatihan bahasa dan fisik sebelum berangkat.",
        openings=15,
        salary=(150_000, 172_000),
        costs=TITP_IM_JAPAN,
        channel=Channel.im_japan,
        contract_months=36,
        deadline=date(2027, 4, 30),
    ),
)


def make_vacancies(partner_ids: dict[str, int], mou_ids: dict[str, int]) -> list[Vacancy]:
    return [_vacancy(order, partner_ids, mou_ids) for order in ORDERS]


def _vacancy(order: Order, partner_ids: dict[str, int], mou_ids: dict[str, int]) -> Vacancy:
    japan = order.scheme in (Scheme.jp_ssw, Scheme.jp_titp)
    return Vacancy(
        agency_id=partner_ids[order.agency],
        external_id=order.external_id,
        country="JP" if japan else "KR",
        scheme=order.scheme,
        sector=order.sector,
        occupation=order.occupation,
        isco_code=order.isco_code,
        title=order.title,
        description=f"[DEMO] Lowongan sintetis. {order.details}",
        openings=order.openings,
        salary_min=order.salary[0],
        salary_max=order.salary[1],
        currency="JPY" if japan else "KRW",
        contract_months=order.contract_months,
        min_age=18,
        max_age=order.max_age,
        required_sex=order.required_sex,
        min_education=order.min_education,
        language="ja" if japan else "ko",
        min_language_level=order.language_level,
        min_language_score=order.language_score,
        required_certificates=[dict(c) for c in order.certificates],
        min_experience_years=order.experience_years,
        cost_items=[dict(c) for c in order.costs],
        deadline=order.deadline,
        mou_id=mou_ids[order.mou] if order.mou else None,
        channel=order.channel,
        ssw_field=order.ssw_field,
        status=VacancyStatus.open,
    )
