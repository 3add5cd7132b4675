"""Mixed load against several uvicorn workers, and the list route against a bare endpoint.

    DATABASE_URL=postgresql://... .venv/bin/python bench/load.py      # a scratch database!
    DATABASE_URL=postgresql://... .venv/bin/python bench/load.py --seconds 20 --workers 2

Rebuilds the schema and seeds a city: 3,000 applicants with accounts and credentials, 10
agencies with their clients and 600 job orders, 3 officers and 2,000 applications at
`matched`. Starts the API (`uvicorn app.main:create_app --factory --workers N`) and a bare
FastAPI app with one route that returns a constant 20-item list (same worker count), both on
127.0.0.1, then drives them from this process (asyncio over keep-alive connections; tokens
minted, no logins):
  (a) closed loop, the same concurrency and duration for each: `GET /api/v1/vacancies?limit=20`
      by applicants and the bare route; requests per second and their ratio;
  (b) open loop at a fixed rate (200 requests per second by default) for `--seconds` (60) and
      at most `--max-requests`, after `--warmup-seconds` (20) of the same load not counted:
      applicants read vacancies, their profile and their matches; agencies sync batches of
      their job orders (with an Idempotency-Key); officers move applications one stage on.
      Per operation: requests per second, p50/p95/p99 latency (from the moment the request
      was due, so a late client counts against us) and errors (any status other than the
      expected one, or no answer); then the servers' CPU per request.
The schema is dropped and rebuilt: never point it at a database you need. PostgreSQL only:
several workers against one SQLite file measure SQLite's write lock, not the API.
"""

import argparse
import asyncio
import contextlib
import gc
import os
import random
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httptools
import orjson
import uvloop

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi import FastAPI  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.db import make_engine  # noqa: E402
from app.core.security import TokenClaims, create_access_token  # noqa: E402
from app.models import (  # noqa: E402
    Applicant,
    Application,
    ApplicationStageChange,
    Credential,
    Partner,
    PartnerClient,
    UserAccount,
    Vacancy,
)
from app.models.vacancy import VacancyCreate  # noqa: E402
from app.services.vacancies.checks import new_vacancy  # noqa: E402

APPLICANTS, AGENCIES, ORDERS_PER_AGENCY, OFFICERS, APPLICATIONS = 3_000, 10, 60, 3, 2_000
BATCH_ITEMS = 20
# Fixed bench keys (this scratch setup only): tokens are minted with the same JWT_KEYS.
JWT_KEYS = "bench:load-bench-secret-0123456789abcdef-not-for-use"
ENCRYPTION_KEYS = "bench:YmVuY2gtb25seS1lbmNyeXB0aW9uLWtleS0wMTIzNDU="
AGENCY_SCOPES = ["vacancies:read", "vacancies:write"]
TODAY = date.today()
KECAMATAN = ["367301", "367302", "367303", "367304", "367305", "367306"]
EDUCATION = ["smp", "sma", "smk", "d3", "s1"]
# country, scheme, sector, occupation, ISCO, currency, language
SHAPES = [
    ("KR", "kr_eps_e9", "manufacturing", "Machine operator", "8189", "KRW", "ko"),
    ("JP", "jp_ssw", "caregiving", "Care worker", "5322", "JPY", "ja"),
    ("TW", "private", "manufacturing", "Factory operator", "8189", "TWD", None),
    ("KR", "kr_e7", "welding", "Welder", "7212", "KRW", "ko"),
    ("JP", "jp_ssw", "food_service", "Restaurant worker", "5120", "JPY", "ja"),
]
# The mix of the open-loop phase: operation and its weight in 100 requests.
MIX = {"vacancies": 40, "profile": 25, "matches": 15, "transition": 12, "batch_sync": 8}


# ---------------------------------------------------------------- the city


def reset(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url},
        check=True,
        capture_output=True,
    )


def analyse(url: str) -> None:
    """Statistics for the planner, as a database in use has them: right after a bulk load
    it has none, and autovacuum would gather them in the middle of the run."""
    engine = make_engine(url).execution_options(isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("VACUUM ANALYZE"))
    engine.dispose()


