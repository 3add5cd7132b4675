"""The financing rules as data: every limit a named constant, every rule with its source.

An officer (and a lender, a job seeker) reads this table at GET /api/v1/financing/rules; the
checks that apply it are in `app.services.financing.rules` (a request's fields) and
`app.services.financing.service` (the state moves). A changed limit is a change here, next to its
source. The facts come from public sources (checked 2026-12-05); verify before relying.
"""

import re
from dataclasses import dataclass

from app.core.i18n import Language, Message
from app.models.financing import FinancingKind, FinancingRuleRead

K = FinancingKind
CHECKED = "checked 2026-12-05"

# --- Sources ------------------------------------------------------------------------------------
PERMENKO_KUR = (
    "Permenko Perekonomian No. 1 Tahun 2022 tentang Pedoman Pelaksanaan Kredit Usaha Rakyat, as "
    "amended (No. 1 Tahun 2023; fourth amendment No. 12 Tahun 2025): KUR penempatan PMI"
)
JUKNIS_KUR_PMI = (
    "Permen P2MI/Peraturan BP2MI No. 18 Tahun 2025 tentang Petunjuk Teknis Kredit Usaha Rakyat "
    "Penempatan Pekerja Migran Indonesia"
)
PMK_112_2022 = (
    "PMK No. 112/PMK.03/2022 tentang NPWP bagi Wajib Pajak Orang Pribadi, Badan, dan Instansi "
    "Pemerintah, art. 2(1): a resident individual's NPWP is the NIK (16 digits), others have a "
    "16-digit NPWP; the 15-digit numbers issued before stay in use with banks"
)
PROGRAMME = "Programme decision of Disnakertrans Kota Serang (see app/services/financing/rules.py)"

# --- KUR PMI limits (each number once) ----------------------------------------------------------
KUR_PMI_MAX_AMOUNT = 100_000_000  # rupiah
KUR_PMI_MAX_TERM_MONTHS = 36
# The KUR PMI rate is 6% a year, subsidised by the government; a lender charging less does the
# worker no harm, more is refused. A rate left out is taken as the cap.
KUR_PMI_MAX_RATE_BP = 600  # basis points: 6.00% a year
KUR_PMI_NPWP_ABOVE = 50_000_000  # rupiah: a loan above this needs the borrower's NPWP

# --- NPWP ---------------------------------------------------------------------------------------
NPWP_LENGTHS = (15, 16)  # the former format, and the NIK-based one in use since 2024
_NPWP_PUNCTUATION = re.compile(r"[\s.\-]")


def npwp_digits(raw: str) -> str | None:
    """The NPWP's digits, as stored: '01.234.567.8-901.000' -> '012345678901000'; None when
    it is not 15 or 16 digits once the usual dots, dashes and spaces are removed."""
    digits = _NPWP_PUNCTUATION.sub("", raw)
    if not digits.isascii() or not digits.isdigit() or len(digits) not in NPWP_LENGTHS:
        return None
    return digits


# --- The table ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FinancingRule:
    id: str
    code: str  # the problem code a request breaking the rule gets
    text: Message  # title: the rule; detail: what it requires, filled from `params`
    source: str
    kinds: frozenset[FinancingKind] | None = None  # None: every kind of financing
    params: tuple[tuple[str, int], ...] = ()
    # "request": judged when a request is filed, submitted or changed; states' names: judged
    # at the move into each.
    checked_at: str = "request"


