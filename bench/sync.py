"""Job-order sync: batch upsert through the API against a raw bulk insert of the same rows.

    .venv/bin/python bench/sync.py                 # SQLite file bench/sync.db
    DATABASE_URL=postgresql://... .venv/bin/python bench/sync.py   # a scratch database!

Upserts 10,000 job orders of one agency through `POST /api/v1/vacancies/batch` (in-process
TestClient, a minted agency-client token) in batches of 1,000, then empties the vacancy table
and inserts the same rows with one SQLAlchemy Core multi-row INSERT per 1,000. Prints rows per
second of each and their ratio; then the replay of the same batches (all `unchanged`) and a
batch of updates. The API path does everything the raw insert does not: JSON in and out,
validation, every job-order rule, audit and change-log rows. The schema is dropped and
rebuilt: never point it at a database you need.
"""

import os
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import delete, insert, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.db import make_engine  # noqa: E402
from app.core.security import TokenClaims, create_access_token  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import AuditEntry, ChangeLog, Partner, PartnerClient, Vacancy  # noqa: E402
from app.models.base import utcnow  # noqa: E402
from app.models.vacancy import VacancyCreate  # noqa: E402
from app.services.vacancies.checks import new_vacancy  # noqa: E402

ORDERS, BATCH = 10_000, 1_000
SCOPES = ["vacancies:read", "vacancies:write"]
SHAPES = [
    # E-9 is government to government: a private agency's sync would be refused
    # (scheme_government_only), so its Korean manufacturing shape is an E-7 order here.
    ("KR", "kr_e7", "manufacturing", "Machine operator", "8189", "KRW", "ko"),
    ("JP", "jp_ssw", "caregiving", "Care worker", "5322", "JPY", "ja"),
    ("TW", "private", "manufacturing", "Factory operator", "8189", "TWD", None),
    ("KR", "kr_e7", "welding", "Welder", "7212", "KRW", "ko"),
]


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


def job_order(n: int) -> dict[str, Any]:
    country, scheme, sector, occupation, isco, currency, language = SHAPES[n % len(SHAPES)]
    item: dict[str, Any] = {
        "external_id": f"JO-{n:06d}",
        "country": country,
        "scheme": scheme,
        "sector": sector,
        "occupation": occupation,
        "isco_code": isco,
        "title": f"{occupation} #{n}",
        "openings": 1 + n % 40,
        "salary_min": 1_000_000 + n,
        "salary_max": 2_000_000 + n,
        "currency": currency,
        "min_age": 20,
        "max_age": 39,
        "language": language,
        "cost_items": [{"item": "visa", "amount": 1_500_000, "payer": "employer"}],
        "deadline": (date.today() + timedelta(days=30 + n % 300)).isoformat(),
    }
    if language == "ko":
        item["min_language_score"] = 80 + n % 60
    elif language == "ja":
        item["min_language_level"] = "N4"
    return item


def setup(url: str) -> tuple[TestClient, Any, int]:
    # The start-up freeze as the Dockerfile runs it (the TestClient's `with` starts the app).
    app = create_app(Settings(database_url=url, gc_freeze_at_startup=True))
    engine = app.state.engine
    with Session(engine) as session:
        partner = Partner(name="PT Bench Asia", kind="placement_agency", licence_number="B/1")
        session.add(partner)
        session.commit()
        row = PartnerClient(
            client_id="pc_bench",
            secret_hash="!",  # noqa: S106 - never logs in: the bench mints its token
            partner_id=partner.id or 0,
            name="bench",
            scopes=SCOPES,
        )
        session.add(row)
        session.commit()
        claims = TokenClaims(f"client:{row.id}", "partner", SCOPES, None, partner.id)
        partner_id = partner.id or 0
    token, _ = create_access_token(app.state.settings, claims)
    return TestClient(app, headers={"Authorization": f"Bearer {token}"}), engine, partner_id


Timing = tuple[float, float]  # wall seconds, CPU seconds of this process (all its threads)


def through_api(client: TestClient, items: list[dict[str, Any]], expect: str) -> Timing:
    """The batches go as JSON text made beforehand (untimed), as the raw insert's rows are:
    the client and the server share this process, and encoding the request is the agency's
    work, not ours. Decoding the answer is left in, to check every item's result."""
    bodies = [
        orjson.dumps({"items": items[start : start + BATCH]})
        for start in range(0, len(items), BATCH)
    ]
    headers = {"Content-Type": "application/json"}
    started, cpu = time.perf_counter(), time.process_time()
    for body in bodies:
        response = client.post("/api/v1/vacancies/batch", content=body, headers=headers)
        assert response.status_code == 200, response.text
        results = {r["result"] for r in orjson.loads(response.content)["items"]}
        assert results == {expect}, response.json()["items"][:3]
    return time.perf_counter() - started, time.process_time() - cpu


def raw_insert(engine: Any, partner_id: int, items: list[dict[str, Any]]) -> Timing:
    """The floor: the same rows, built beforehand (untimed), inserted with nothing else."""
    with engine.begin() as connection:
        for table in (AuditEntry, ChangeLog, Vacancy):
            connection.execute(delete(table))
    now = utcnow()
    rows = []
    for item in items:
        vacancy = new_vacancy(VacancyCreate.model_validate({**item, "agency_id": partner_id}))
        rows.append({**vacancy.model_dump(exclude={"id"}), "created_at": now, "updated_at": now})
    started, cpu = time.perf_counter(), time.process_time()
    with engine.begin() as connection:
        for start in range(0, len(rows), BATCH):
            connection.execute(insert(Vacancy), rows[start : start + BATCH])
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'bench' / 'sync.db'}"
    reset(url)
    client, engine, partner_id = setup(url)
    items = [job_order(n) for n in range(ORDERS)]
    with client:
        api = through_api(client, items, "created")
        replay = through_api(client, items, "unchanged")
        for item in items[:BATCH]:
            item["openings"] += 1
        update = through_api(client, items[:BATCH], "updated")
    raw = raw_insert(engine, partner_id, items)
    (api_wall, api_cpu), (raw_wall, raw_cpu) = api, raw
    api_rate, raw_rate = ORDERS / api_wall, ORDERS / raw_wall
    print(f"database: {engine.dialect.name}; {ORDERS:,} job orders in batches of {BATCH:,}")
    print(f"API batch upsert (create): {api_rate:10,.0f} rows/s  ({api_wall:.2f} s)")
    print(f"raw Core bulk insert:      {raw_rate:10,.0f} rows/s  ({raw_wall:.2f} s)")
    print(f"ratio API / raw:           {api_rate / raw_rate:10.2f}")
    # On a shared machine the wall clock also counts time spent waiting for a core; the
    # CPU seconds of this process are steadier.
    cpu_ratio = raw_cpu / api_cpu
    print(f"CPU s API / raw:           {api_cpu:10.2f} / {raw_cpu:.2f}  (ratio {cpu_ratio:.2f})")
    print(f"API replay (unchanged):    {ORDERS / replay[0]:10,.0f} rows/s")
    print(f"API update (1,000 rows):   {BATCH / update[0]:10,.0f} rows/s")
    engine.dispose()


if __name__ == "__main__":
    main()