def job_order(agency: int, n: int, openings: int = 0) -> dict[str, Any]:
    country, scheme, sector, occupation, isco, currency, language = SHAPES[n % len(SHAPES)]
    item: dict[str, Any] = {
        "external_id": f"A{agency}-{n:04d}",
        "country": country,
        "scheme": scheme,
        "sector": sector,
        "occupation": occupation,
        "isco_code": isco,
        "title": f"{occupation} #{agency}-{n}",
        "openings": openings or 5 + n % 30,
        "salary_min": 1_000_000 + n,
        "salary_max": 2_000_000 + n,
        "currency": currency,
        "min_age": 18 + n % 3,
        "max_age": 39,
        "language": language,
        "cost_items": [{"item": "visa", "amount": 1_500_000, "payer": "employer"}],
        "deadline": (TODAY + timedelta(days=60 + n % 200)).isoformat(),
    }
    if language == "ko":
        item["min_language_score"] = 80 + n % 40
    elif language == "ja":
        item["min_language_level"] = "N4"
    return item


@dataclass
class City:
    applicants: list[tuple[int, int]]  # (applicant id, user id)
    officers: list[int]  # user ids
    agencies: list[tuple[int, int]]  # (partner id, client row id)
    applications: list[int]


def rows(session: Session, model: Any, values: list[dict[str, Any]]) -> None:
    for start in range(0, len(values), 2_000):
        session.execute(insert(model), values[start : start + 2_000])


