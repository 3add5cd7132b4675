"""Matching at city-to-country scale: ranking through the API and a full allocation run.

    .venv/bin/python bench/matching.py                 # SQLite file bench/matching.db
    .venv/bin/python bench/matching.py --applicants 10000 --job-orders 1000   # smaller
    DATABASE_URL=postgresql://... .venv/bin/python bench/matching.py   # a scratch database!

Builds 100,000 applicants (with their credentials) and 10,000 open job orders with the spreads
of the programme (Korea EPS sectors and score floors, Japan SSW fields and levels, age bands),
then prints, in one run:
  (a) ranking one job order's candidates through the API vs a naive baseline that loads every
      applicant and scores each in Python (their top 20 must agree), as a ratio;
  (b) a full allocation run (`python -m app.cli match`, its own process): time and peak memory;
  (c) the allocation's total score on a 20,000 x 2,000 subset against SciPy's exact
      `min_weight_full_bipartite_matching` over one slot per opening (they must agree).
The schema is dropped and rebuilt: never point it at a database you need.
"""

import argparse
import os
import resource
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402
from sqlmodel import Session, col, select  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.db import make_engine  # noqa: E402
from app.core.security import TokenClaims, create_access_token  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import Applicant, Credential, Mou, Partner, UserAccount, Vacancy  # noqa: E402
from app.services.matching.allocation import allocate  # noqa: E402
from app.services.matching.evaluate import passes  # noqa: E402
from app.services.matching.facts import applicant_facts_many, vacancy_facts  # noqa: E402
from app.services.matching.population import load_population  # noqa: E402
from app.services.matching.runs import load_slots, proposal_room  # noqa: E402
from app.services.matching.scoring import score, wishes_of  # noqa: E402
from app.services.matching.vectorised import Columns  # noqa: E402

APPLICANTS, JOB_ORDERS = 100_000, 10_000
SUBSET_PEOPLE, SUBSET_ORDERS = 20_000, 2_000
TODAY = date.today()
RNG = np.random.default_rng(2026)
KECAMATAN = {
    "367301": "3673011002",
    "367302": "3673021001",
    "367303": "3673031001",
    "367304": "3673041001",
    "367305": "3673051001",
    "367306": "3673061001",
}
EDUCATION = ["sd", "smp", "sma", "smk", "d3", "s1"]
# (weight, country, scheme, sector, occupation, isco, language, levels or score floors)
TEMPLATES = [
    (30, "KR", "kr_eps_e9", "manufacturing", "Machine operator", "8211", "ko", [80, 90, 100]),
    (8, "KR", "kr_eps_e9", "construction", "Construction worker", "9313", "ko", [80, 90]),
    (6, "KR", "kr_eps_e9", "agriculture", "Farm worker", "9211", "ko", [80]),
    (6, "KR", "kr_eps_e9", "fishery", "Fishery worker", "6222", "ko", [80, 90]),
    (5, "KR", "kr_eps_e9", "shipbuilding", "Ship fitter", "7214", "ko", [90, 100]),
    (8, "KR", "kr_e7", "welding", "Welder", "7212", "ko", [None]),
    (4, "KR", "kr_e8", "agriculture", "Seasonal farm worker", "9211", None, [None]),
    (10, "JP", "jp_ssw", "caregiving", "Care worker", "5322", "ja", ["N4", "N3"]),
    (7, "JP", "jp_ssw", "food_service", "Restaurant worker", "5120", "ja", ["N4"]),
    (6, "JP", "jp_ssw", "food_manufacturing", "Food processing worker", "7512", "ja", ["N4"]),
    (5, "JP", "jp_ssw", "construction", "Construction worker", "9313", "ja", ["N4"]),
    (5, "JP", "jp_titp", "agriculture", "Farm worker", "9211", "ja", ["N5", "N4"]),
]
AGE_BANDS = [(None, None), (20, 35), (18, 30), (21, 39)]


def reset(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def chunked_insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5_000):
        session.execute(insert(model), rows[start : start + 5_000])


