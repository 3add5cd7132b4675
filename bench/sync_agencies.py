"""Job-order sync by several agencies at once, through uvicorn on PostgreSQL.

    DATABASE_URL=postgresql://... .venv/bin/python bench/sync_agencies.py   # a scratch database!
    DATABASE_URL=... .venv/bin/python bench/sync_agencies.py --agencies 2 --orders 5000

Each agency's system upserts its own `--orders` job orders through
`POST /api/v1/vacancies/batch` in batches of 1,000, all agencies at the same time (one thread
and keep-alive connection each) against `uvicorn --workers 2`. Then each sends a batch of
1,000 updates. Prints rows per second over all agencies, each batch's latency, and the
servers' CPU per thousand rows (API workers, PostgreSQL): several writers at once show
whether they queue behind each other. The schema is dropped and rebuilt: never point it at
a database you need.
"""

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from load import cpu_seconds, start_server  # noqa: E402
from sqlmodel import Session  # noqa: E402
from sync import BATCH, SCOPES, job_order, reset  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.db import make_engine  # noqa: E402
from app.core.security import TokenClaims, create_access_token  # noqa: E402
from app.models import Partner, PartnerClient  # noqa: E402


def agency_tokens(url: str, agencies: int) -> list[str]:
    """A partner and a client for each agency, and a token minted for each client."""
    settings = Settings(database_url=url, access_token_minutes=60)
    engine = make_engine(url)
    tokens = []
    with Session(engine) as session:
        for n in range(agencies):
            partner = Partner(
                name=f"PT Bench {n}", kind="placement_agency", licence_number=f"B/{n}"
            )
            session.add(partner)
            session.commit()
            client = PartnerClient(
                client_id=f"pc_bench_{n}",
                secret_hash="!",  # noqa: S106 - never logs in: the bench mints its token
                partner_id=partner.id or 0,
                name=f"bench {n}",
                scopes=SCOPES,
            )
            session.add(client)
            session.commit()
            claims = TokenClaims(f"client:{client.id}", "partner", SCOPES, None, partner.id)
            tokens.append(create_access_token(settings, claims)[0])
    engine.dispose()
    return tokens


def sync(base_url: str, token: str, orders: int, bump: int, latencies: list[float]) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=120) as client:
        for start in range(0, orders, BATCH):
            items = [job_order(n) for n in range(start, min(start + BATCH, orders))]
            for item in items:
                item["openings"] += bump
            began = time.perf_counter()
            answer = client.post("/api/v1/vacancies/batch", json={"items": items})
            latencies.append(time.perf_counter() - began)
            if answer.status_code != 200:
                raise RuntimeError(f"{answer.status_code}: {answer.text[:300]}")


def phase(base_url: str, tokens: list[str], orders: int, bump: int, pid: int, name: str) -> None:
    latencies: list[float] = []
    threads = [
        threading.Thread(target=sync, args=(base_url, token, orders, bump, latencies))
        for token in tokens
    ]
    workers_before, postgres_before = cpu_seconds(pid)
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    workers_after, postgres_after = cpu_seconds(pid)
    rows = orders * len(tokens)
    latencies.sort()
    thousands = rows / 1000
    print(
        f"{name:<8} {rows:,} rows by {len(tokens)} agencies in {wall:.1f} s: "
        f"{rows / wall:,.0f} rows/s; batch latency p50 {latencies[len(latencies) // 2]:.2f} s, "
        f"max {latencies[-1]:.2f} s; CPU per 1,000 rows: API workers "
        f"{(workers_after - workers_before) / thousands:.2f} s, PostgreSQL "
        f"{(postgres_after - postgres_before) / thousands:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--agencies", type=int, default=2)
    parser.add_argument("--orders", type=int, default=5_000, help="job orders per agency")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        sys.exit("set DATABASE_URL to a scratch PostgreSQL database (it is wiped)")
    reset(url)
    tokens = agency_tokens(url, args.agencies)
    env = {"DATABASE_URL": url, "WEBHOOK_WORKER": "false", "LOG_LEVEL": "WARNING"}
    server, base_url = start_server("app.main:create_app", 2, env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base_url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                sys.exit("the API did not start")
            time.sleep(0.2)
        phase(base_url, tokens, args.orders, 0, server.pid, "insert")
        phase(base_url, tokens, args.orders, 1, server.pid, "update")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
