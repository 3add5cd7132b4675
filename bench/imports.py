"""Spreadsheet imports and exports: 50,000 job seekers in, 100,000 rows out.

    .venv/bin/python bench/imports.py                 # SQLite file bench/imports.db
    DATABASE_URL=postgresql://... .venv/bin/python bench/imports.py   # a scratch database!

Builds a CSV of 50,000 distinct, valid job seekers (untimed) and posts it to
`POST /api/v1/applicants/imports` (in-process TestClient, a minted officer token); the file
is past the inline limit, so it runs as a background job, which the test client finishes
before it answers. Then the same file again (every row `unchanged`) and as a dry run. For
comparison it runs the job-order batch sync of `bench/sync.py` (10,000 orders through
`POST /api/v1/vacancies/batch`) on the same database and prints both rates per row. Then it
adds 50,000 more people with a raw insert and exports all 100,000 as CSV and as XLSX,
reading the streamed answer in pieces.

Peak memory: the process's resident set (VmRSS) is sampled every 20 ms during each phase;
each phase prints its peak and the rise over the resident set when it started. The schema
is dropped and rebuilt: never point it at a database you need.
"""

import argparse
import csv
import io
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import sync  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.security import TokenClaims, create_access_token  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import Applicant, Partner, PartnerClient, UserAccount  # noqa: E402
from app.models.base import utcnow  # noqa: E402
from app.reference import KOTA_SERANG  # noqa: E402
from app.services.spreadsheets.columns import COLUMNS  # noqa: E402

ROWS = 50_000
KELURAHAN = sorted((k, kel) for k, (_, kels) in KOTA_SERANG.items() for kel in kels)


def person(n: int) -> dict[str, str]:
    """The n-th distinct person: NIK serials run per birth date, so birth dates cycle."""
    birth = date(1990, 1, 1) + timedelta(days=n % 5000)
    serial = 1 + n // 5000
    female = n % 2 == 1
    kecamatan, kelurahan = KELURAHAN[n % len(KELURAHAN)]
    day = birth.day + (40 if female else 0)
    nik = f"{kecamatan}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    return {
        "nik": nik,
        "nama_lengkap": f"Pencari Kerja {n}",
        "tanggal_lahir": birth.isoformat(),
        "jenis_kelamin": "P" if female else "L",
        "no_hp": f"0812{n:08d}",
        "email": f"p{n}@example.org",
        "kode_kelurahan": kelurahan,
        "alamat": f"Jl. Contoh No. {n}",
        "bukti_domisili": "",
        "pendidikan": ("sma", "smk", "d3", "s1")[n % 4],
        "status_perkawinan": "single",
        "keterampilan": "caregiving; cooking" if female else "welding",
        "pengalaman_kerja": "Caregiver:2:JP" if female else "Welder:1,5::7212",
        "negara_tujuan": "JP; KR",
        "sektor_tujuan": "caregiving" if female else "welding",
        "tanggal_persetujuan": "2026-01-10",
        "versi_persetujuan": "2026-01",
    }


def csv_bytes(rows: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    headers = [column.header for column in COLUMNS]
    writer.writerow(headers)
    for n in range(rows):
        values = person(n)
        writer.writerow([values[h] for h in headers])
    return buffer.getvalue().encode()


def rss_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


@contextmanager
def phase(name: str, rows: int) -> Iterator[None]:
    """Time a phase and sample its resident set; print rows/s and the peak."""
    start_rss, peak = rss_kib(), [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], rss_kib())
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started, cpu = time.perf_counter(), time.process_time()
    yield
    wall, cpu_used = time.perf_counter() - started, time.process_time() - cpu
    stop.set()
    sampler.join()
    top = max(peak[0], rss_kib())
    print(
        f"{name:34s} {rows / wall:9,.0f} rows/s  {wall:7.2f} s  cpu {cpu_used:6.2f} s  "
        f"peak RSS {top / 1024:6.0f} MiB (+{(top - start_rss) / 1024:.0f})"
    )


def officer_client(app: Any) -> TestClient:
    with Session(app.state.engine) as session:
        account = UserAccount(
            email="bench.officer@example.org",
            full_name="Bench Officer",
            password_hash="!",  # noqa: S106 - never logs in: the bench mints its token
            role="officer",
        )
        session.add(account)
        session.commit()
        claims = TokenClaims(f"user:{account.id}", "officer")
    token, _ = create_access_token(app.state.settings, claims)
    return TestClient(app, headers={"Authorization": f"Bearer {token}"})


