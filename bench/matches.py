"""A person's matches: the open job orders in memory against the per-pair reference.

    .venv/bin/python bench/matches.py                     # SQLite file bench/matches.db
    .venv/bin/python bench/matches.py --orders 10000
    DATABASE_URL=postgresql://... .venv/bin/python bench/matches.py   # a scratch database!

Seeds N open job orders (600 by default) with the spreads of bench/matching.py, pulled around
with sex, education, experience and certificate requirements so that some are near misses,
and one person with consent and credentials. Then prints, in one run, ms per `rank_matches`
call (what GET /api/v1/applicants/{id}/matches runs) for the worker's in-memory open orders
(after a first call that builds them), every match and near miss built, and for
`rank_matches_per_pair`, which loads the admitting orders and evaluates and scores each pair,
and their ratio; the two answers must be equal. Also the in-memory call building only a first
page, as the route does. The schema is dropped and rebuilt: never point it at a database you need.
"""

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matching import AGE_BANDS, TEMPLATES, chunked_insert, cred, reset  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.db import make_engine  # noqa: E402
from app.models import Applicant, Credential, Mou, Partner, Vacancy  # noqa: E402
from app.services.matching.ranking import rank_matches, rank_matches_per_pair  # noqa: E402

TODAY = date.today()
RNG = np.random.default_rng(2026)
EDUCATION = [None, None, None, "smp", "sma", "smk", "d3"]
CERTIFICATES = [
    [],
    [],
    [],
    [{"type": "training_completion", "field": None}],
    [{"type": "bnsp_competency", "field": "Welding"}],
]


def orders(count: int, agency_id: int, mou_id: int) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    weights = np.array([t[0] for t in TEMPLATES], dtype=float)
    picks = RNG.choice(len(TEMPLATES), size=count, p=weights / weights.sum())
    rows = []
    for n, pick in enumerate(picks):
        _, country, scheme, sector, occupation, isco, language, bars = TEMPLATES[pick]
        bar = bars[RNG.integers(len(bars))]
        low, high = AGE_BANDS[RNG.integers(len(AGE_BANDS))]
        rows.append(
            {
                "agency_id": agency_id,
                "external_id": f"M-{n:05d}",
                "country": country,
                "scheme": scheme,
                "sector": sector,
                "occupation": occupation,
                "isco_code": isco,
                "title": f"{occupation} ({country}) #{n}",
                "openings": int(RNG.integers(1, 20)),
                "filled": 0,
                "contract_months": 24,
                "min_age": low,
                "max_age": high,
                "required_sex": [None, None, "M", "F"][RNG.integers(4)],
                "min_education": EDUCATION[RNG.integers(len(EDUCATION))],
                "language": language,
                "min_language_level": bar if language == "ja" else None,
                "min_language_score": bar if language == "ko" else None,
                "required_certificates": CERTIFICATES[RNG.integers(len(CERTIFICATES))],
                "min_experience_years": [None, None, 1.0, 3.0][RNG.integers(4)],
                "cost_items": [],
                "deadline": TODAY + timedelta(days=int(RNG.integers(30, 180))),
                "mou_id": mou_id if scheme == "kr_e8" and RNG.random() < 0.8 else None,
                "status": "open",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def seed(session: Session, count: int) -> int:
    """The job orders and one person; the person's id."""
    agency = Partner(name="PT Bench Agency", kind="placement_agency", licence_number="SIP3MI M1")
    mou = Mou(title="E-8 seasonal work MoU (bench)", kind="sister_city", stage="active")
    session.add_all([agency, mou])
    session.flush()
    chunked_insert(session, Vacancy, orders(count, agency.id or 0, mou.id or 0))
    now = datetime.now(UTC)
    person = Applicant(
        nik="3673010101980001",
        full_name="Bench person",
        birth_date=TODAY - timedelta(days=int(27.5 * 365.25)),
        sex="M",
        kecamatan_code="367301",
        kelurahan_code="3673011002",
        education_level="smk",
        skills=["welding", "machine operation"],
        experience=[{"occupation": "Welder", "isco_code": "7212", "years": 2.0}],
        preferred_countries=["KR"],
        preferred_sectors=["manufacturing", "welding"],
        status="verified",
        consent_given_at=now,
        consent_version="2026-01",
        created_at=now - timedelta(days=200),
    )
    session.add(person)
    session.flush()
    issued = TODAY - timedelta(days=100)
    credentials = [
        cred(person.id or 0, "language", "eps_topik", issued, score=118),
        cred(person.id or 0, "language", "jlpt", issued, level="N4"),
        cred(person.id or 0, "skill_certificate", "korean_skills_test", issued, field="welding"),
        cred(person.id or 0, "training", "training_completion", issued, field="manufacturing"),
    ]
    chunked_insert(session, Credential, credentials)
    session.commit()
    return person.id or 0


def per_call_ms(call: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=600, help="open job orders to seed")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'bench' / 'matches.db'}"
    reset(url)
    engine = make_engine(url)
    with Session(engine) as session:
        person_id = seed(session, args.orders)
    with Session(engine) as session:
        person = session.get(Applicant, person_id)
        assert person is not None
        started = time.perf_counter()
        fast = rank_matches(session, person, TODAY)
        first = (time.perf_counter() - started) * 1000
        reference = rank_matches_per_pair(session, person, TODAY)
        assert fast == reference, "the two paths disagree"
        matches, misses = fast
        repeat = 200 if args.orders <= 1000 else 20

        def every_item() -> None:
            # Matches are built when read: build them all, as the reference does.
            matches, misses = rank_matches(session, person, TODAY)
            list(matches), list(misses)

        def one_page() -> None:
            matches, misses = rank_matches(session, person, TODAY)
            matches[:20], misses[:10]

        ours = per_call_ms(every_item, repeat)
        page = per_call_ms(one_page, repeat)
        pairs = per_call_ms(lambda: rank_matches_per_pair(session, person, TODAY), 5)
    print(
        f"database: {engine.dialect.name}; {args.orders:,} open job orders; "
        f"{len(matches):,} matches, {len(misses):,} near misses (answers equal)"
    )
    print(
        f"in-memory open orders:  {ours:8.2f} ms per call  (first call, building: {first:.0f} ms)"
    )
    print(f"per-pair reference:     {pairs:8.2f} ms per call")
    print(f"in memory, first page:  {page:8.2f} ms per call  (20 matches, 10 near misses built)")
    print(f"ratio:                  {pairs / ours:8.1f}x")
    engine.dispose()


if __name__ == "__main__":
    main()
