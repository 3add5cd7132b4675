"""Rules of financing requests, as data with their sources, and the instalment arithmetic.

The service (app/services/financing/service.py) looks things up here and calls `check_request`.

Decision on the amount: a request pays for the worker's own share of the job order's costs,
so its amount may not exceed the worker-paid items it covers (in rupiah; the items in other
currencies are shown by the costs endpoint but not converted, since no exchange rate is kept).
A request for more than the worker pays is refused (`financing_amount_above_costs`): that is
exactly the per-job cost check a lender cannot make without this breakdown. On a zero-cost
occupation the worker pays nothing, so there is nothing to finance.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.core.errors import FieldError
from app.core.i18n import Message, define
from app.models.financing import FinancingKind, FinancingRequest, FinancingState
from app.models.partner import Partner, PartnerKind, PartnerStatus
from app.models.vacancy import CostItemKind, Payer, Vacancy
from app.services.financing.costs import IDR, cost_items
from app.services.financing.limits import (
    KUR_PMI_MAX_AMOUNT,
    KUR_PMI_MAX_RATE_BP,
    KUR_PMI_MAX_TERM_MONTHS,
    KUR_PMI_NPWP_ABOVE,
    npwp_digits,
)

K = FinancingKind
S = FinancingState

# The KUR PMI limits and their sources are in app.services.financing.limits (the rule table).


@dataclass(frozen=True)
class KindRule:
    lender_kinds: frozenset[PartnerKind]  # what a lender of this kind must be
    lender_required: bool
    term_required: bool  # a loan; None of these: support that is not repaid
    documents: tuple[str, ...]  # document kinds the lender needs, as the documents stage names


# Document kinds (Law 18/2017 art. 13 and the lenders' own lists). KUR PMI banks ask for the
# placement agreement and the employment contract on top of identity and family papers;
# Baznas/UPZ for proof of need (a statement of low income from the kelurahan).
KIND_RULES = {
    K.kur_pmi: KindRule(
        frozenset({PartnerKind.financier}),
        lender_required=True,
        term_required=True,
        documents=(
            "ktp",
            "family_card",
            "family_permission",
            "passport",
            "placement_agreement",
            "employment_contract",
        ),
    ),
    K.baznas_upz: KindRule(
        frozenset({PartnerKind.financier}),
        lender_required=True,
        term_required=False,
        documents=("ktp", "family_card", "low_income_statement", "placement_agreement"),
    ),
    K.agency: KindRule(
        frozenset({PartnerKind.placement_agency}),
        lender_required=False,
        term_required=False,
        documents=("ktp", "placement_agreement", "employment_contract"),
    ),
    K.government: KindRule(
        frozenset({PartnerKind.government_body}),
        lender_required=False,
        term_required=False,
        documents=("ktp", "family_card", "placement_agreement"),
    ),
}


def required_documents(kind: FinancingKind | str) -> list[str]:
    """The document kinds a lender of this kind needs, in the order it asks for them."""
    return list(KIND_RULES[FinancingKind(kind)].documents)


# --- States -----------------------------------------------------------------------------------
# The applicant (or an officer on their behalf) submits and may cancel before approval; the
# lender's decisions are recorded by an officer, who stands in for the lender in this system.
NEXT_STATES: dict[FinancingState, tuple[FinancingState, ...]] = {
    S.draft: (S.submitted, S.cancelled),
    S.submitted: (S.approved, S.rejected, S.cancelled),
    S.approved: (S.disbursed,),
    S.disbursed: (S.repaid,),  # loans only, see next_states
    S.rejected: (),
    S.repaid: (),
    S.cancelled: (),
}
APPLICANT_MOVES = frozenset({S.submitted, S.cancelled})
REASON_REQUIRED = frozenset({S.rejected, S.cancelled})
# A KUR PMI loan is approved and disbursed only with the worker's SISKOP2MI registration
# recorded (app.services.financing.limits, rule kur_pmi.siskop2mi); the borrower's
# registrations may be recorded or corrected until the money is out.
REGISTRATION_REQUIRED_FOR = frozenset({S.approved, S.disbursed})
REGISTRATION_STATES = (S.draft, S.submitted, S.approved)
# Applications that can no longer be financed.
CLOSED_APPLICATION_STAGES = frozenset({"withdrawn", "rejected", "returned"})


def next_states(state: str, is_loan: bool) -> list[FinancingState]:
    allowed = NEXT_STATES[FinancingState(state)]
    return [s for s in allowed if s != S.repaid or is_loan]


def monthly_instalment(
    amount: int, term_months: int | None, annual_rate_bp: int | None
) -> int | None:
    """The annuity instalment, rounded half up to whole rupiah: A = P r / (1 - (1 + r)^-n)."""
    if term_months is None:
        return None
    principal = Decimal(amount)
    rate = Decimal(annual_rate_bp or 0) / Decimal(10_000) / Decimal(12)
    if rate == 0:
        payment = principal / Decimal(term_months)
    else:
        payment = principal * rate / (1 - (1 + rate) ** -term_months)
    return int(payment.quantize(Decimal(1), rounding=ROUND_HALF_UP))


define(
    {
        "financing_amount_not_positive": Message(
            "Amount must be positive",
            "Jumlah harus lebih dari nol",
            "A financing request is for more than Rp0.",
            "Permohonan pembiayaan harus lebih dari Rp0.",
        ),
        "financing_kur_amount_above_limit": Message(
            "Above the KUR PMI limit",
            "Melebihi batas KUR PMI",
            "A KUR PMI loan is at most Rp{limit:,}; Rp{amount:,} was requested.",
            "Pinjaman KUR PMI paling banyak Rp{limit_id}; yang diminta Rp{amount_id}.",
        ),
        "financing_kur_term_above_limit": Message(
            "KUR PMI term too long",
            "Jangka waktu KUR PMI terlalu panjang",
            "A KUR PMI loan runs at most {limit} months; {term} months were requested.",
            "Pinjaman KUR PMI paling lama {limit} bulan; yang diminta {term} bulan.",
        ),
        "financing_kur_rate_above_limit": Message(
            "Above the KUR PMI interest cap",
            "Melebihi batas bunga KUR PMI",
            "A KUR PMI loan costs at most {limit} basis points (6%) a year; {rate} were requested.",
            "Bunga pinjaman KUR PMI paling tinggi {limit} basis poin (6%) setahun; yang diminta "
            "{rate}.",
        ),
        "financing_kur_npwp_required": Message(
            "NPWP required",
            "NPWP wajib diisi",
            "A KUR PMI loan above Rp{limit:,} needs the borrower's NPWP; Rp{amount:,} was "
            "requested.",
            "Pinjaman KUR PMI di atas Rp{limit_id} memerlukan NPWP peminjam; yang diminta "
            "Rp{amount_id}.",
        ),
        "financing_npwp_invalid": Message(
            "Not an NPWP",
            "Bukan NPWP",
            "An NPWP has 15 digits, or 16 (the NIK-based NPWP in use since 2024).",
            "NPWP terdiri atas 15 digit, atau 16 digit (NPWP berbasis NIK sejak 2024).",
        ),
        "financing_term_required": Message(
            "Term required",
            "Jangka waktu wajib diisi",
            "A {kind} loan needs its term in months.",
            "Pinjaman {kind} memerlukan jangka waktu dalam bulan.",
        ),
        "financing_term_beyond_contract": Message(
            "Term beyond the contract",
            "Jangka waktu melebihi kontrak",
            "The loan runs {term} months but the employment contract only {contract_months}; "
            "it must be repaid within the contract.",
            "Pinjaman berjangka {term} bulan sedangkan kontrak kerja hanya {contract_months} "
            "bulan; pinjaman harus lunas dalam masa kontrak.",
        ),
        "financing_lender_required": Message(
            "Lender required",
            "Pemberi pembiayaan wajib diisi",
            "A {kind} request names its lender: a partner of kind {kinds}.",
            "Permohonan {kind} menyebutkan pemberi pembiayaannya: mitra berjenis {kinds}.",
        ),
        "financing_lender_invalid": Message(
            "Not a valid lender",
            "Pemberi pembiayaan tidak valid",
            "Partner {id} is not an active partner of kind {kinds}.",
            "Mitra {id} bukan mitra aktif berjenis {kinds}.",
        ),
        "financing_cover_not_worker_paid": Message(
            "Not a cost the worker pays",
            "Bukan biaya yang ditanggung pekerja",
            "The job order has no worker-paid item of kind: {items}.",
            "Lowongan tidak memiliki biaya yang ditanggung pekerja berjenis: {items}.",
        ),
        "financing_amount_above_costs": Message(
            "More than the worker pays",
            "Melebihi biaya yang ditanggung pekerja",
            "Rp{amount:,} was requested, but the worker pays Rp{costs:,} of the costs it "
            "covers; see GET /api/v1/applications/{application_id}/costs.",
            "Yang diminta Rp{amount_id}, sedangkan biaya yang ditanggung pekerja Rp{costs_id}; "
            "lihat GET /api/v1/applications/{application_id}/costs.",
        ),
    }
)


# --- Checks -------------------------------------------------------------------------------------


def rupiah(**amounts: int) -> dict[str, Any]:
    """Message parameters: each amount, and as Indonesian writes it (`<name>_id`: 100.000.000)."""
    params: dict[str, Any] = dict(amounts)
    for name, value in amounts.items():
        params[f"{name}_id"] = f"{value:,}".replace(",", ".")
    return params


def _lender_errors(
    kind: FinancingKind, lender: Partner | None, lender_id: int | None
) -> list[FieldError]:
    rule = KIND_RULES[kind]
    kinds = ", ".join(sorted(rule.lender_kinds))
    if lender_id is None:
        if rule.lender_required:
            return [
                FieldError("lender_id", "financing_lender_required", {"kind": kind, "kinds": kinds})
            ]
        return []
    if (
        lender is None
        or lender.kind not in rule.lender_kinds
        or lender.status != PartnerStatus.active
    ):
        return [
            FieldError("lender_id", "financing_lender_invalid", {"id": lender_id, "kinds": kinds})
        ]
    return []


def _term_errors(kind: FinancingKind, term: int | None, contract_months: int) -> list[FieldError]:
    errors = []
    if term is None:
        if KIND_RULES[kind].term_required:
            errors.append(FieldError("term_months", "financing_term_required", {"kind": kind}))
        return errors
    if kind == K.kur_pmi and term > KUR_PMI_MAX_TERM_MONTHS:
        params = {"limit": KUR_PMI_MAX_TERM_MONTHS, "term": term}
        errors.append(FieldError("term_months", "financing_kur_term_above_limit", params))
    if term > contract_months:
        params = {"term": term, "contract_months": contract_months}
        errors.append(FieldError("term_months", "financing_term_beyond_contract", params))
    return errors


def _cost_errors(request: FinancingRequest, vacancy: Vacancy) -> list[FieldError]:
    """The covered items must be the worker's to pay; the amount at most what they cost."""
    worker_items = [i for i in cost_items(vacancy) if i.payer == Payer.worker]
    paid_kinds = {i.item for i in worker_items}
    covers = [CostItemKind(c) for c in request.covers]
    missing = [c for c in covers if c not in paid_kinds]
    if missing:
        items = ", ".join(dict.fromkeys(missing))
        return [FieldError("covers", "financing_cover_not_worker_paid", {"items": items})]
    covered = set(covers) or paid_kinds
    costs = sum(i.amount for i in worker_items if i.item in covered and i.currency == IDR)
    if request.amount > costs:
        params = rupiah(amount=request.amount, costs=costs)
        params["application_id"] = request.application_id
        return [FieldError("amount", "financing_amount_above_costs", params)]
    return []