def agency_client(app: Any) -> TestClient:
    """The batch sync's caller, as `bench/sync.py` sets it up."""
    with Session(app.state.engine) as session:
        partner = Partner(name="PT Bench Asia", kind="placement_agency", licence_number="B/1")
        session.add(partner)
        session.commit()
        row = PartnerClient(
            client_id="pc_bench",
            secret_hash="!",  # noqa: S106 - never logs in: the bench mints its token
            partner_id=partner.id or 0,
            name="bench",
            scopes=sync.SCOPES,
        )
        session.add(row)
        session.commit()
        claims = TokenClaims(f"client:{row.id}", "partner", sync.SCOPES, None, partner.id)
    token, _ = create_access_token(app.state.settings, claims)
    return TestClient(app, headers={"Authorization": f"Bearer {token}"})


def post_import(client: TestClient, content: bytes, dry_run: bool, expect: str) -> None:
    response = client.post(
        f"/api/v1/applicants/imports?dry_run={str(dry_run).lower()}",
        files={"file": ("bench.csv", content, "text/csv")},
    )
    assert response.status_code == 202, response.text
    report = client.get(f"{response.headers['Location']}?problems_only=true").json()
    assert report["status"] == "completed", report
    assert report["counts"][expect] == report["total_rows"], report["counts"]


def add_raw_people(engine: Any, start: int, rows: int) -> None:
    """People past the imported ones, inserted directly: the export only has to read them."""
    now = utcnow()
    with Session(engine) as session:
        for first in range(start, start + rows, 5_000):
            batch = []
            for n in range(first, min(first + 5_000, start + rows)):
                p = person(n)
                batch.append(
                    {
                        "nik": p["nik"],
                        "full_name": p["nama_lengkap"],
                        "birth_date": date.fromisoformat(p["tanggal_lahir"]),
                        "sex": "F" if p["jenis_kelamin"] == "P" else "M",
                        "kecamatan_code": p["nik"][:6],
                        "kelurahan_code": p["kode_kelurahan"],
                        "education_level": p["pendidikan"],
                        "skills": [],
                        "experience": [],
                        "preferred_countries": [],
                        "preferred_sectors": [],
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            session.execute(insert(Applicant), batch)
        session.commit()


def read_export(client: TestClient, file_format: str) -> Callable[[], int]:
    def run() -> int:
        size = 0
        url = f"/api/v1/exports/applicants?format={file_format}"
        with client.stream("GET", url) as response:
            assert response.status_code == 200, response.read()
            for chunk in response.iter_bytes():
                size += len(chunk)
        return size

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    args = parser.parse_args()
    rows: int = args.rows
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'bench' / 'imports.db'}"
    sync.reset(url)
    settings = Settings(
        database_url=url, webhook_worker=False, expiry_sweep=False, import_max_rows=rows
    )
    app = create_app(settings)
    engine = app.state.engine
    content = csv_bytes(rows)
    print(f"database: {engine.dialect.name}; {rows:,} rows, {len(content) / 1e6:.1f} MB of CSV")
    with officer_client(app) as officer:
        with phase("import (all created)", rows):
            post_import(officer, content, False, "created")
        with phase("import again (all unchanged)", rows):
            post_import(officer, content, False, "unchanged")
        with phase("dry run (all unchanged)", rows):
            post_import(officer, content, True, "unchanged")
        with agency_client(app) as agency:
            # E-9 orders are government to government, refused from a private agency:
            # the other shapes of bench/sync.py's orders.
            shapes = (sync.job_order(n) for n in range(2 * sync.ORDERS))
            orders = [o for o in shapes if o["scheme"] != "kr_eps_e9"][: sync.ORDERS]
            with phase("batch sync of job orders (create)", sync.ORDERS):
                sync.through_api(agency, orders, "created")
        add_raw_people(engine, rows, rows)
        total = 2 * rows
        for file_format in ("csv", "xlsx"):
            reader = read_export(officer, file_format)
            with phase(f"export {total:,} applicants ({file_format})", total):
                size = reader()
            print(f"{'':34s} {size / 1e6:9.1f} MB")
    engine.dispose()


if __name__ == "__main__":
    main()