def build(session: Session) -> int:
    """The synthetic city; returns the id of a typical job order to rank."""
    now = datetime.now(UTC)
    agencies = [
        Partner(
            name=f"PT Bench Agency {i}", kind="placement_agency", licence_number=f"SIP3MI B{i}/2026"
        )
        for i in range(20)
    ]
    session.add_all(agencies)
    mou = Mou(title="E-8 seasonal work MoU (bench)", kind="sister_city", stage="active")
    session.add(mou)
    session.flush()

    weights = np.array([t[0] for t in TEMPLATES], dtype=float)
    picks = RNG.choice(len(TEMPLATES), size=JOB_ORDERS, p=weights / weights.sum())
    orders = []
    for n, pick in enumerate(picks):
        _, country, scheme, sector, occupation, isco, language, bars = TEMPLATES[pick]
        bar = bars[RNG.integers(len(bars))]
        low, high = AGE_BANDS[RNG.integers(len(AGE_BANDS))]
        orders.append(
            {
                "agency_id": agencies[n % 20].id,
                "external_id": f"B-{n:05d}",
                "country": country,
                "scheme": scheme,
                "sector": sector,
                "occupation": occupation,
                "isco_code": isco,
                "title": f"{occupation} ({country})",
                "openings": int(min(RNG.geometric(0.3), 20)),
                "filled": 0,
                "contract_months": 36 if country == "KR" else 24,
                "min_age": low,
                "max_age": high,
                "required_sex": None,
                "min_education": None,
                "language": language,
                "min_language_level": bar if language == "ja" else None,
                "min_language_score": bar if language == "ko" else None,
                "required_certificates": [],
                "min_experience_years": None,
                "cost_items": [],
                "deadline": TODAY + timedelta(days=int(RNG.integers(30, 180))),
                "mou_id": mou.id if scheme == "kr_e8" else None,
                "status": "open",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    chunked_insert(session, Vacancy, orders)

    people, credentials = [], []
    ssw_fields = ["caregiving", "food_service", "food_manufacturing", "construction"]
    for n in range(1, APPLICANTS + 1):
        age_days = int(RNG.normal(27, 6) * 365.25)
        birth = TODAY - timedelta(days=max(17 * 365, min(age_days, 50 * 365)))
        kecamatan = list(KECAMATAN)[n % 6]
        sector = TEMPLATES[RNG.integers(len(TEMPLATES))][3]
        people.append(
            {
                "id": n,
                "nik": f"{3673000000000000 + n}",
                "full_name": f"Bench person {n}",
                "birth_date": birth,
                "sex": "M" if RNG.random() < 0.62 else "F",
                "kecamatan_code": kecamatan,
                "kelurahan_code": KECAMATAN[kecamatan],
                "education_level": EDUCATION[RNG.choice(6, p=[0.08, 0.22, 0.25, 0.33, 0.06, 0.06])],
                "skills": [sector.replace("_", " ")],
                "experience": [
                    {
                        "occupation": "Welder",
                        "isco_code": "7212",
                        "years": float(RNG.integers(1, 8)),
                    }
                ]
                if RNG.random() < 0.15
                else [],
                "preferred_countries": ["KR"] if RNG.random() < 0.6 else ["JP"],
                "preferred_sectors": [sector],
                "status": "verified",
                "consent_given_at": now if RNG.random() < 0.9 else None,
                "consent_version": "2026-01",
                "version": 1,
                "created_at": now - timedelta(days=int(RNG.integers(0, 700))),
                "updated_at": now,
            }
        )
        roll = RNG.random()
        issued = TODAY - timedelta(days=int(RNG.integers(10, 900)))
        if roll < 0.30:
            credentials.append(
                cred(
                    n,
                    "language",
                    "eps_topik",
                    issued,
                    score=int(np.clip(RNG.normal(120, 30), 40, 200)),
                )
            )
        elif roll < 0.55:
            level = ["N5", "N4", "N4", "N3", "N2"][RNG.integers(5)]
            credentials.append(cred(n, "language", "jlpt", issued, level=level))
            if RNG.random() < 0.6:
                credentials.append(
                    cred(
                        n,
                        "skill_certificate",
                        "ssw_skill_test",
                        issued,
                        field=ssw_fields[RNG.integers(4)],
                    )
                )
            if RNG.random() < 0.2:
                credentials.append(cred(n, "language", "nursing_care_japanese", issued))
        if RNG.random() < 0.08:
            credentials.append(
                cred(n, "skill_certificate", "korean_skills_test", issued, field="welding")
            )
        if RNG.random() < 0.15:
            credentials.append(cred(n, "training", "training_completion", issued, field=sector))
    chunked_insert(session, Applicant, people)
    chunked_insert(session, Credential, credentials)
    session.add(
        UserAccount(
            email="bench@officer.example",
            full_name="Bench officer",
            password_hash="!",  # noqa: S106  (no hash matches it: tokens are minted directly)
            role="officer",
        )
    )
    session.commit()
    print(
        f"built {APPLICANTS:,} applicants, {len(credentials):,} credentials, "
        f"{JOB_ORDERS:,} job orders"
    )
    first = session.exec(
        select(Vacancy.id).where(
            col(Vacancy.scheme) == "kr_eps_e9",
            col(Vacancy.min_language_score) == 90,
            col(Vacancy.min_age).is_(None),
        )
    ).first()
    return int(first or 1)


def cred(applicant_id: int, kind: str, type_: str, issued: date, **fields: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    row = {
        "applicant_id": applicant_id,
        "kind": kind,
        "type": type_,
        "issuer": "Bench issuer",
        "issued_on": issued,
        "verification": "verified",
        "level": None,
        "score": None,
        "field": None,
        "certificate_number": None,
        "expires_on": None,
        "verified_at": None,
        "created_at": now,
        "updated_at": now,
    }
    row.update(fields)
    return row


def naive_top(session: Session, vacancy_id: int, limit: int) -> list[int]:
    """The baseline: every applicant loaded and scored in Python, then sorted."""
    vacancy = vacancy_facts(session.get(Vacancy, vacancy_id))  # type: ignore[arg-type]
    applicants = session.exec(select(Applicant)).all()
    credentials = session.exec(
        select(Credential).where(Credential.verification != "rejected")
    ).all()
    facts = applicant_facts_many(applicants, credentials)
    ranked = []
    for a in applicants:
        person = facts[a.id or 0]
        if a.consent_given_at is not None and passes(person, vacancy, TODAY):
            ranked.append((-score(person, wishes_of(a), vacancy, TODAY).total, a.id or 0))
    ranked.sort()
    return [int(i) for _, i in ranked[:limit]]


def bench_ranking(url: str, vacancy_id: int) -> None:
    app = create_app(Settings(database_url=url))
    officer_id = 1
    with Session(app.state.engine) as session:
        officer_id = session.exec(select(UserAccount.id)).one() or 1
    token, _ = create_access_token(app.state.settings, TokenClaims(f"user:{officer_id}", "officer"))
    client = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    url_path = f"/api/v1/vacancies/{vacancy_id}/candidates?limit=20"
    started = time.perf_counter()
    client.get(url_path)  # the first call builds the worker's in-memory population
    cold = time.perf_counter() - started
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        page = client.get(url_path).json()
        timings.append(time.perf_counter() - started)
    ours = sorted(timings)[1]
    with Session(app.state.engine) as session:
        started = time.perf_counter()
        baseline_top = naive_top(session, vacancy_id, 20)
        naive = time.perf_counter() - started
    agree = [c["applicant_id"] for c in page["items"]] == baseline_top
    print(
        f"(a) ranking job order {vacancy_id} ({page['eligible_total']:,} eligible): "
        f"API {ours:.3f} s (first call, building the population: {cold:.1f} s), "
        f"naive {naive:.3f} s, ratio {naive / ours:.1f}x, top 20 agree: {agree}"
    )
    app.state.engine.dispose()


def bench_allocation(url: str) -> None:
    started = time.perf_counter()
    finished = subprocess.run(
        [sys.executable, "-m", "app.cli", "match"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url},
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"(b) full allocation {APPLICANTS:,} x {JOB_ORDERS:,}: {seconds:.1f} s wall "
        f"(process start included), peak memory {peak_mb:.0f} MB\n    "
        f"{finished.stdout.strip() or finished.stderr.strip()[-500:]}"
    )


def bench_exactness(url: str) -> None:
    engine = make_engine(url)
    with Session(engine) as session:
        ids = session.exec(select(Vacancy.id).order_by(col(Vacancy.id)).limit(SUBSET_ORDERS)).all()
        slots = load_slots(session, TODAY, [int(i) for i in ids if i])
        people, wishes = load_population(session, proposable_only=True)
    engine.dispose()
    columns = Columns(people[:SUBSET_PEOPLE], wishes[:SUBSET_PEOPLE], TODAY)
    persons: list[Any] = []
    groups: list[Any] = []
    points: list[Any] = []
    rows: list[Any] = []
    cols: list[Any] = []
    weights: list[Any] = []
    slot_row = 0
    started = time.perf_counter()
    for index, slot in enumerate(slots):
        who = np.flatnonzero(columns.eligible(slot.facts)).astype(np.int64)
        totals = columns.scores(slot.facts, who)["total"]
        persons.append(who)
        groups.append(np.full(len(who), index))
        points.append(totals)
        for order in slot.vacancies:  # SciPy: one row per place a run may propose
            for _ in range(proposal_room(order.free, order.pending, 1)):
                keep = totals > 0
                rows.append(np.full(int(keep.sum()), slot_row))
                cols.append(who[keep])
                weights.append(1001 - totals[keep])
                slot_row += 1
    ours = allocate(
        np.concatenate(persons),
        np.concatenate(groups),
        np.concatenate(points),
        np.array([s.capacity(1) for s in slots]),
        len(columns),
    )
    ours_seconds = time.perf_counter() - started
    # A dummy person per opening at weight 1001 (score 0): a full matching of the openings
    # always exists, and leaving an opening empty scores nothing, as in ours.
    n = len(columns)
    dummy_rows = np.arange(slot_row)
    r = np.concatenate([*rows, dummy_rows])
    c = np.concatenate([*cols, n + dummy_rows])
    w = np.concatenate([*weights, np.full(slot_row, 1001)])
    started = time.perf_counter()
    graph = csr_matrix((w.astype(float), (r, c)), shape=(slot_row, n + slot_row))
    _, matched = min_weight_full_bipartite_matching(graph)
    scipy_total = int(sum(1001 - graph[i, j] for i, j in enumerate(matched)))
    scipy_seconds = time.perf_counter() - started
    print(
        f"(c) exactness on {n:,} x {SUBSET_ORDERS:,} ({slot_row:,} openings, {len(w):,} edges): "
        f"ours {ours.total_score:,} in {ours_seconds:.1f} s, "
        f"SciPy {scipy_total:,} in {scipy_seconds:.1f} s, agree: {ours.total_score == scipy_total}"
    )


def main() -> None:
    global APPLICANTS, JOB_ORDERS, SUBSET_PEOPLE, SUBSET_ORDERS
    parser = argparse.ArgumentParser(description="Matching benchmark on a scratch database.")
    parser.add_argument("--applicants", type=int, default=APPLICANTS)
    parser.add_argument("--job-orders", type=int, default=JOB_ORDERS, help="open job orders")
    args = parser.parse_args()
    APPLICANTS, JOB_ORDERS = args.applicants, args.job_orders
    SUBSET_PEOPLE, SUBSET_ORDERS = min(SUBSET_PEOPLE, APPLICANTS), min(SUBSET_ORDERS, JOB_ORDERS)
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'bench' / 'matching.db'}"
    reset(url)
    engine = make_engine(url)
    with Session(engine) as session:
        vacancy_id = build(session)
    engine.dispose()
    bench_ranking(url, vacancy_id)
    bench_exactness(url)
    bench_allocation(url)


if __name__ == "__main__":
    main()