_KUR = frozenset({K.kur_pmi})
FINANCING_RULES: tuple[FinancingRule, ...] = (
    FinancingRule(
        "kur_pmi.max_amount",
        "financing_kur_amount_above_limit",
        Message(
            "KUR PMI ceiling",
            "Plafon KUR PMI",
            "A KUR PMI loan is at most Rp{max_amount:,}.",
            "Pinjaman KUR PMI paling banyak Rp{max_amount_id}.",
        ),
        f"{PERMENKO_KUR}: plafon at most Rp100 million per borrower (article to be confirmed; "
        f"{CHECKED})",
        _KUR,
        (("max_amount", KUR_PMI_MAX_AMOUNT),),
    ),
    FinancingRule(
        "kur_pmi.max_rate",
        "financing_kur_rate_above_limit",
        Message(
            "KUR PMI interest cap",
            "Batas bunga KUR PMI",
            "A KUR PMI loan costs at most {max_rate_bp} basis points a year (6%).",
            "Bunga pinjaman KUR PMI paling tinggi {max_rate_bp} basis poin setahun (6%).",
        ),
        f"{PERMENKO_KUR}: interest/margin 6% a year; {JUKNIS_KUR_PMI}, art. 14(1)(c) (costs "
        f"other than the 6% interest stated in the loan agreement) ({CHECKED})",
        _KUR,
        (("max_rate_bp", KUR_PMI_MAX_RATE_BP),),
    ),
    FinancingRule(
        "kur_pmi.max_term",
        "financing_kur_term_above_limit",
        Message(
            "KUR PMI term",
            "Jangka waktu KUR PMI",
            "A KUR PMI loan runs at most {max_term_months} months and within the contract.",
            "Pinjaman KUR PMI paling lama {max_term_months} bulan dan dalam masa kontrak.",
        ),
        f"{PERMENKO_KUR}: term within the employment contract and at most 3 years (article to "
        f"be confirmed; {CHECKED})",
        _KUR,
        (("max_term_months", KUR_PMI_MAX_TERM_MONTHS),),
    ),
    FinancingRule(
        "kur_pmi.npwp",
        "financing_kur_npwp_required",
        Message(
            "NPWP above Rp50 million",
            "NPWP di atas Rp50 juta",
            "A KUR PMI loan above Rp{npwp_above:,} needs the borrower's NPWP (15 digits, or "
            "the 16-digit NIK-based one).",
            "Pinjaman KUR PMI di atas Rp{npwp_above_id} memerlukan NPWP peminjam (15 digit, "
            "atau 16 digit berbasis NIK).",
        ),
        f"{PERMENKO_KUR}: an NPWP for a KUR penempatan PMI plafon above Rp50 million, as "
        f"KemenKopUKM summarises it (article to be confirmed); {PMK_112_2022} ({CHECKED})",
        _KUR,
        (("npwp_above", KUR_PMI_NPWP_ABOVE),),
    ),
    FinancingRule(
        "kur_pmi.siskop2mi",
        "financing_siskop2mi_required",
        Message(
            "Registered in SISKOP2MI before approval",
            "Terdaftar di SISKOP2MI sebelum disetujui",
            "A KUR PMI loan is approved (and so disbursed) only with the worker's SISKOP2MI "
            "registration reference recorded.",
            "Pinjaman KUR PMI disetujui (dan dicairkan) hanya bila nomor pendaftaran pekerja "
            "di SISKOP2MI sudah dicatat.",
        ),
        f"{JUKNIS_KUR_PMI}, art. 3 (requirements, among them registration as a CPMI/PMI in "
        "Sisko P2MI, proved by its registration or the E-KPMI; article number to be "
        "confirmed) and art. 14(1)(b)-(c): the lender verifies the documents, then approves "
        f"({CHECKED})",
        _KUR,
        checked_at="approved, disbursed",
    ),
    FinancingRule(
        "every.amount_within_costs",
        "financing_amount_above_costs",
        Message(
            "At most what the worker pays",
            "Paling banyak biaya yang ditanggung pekerja",
            "A request is for more than Rp0 and at most the worker-paid rupiah costs it covers.",
            "Permohonan lebih dari Rp0 dan paling banyak biaya rupiah yang ditanggung pekerja.",
        ),
        PROGRAMME,
    ),
    FinancingRule(
        "every.lender",
        "financing_lender_invalid",
        Message(
            "Lender of the right kind",
            "Pemberi pembiayaan yang sesuai",
            "KUR PMI and Baznas/UPZ name an active financier; agency and government schemes "
            "may name their agency or government body.",
            "KUR PMI dan Baznas/UPZ menyebut lembaga keuangan yang aktif; skema agensi dan "
            "pemerintah dapat menyebut agensi atau instansinya.",
        ),
        PROGRAMME,
    ),
)


def rule_rows(lang: Language) -> list[FinancingRuleRead]:
    """The table in the reader's language; amounts in Indonesian are written 100.000.000."""
    rows = []
    for rule in FINANCING_RULES:
        params = dict(rule.params)
        written = {f"{name}_id": f"{value:,}".replace(",", ".") for name, value in params.items()}
        rows.append(
            FinancingRuleRead(
                id=rule.id,
                code=rule.code,
                title=rule.text.title(lang),
                requirement=rule.text.detail(lang, {**params, **written}),
                source=rule.source,
                kinds=sorted(rule.kinds) if rule.kinds is not None else None,
                checked_at=rule.checked_at,
                params=params,
            )
        )
    return rows