def parse_npwp(raw: str | None) -> tuple[str | None, list[FieldError]]:
    """The NPWP to store (its digits) and the format error if it has none. A number that is
    not one is kept as given, so that it is reported once (as not an NPWP, not as missing);
    the request is refused anyway."""
    if raw is None:
        return None, []
    digits = npwp_digits(raw)
    if digits is None:
        return raw, [FieldError("npwp", "financing_npwp_invalid")]
    return digits, []


def registration_errors(request: FinancingRequest) -> list[FieldError]:
    """The borrower's registrations a request needs: a KUR PMI loan above Rp50 million, the
    NPWP. (The SISKOP2MI reference is needed at approval, see REGISTRATION_REQUIRED_FOR.)"""
    if request.kind == K.kur_pmi and request.amount > KUR_PMI_NPWP_ABOVE and not request.npwp:
        params = rupiah(limit=KUR_PMI_NPWP_ABOVE, amount=request.amount)
        return [FieldError("npwp", "financing_kur_npwp_required", params)]
    return []


def _rate_errors(request: FinancingRequest) -> list[FieldError]:
    rate = request.annual_rate_bp
    if request.kind == K.kur_pmi and rate is not None and rate > KUR_PMI_MAX_RATE_BP:
        params = {"limit": KUR_PMI_MAX_RATE_BP, "rate": rate}
        return [FieldError("annual_rate_bp", "financing_kur_rate_above_limit", params)]
    return []


def check_request(
    request: FinancingRequest, vacancy: Vacancy, lender: Partner | None
) -> list[FieldError]:
    """Every rule a request must meet, against its job order now; the failures in field order."""
    kind = FinancingKind(request.kind)
    errors = _lender_errors(kind, lender, request.lender_id)
    if request.amount <= 0:
        errors.append(FieldError("amount", "financing_amount_not_positive"))
    elif kind == K.kur_pmi and request.amount > KUR_PMI_MAX_AMOUNT:
        params = rupiah(limit=KUR_PMI_MAX_AMOUNT, amount=request.amount)
        errors.append(FieldError("amount", "financing_kur_amount_above_limit", params))
    else:
        errors += _cost_errors(request, vacancy)
    errors += _term_errors(kind, request.term_months, vacancy.contract_months)
    return errors + _rate_errors(request) + registration_errors(request)