def seed(url: str) -> City:
    rng = random.Random(2026)
    now = datetime.now(UTC)
    engine = make_engine(url)
    with Session(engine) as session:
        partners = [
            Partner(name=f"PT Load Agency {i}", kind="placement_agency", licence_number=f"L/{i}")
            for i in range(AGENCIES)
        ]
        session.add_all(partners)
        session.flush()
        clients = [
            PartnerClient(
                client_id=f"pc_load_{p.id}",
                secret_hash="!",  # noqa: S106 - never logs in: tokens are minted
                partner_id=p.id or 0,
                name="load",
                scopes=AGENCY_SCOPES,
            )
            for p in partners
        ]
        session.add_all(clients)
        orders = []
        for a, partner in enumerate(partners):
            for n in range(ORDERS_PER_AGENCY):
                payload = VacancyCreate.model_validate({**job_order(a, n), "agency_id": partner.id})
                values = new_vacancy(payload).model_dump(exclude={"id"})
                orders.append({**values, "created_at": now, "updated_at": now})
        rows(session, Vacancy, orders)
        people, credentials, accounts = [], [], []
        for n in range(1, APPLICANTS + 1):
            sex = "M" if rng.random() < 0.62 else "F"
            country = "KR" if rng.random() < 0.6 else "JP"
            people.append(
                {
                    "id": n,
                    "nik": f"{3673000000000000 + n}",
                    "full_name": f"Load person {n}",
                    "birth_date": TODAY - timedelta(days=rng.randint(19 * 365, 38 * 365)),
                    "sex": sex,
                    "phone": f"+62812{n:08d}",
                    "kecamatan_code": KECAMATAN[n % 6],
                    "kelurahan_code": f"{KECAMATAN[n % 6]}1001",
                    "education_level": EDUCATION[n % len(EDUCATION)],
                    "skills": ["machine operation"],
                    "experience": [],
                    "preferred_countries": [country],
                    "preferred_sectors": ["manufacturing"],
                    "status": "verified",
                    "consent_given_at": now,
                    "consent_version": "2026-01",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            credential: dict[str, Any] = {
                "applicant_id": n,
                "kind": "language",
                "issuer": "Load issuer",
                "issued_on": TODAY - timedelta(days=rng.randint(10, 600)),
                "verification": "verified",
                "level": None,
                "score": None,
                "created_at": now,
                "updated_at": now,
            }
            if country == "KR":
                credential |= {"type": "eps_topik", "score": rng.randint(80, 190)}
            else:
                credential |= {"type": "jlpt", "level": rng.choice(["N5", "N4", "N3"])}
            credentials.append(credential)
            accounts.append(
                {
                    "email": f"load{n}@people.example",
                    "full_name": f"Load person {n}",
                    "password_hash": "!",
                    "role": "applicant",
                    "applicant_id": n,
                    "is_active": True,
                    "created_at": now,
                }
            )
        rows(session, Applicant, people)
        rows(session, Credential, credentials)
        rows(session, UserAccount, accounts)
        session.execute(text("SELECT setval('applicant_id_seq', :n)"), {"n": APPLICANTS})
        for i in range(OFFICERS):
            session.add(
                UserAccount(
                    email=f"officer{i}@load.example",
                    full_name=f"Officer {i}",
                    password_hash="!",  # noqa: S106
                    role="officer",
                )
            )
        session.commit()
        vacancy_ids = [int(v) for v in session.execute(text("SELECT id FROM vacancy")).scalars()]
        rows(
            session,
            Application,
            [
                {
                    "applicant_id": n,
                    "vacancy_id": vacancy_ids[n % len(vacancy_ids)],
                    "stage": "matched",
                    "source": "officer",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for n in range(1, APPLICATIONS + 1)
            ],
        )
        application_ids = [
            int(a) for a in session.execute(text("SELECT id FROM application")).scalars()
        ]
        rows(
            session,
            ApplicationStageChange,
            [
                {"application_id": i, "to_stage": "matched", "actor": "load", "at": now}
                for i in application_ids
            ],
        )
        session.commit()
        users = session.execute(text("SELECT id, applicant_id, role FROM user_account")).all()
        city = City(
            applicants=[(int(u.applicant_id), int(u.id)) for u in users if u.role == "applicant"],
            officers=[int(u.id) for u in users if u.role == "officer"],
            agencies=[(p.id or 0, c.id or 0) for p, c in zip(partners, clients, strict=True)],
            applications=application_ids,
        )
    engine.dispose()
    return city


# ---------------------------------------------------------------- the client


class Reply:
    def __init__(self, status: int, body: bytes) -> None:
        self.status_code = status
        self.body = body

    @property
    def text(self) -> str:
        return self.body.decode(errors="replace")


class _Parsed:
    """httptools callbacks: the body of one response and whether it is complete."""

    def __init__(self) -> None:
        self.body = bytearray()
        self.complete = False

    def on_body(self, body: bytes) -> None:
        self.body += body

    def on_message_complete(self) -> None:
        self.complete = True


class Pool:
    """Keep-alive HTTP/1.1 connections to one server, at most `size` at a time.

    A client of a few dozen lines rather than httpx: on this machine httpx spends 2 to 5 ms
    of CPU per request, more than the routes it would measure, and the client shares the
    cores with the servers."""

    def __init__(self, base: str, size: int, timeout: float = 10.0) -> None:
        host, _, port = base.removeprefix("http://").partition(":")
        self.host, self.port, self.timeout = host, int(port), timeout
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.slots = asyncio.Semaphore(size)

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> Reply:
        async with self.slots:
            connection = self.idle.pop() if self.idle else None
            if connection is None:
                connection = await asyncio.open_connection(self.host, self.port)
            try:
                reply, keep = await asyncio.wait_for(
                    self._exchange(connection, method, path, headers, body), self.timeout
                )
            except BaseException:
                connection[1].close()
                raise
            if keep:
                self.idle.append(connection)
            else:
                connection[1].close()
            return reply

    async def _exchange(
        self,
        connection: tuple[asyncio.StreamReader, asyncio.StreamWriter],
        method: str,
        path: str,
        headers: dict[str, str],
        body: bytes,
    ) -> tuple[Reply, bool]:
        reader, writer = connection
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if body or method == "POST":
            lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        parsed = _Parsed()
        parser = httptools.HttpResponseParser(parsed)
        while not parsed.complete:
            data = await reader.read(65536)
            if not data:
                raise ConnectionError("the server closed the connection")
            parser.feed_data(data)
        return Reply(parser.get_status_code(), bytes(parsed.body)), parser.should_keep_alive()

    async def get(self, path: str, headers: dict[str, str]) -> Reply:
        return await self.request("GET", path, headers)

    async def post(self, path: str, payload: Any, headers: dict[str, str]) -> Reply:
        return await self.request("POST", path, headers, orjson.dumps(payload))

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


TRANSPORT_ERRORS = (OSError, TimeoutError, httptools.HttpParserError)


# ---------------------------------------------------------------- the servers


def bare_app() -> FastAPI:
    """The floor: FastAPI and uvicorn with nothing behind them, the same page size."""
    app = FastAPI()
    items = [
        {"id": n, "title": f"Machine operator #{n}", "country": "KR", "openings": 5}
        for n in range(20)
    ]

    @app.get("/items")
    def list_items() -> dict[str, Any]:
        return {"items": items, "next_cursor": "MjA"}

    return app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    target: str, workers: int, env: dict[str, str]
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        target,
        "--factory",
        "--workers",
        str(workers),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    # Its own process group, so that the workers go with it even when one hangs.
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, start_new_session=True)
    return process, f"http://127.0.0.1:{port}"


def cpu_seconds(parent: int) -> tuple[float, float]:
    """CPU seconds used so far by the children of `parent` (the uvicorn workers) and by every
    PostgreSQL process of this machine, from /proc (Linux): what the servers cost per
    request, which the machine's other tenants do not change as much as they do latency."""
    tick = os.sysconf("SC_CLK_TCK")
    workers = postgres = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        used = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        if int(fields[1]) == parent:
            workers += used
        elif name.startswith("postgres"):
            postgres += used
    return workers, postgres


async def wait_ready(pool: Pool, path: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if (await pool.get(path, {})).status_code < 500:
                return
        except TRANSPORT_ERRORS:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError(f"{pool.host}:{pool.port}{path} did not come up")


# ---------------------------------------------------------------- the load


@dataclass
class Tally:
    sent: int = 0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    first_error: str = ""


class Load:
    """The callers (tokens minted once) and what each operation sends."""

    def __init__(self, city: City, settings: Settings) -> None:
        self.rng = random.Random(7)

        def bearer(claims: TokenClaims) -> dict[str, str]:
            return {"Authorization": f"Bearer {create_access_token(settings, claims)[0]}"}

        self.people = [
            (applicant_id, bearer(TokenClaims(f"user:{user_id}", "applicant")))
            for applicant_id, user_id in city.applicants
        ]
        self.officers = [bearer(TokenClaims(f"user:{u}", "officer")) for u in city.officers]
        self.agencies = [
            (bearer(TokenClaims(f"client:{c}", "partner", AGENCY_SCOPES, None, p)), a)
            for a, (p, c) in enumerate(city.agencies)
        ]
        self.slices = [0] * len(city.agencies)
        # Each application is moved by one request at a time: matched -> shortlisted ->
        # interviewed; it goes back in the queue once its move is answered.
        self.moves: deque[tuple[int, str]] = deque((i, "shortlisted") for i in city.applications)
        self.syncs = 0

    def person(self) -> tuple[int, dict[str, str]]:
        return self.people[self.rng.randrange(len(self.people))]

    async def vacancies(self, client: Pool) -> Reply:
        _, headers = self.person()
        return await client.get("/api/v1/vacancies?limit=20", headers)

    async def profile(self, client: Pool) -> Reply:
        applicant_id, headers = self.person()
        return await client.get(f"/api/v1/applicants/{applicant_id}", headers)

    async def matches(self, client: Pool) -> Reply:
        applicant_id, headers = self.person()
        path = f"/api/v1/applicants/{applicant_id}/matches?limit=20"
        return await client.get(path, headers)

    async def batch_sync(self, client: Pool) -> Reply:
        """An agency re-sends a slice of its orders, openings changed: 20 updates."""
        headers, agency = self.agencies[self.syncs % len(self.agencies)]
        start = self.slices[agency]
        self.slices[agency] = (start + BATCH_ITEMS) % ORDERS_PER_AGENCY
        self.syncs += 1
        items = [
            job_order(agency, n, openings=10 + self.syncs % 20)
            for n in range(start, start + BATCH_ITEMS)
        ]
        return await client.post(
            "/api/v1/vacancies/batch",
            {"items": items},
            {**headers, "Idempotency-Key": str(uuid.uuid4())},
        )

    async def transition(self, client: Pool) -> Reply:
        application_id, stage = self.moves.popleft()
        headers = self.officers[application_id % len(self.officers)]
        response = await client.post(
            f"/api/v1/applications/{application_id}/transitions", {"to_stage": stage}, headers
        )
        if response.status_code == 200 and stage == "shortlisted":
            self.moves.append((application_id, "interviewed"))
        return response


Operation = Callable[[Pool], Awaitable[Reply]]


async def timed(operation: Operation, client: Pool, tally: Tally, due: float) -> None:
    try:
        response = await operation(client)
        ok = response.status_code == 200
        reason = f"{response.status_code} {response.text[:200]}"
    except TRANSPORT_ERRORS as error:
        ok, reason = False, f"{type(error).__name__}: {error}"
    tally.latencies.append(time.perf_counter() - due)
    if not ok:
        tally.errors += 1
        tally.first_error = tally.first_error or reason


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


async def closed_loop(
    get: Callable[[], Awaitable[Reply]], seconds: float, concurrency: int
) -> tuple[int, int, float]:
    """Requests answered, errors and seconds, `concurrency` callers each sending again as
    soon as answered."""
    done, errors = 0, 0
    deadline = time.perf_counter() + seconds

    async def caller() -> None:
        nonlocal done, errors
        while time.perf_counter() < deadline:
            try:
                ok = (await get()).status_code == 200
            except TRANSPORT_ERRORS:
                ok = False
            done += 1
            errors += not ok

    started = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(concurrency)))
    return done, errors, time.perf_counter() - started


async def open_loop(
    client: Pool, load: Load, rate: float, seconds: float, max_requests: int, mix: dict[str, int]
) -> tuple[dict[str, Tally], float, float]:
    operations: dict[str, Operation] = {
        "vacancies": load.vacancies,
        "profile": load.profile,
        "matches": load.matches,
        "batch_sync": load.batch_sync,
        "transition": load.transition,
    }
    names = list(mix)
    weights = [mix[n] for n in names]
    tallies = {n: Tally() for n in MIX}
    rng = random.Random(11)
    total = min(max_requests, int(rate * seconds))
    tasks: set[asyncio.Task[None]] = set()
    started = time.perf_counter()
    worst_lag = 0.0
    for i in range(total):
        due = started + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        worst_lag = max(worst_lag, -delay)
        name = rng.choices(names, weights)[0]
        if name == "transition" and not load.moves:
            name = "profile"
        tallies[name].sent += 1
        task = asyncio.create_task(timed(operations[name], client, tallies[name], due))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    sent = time.perf_counter() - started
    if tasks:
        await asyncio.wait(tasks, timeout=15)
    for task in list(tasks):
        task.cancel()
    for tally in tallies.values():  # still unanswered: errors
        missing = tally.sent - len(tally.latencies)
        tally.errors += missing
        if missing and not tally.first_error:
            tally.first_error = f"{missing} unanswered when the run ended"
    return tallies, sent, worst_lag


# ---------------------------------------------------------------- the run


async def drive(
    args: argparse.Namespace,
    city: City,
    settings: Settings,
    api_url: str,
    bare_url: str,
    api_pid: int,
) -> None:
    api, bare = Pool(api_url, args.connections), Pool(bare_url, args.connections)
    await wait_ready(api, "/healthz")
    await wait_ready(bare, "/items")
    load = Load(city, settings)
    _, headers = load.people[0]
    # The client's own garbage collector stays out of the measurement: a full collection of
    # its heap (3,000 callers' tokens, every latency so far) stopped its event loop for up
    # to 265 ms, and every request due or in flight meanwhile was counted that much slower.
    # What exists now is set aside for good; what the phases leave is collected after them.
    gc.collect()
    gc.freeze()
    gc.disable()

    async def ours() -> Reply:
        return await api.get("/api/v1/vacancies?limit=20", headers)

    async def floor() -> Reply:
        return await bare.get("/items", headers)

    # Warm both (connections, each worker's first requests), then alternate short rounds so
    # that a burst from the machine's other tenants falls on both sides alike.
    await closed_loop(ours, 2, args.concurrency)
    await closed_loop(floor, 2, args.concurrency)
    rounds = 5
    ours_done = floor_done = ours_errors = floor_errors = 0
    ours_time = floor_time = 0.0
    for _ in range(rounds):
        done, errors, seconds = await closed_loop(
            ours, args.ratio_seconds / rounds, args.concurrency
        )
        ours_done, ours_errors, ours_time = (
            ours_done + done,
            ours_errors + errors,
            ours_time + seconds,
        )
        done, errors, seconds = await closed_loop(
            floor, args.ratio_seconds / rounds, args.concurrency
        )
        floor_done, floor_errors, floor_time = (
            floor_done + done,
            floor_errors + errors,
            floor_time + seconds,
        )
    ours_rate, floor_rate = ours_done / ours_time, floor_done / floor_time
    print(
        f"(a) closed loop, {args.concurrency} callers, {args.ratio_seconds:.0f} s each:\n"
        f"    GET /api/v1/vacancies?limit=20 {ours_rate:8.0f} req/s ({ours_errors} errors)\n"
        f"    bare FastAPI 20-item list      {floor_rate:8.0f} req/s ({floor_errors} errors)\n"
        f"    ratio                          {ours_rate / floor_rate:8.2f}"
    )
    bare.close()
    mix = {name: MIX[name] for name in args.only} if args.only else MIX
    if args.warmup_seconds:
        # Each worker's first minute: its pool's connections opened (and PostgreSQL's
        # backends behind them), every caller's token checked once, the copies filled.
        warm, warm_sent, _ = await open_loop(
            api, load, args.rate, args.warmup_seconds, args.max_requests, mix
        )
        latencies = [x for tally in warm.values() for x in tally.latencies]
        print(
            f"(b) warm-up at {args.rate:.0f} req/s for {warm_sent:.1f} s, not counted below: "
            f"p50 {percentile(latencies, 50) * 1000:.1f} ms, "
            f"p99 {percentile(latencies, 99) * 1000:.1f} ms, "
            f"{sum(t.errors for t in warm.values())} errors"
        )
    cpu_before = cpu_seconds(api_pid)
    tallies, sent, lag = await open_loop(api, load, args.rate, args.seconds, args.max_requests, mix)
    cpu_after = cpu_seconds(api_pid)
    gc.enable()
    workers_cpu, postgres_cpu = (b - a for a, b in zip(cpu_before, cpu_after, strict=True))
    api.close()
    count = sum(t.sent for t in tallies.values())
    errors = sum(t.errors for t in tallies.values())
    print(
        f"(b) open loop at {args.rate:.0f} req/s for {sent:.1f} s: {count:,} requests, "
        f"{errors} errors; the client's worst lag behind schedule {lag * 1000:.0f} ms"
    )
    print(f"    {'operation':<12}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    everything: list[float] = []
    for name, tally in tallies.items():
        if not tally.sent:
            continue
        everything += tally.latencies
        ms = [percentile(tally.latencies, p) * 1000 for p in (50, 95, 99)]
        print(
            f"    {name:<12}{tally.sent / sent:8.1f}"
            f"{ms[0]:9.1f}{ms[1]:9.1f}{ms[2]:9.1f}{tally.errors:8d}"
        )
        if tally.first_error:
            print(f"      first error: {tally.first_error}")
    ms = [percentile(everything, p) * 1000 for p in (50, 95, 99)]
    print(f"    {'all':<12}{count / sent:8.1f}{ms[0]:9.1f}{ms[1]:9.1f}{ms[2]:9.1f}{errors:8d}")
    print(
        f"    CPU during (b): API workers {workers_cpu:.1f} s ({workers_cpu / count * 1000:.2f} ms"
        f" per request), PostgreSQL {postgres_cpu:.1f} s ({postgres_cpu / count * 1000:.2f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=60.0, help="open-loop phase length")
    parser.add_argument("--rate", type=float, default=200.0, help="open-loop requests per second")
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument(
        "--warmup-seconds", type=float, default=20.0, help="open loop before (b), not counted"
    )
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers of each server")
    parser.add_argument("--ratio-seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=16, help="closed-loop callers")
    parser.add_argument("--connections", type=int, default=256)
    parser.add_argument(
        "--only", nargs="+", choices=list(MIX), help="these operations alone, in the mix's ratio"
    )
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        sys.exit("set DATABASE_URL to a scratch PostgreSQL database (it is wiped)")
    reset(url)
    started = time.perf_counter()
    city = seed(url)
    analyse(url)
    seconds = time.perf_counter() - started
    print(
        f"seeded {APPLICANTS:,} applicants, {AGENCIES * ORDERS_PER_AGENCY:,} job orders of "
        f"{AGENCIES} agencies, {APPLICATIONS:,} applications in {seconds:.1f} s"
    )
    settings = Settings(
        database_url=url,
        jwt_keys=JWT_KEYS,
        encryption_keys=ENCRYPTION_KEYS,
        access_token_minutes=60,
    )
    env = {
        "DATABASE_URL": url,
        "JWT_KEYS": JWT_KEYS,
        "ENCRYPTION_KEYS": ENCRYPTION_KEYS,
        "ACCESS_TOKEN_MINUTES": "60",
        "WEBHOOK_WORKER": "false",
        "LOG_LEVEL": "WARNING",
        "GC_FREEZE_AT_STARTUP": "true",  # as the Dockerfile runs it
    }
    api, api_url = start_server("app.main:create_app", args.workers, env)
    bare, bare_url = start_server("bench.load:bare_app", args.workers, env)
    try:
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            runner.run(drive(args, city, settings, api_url, bare_url, api.pid))
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        for process in (api, bare):
            os.killpg(process.pid, signal.SIGTERM)
        for process in (api, bare):
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=15)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
