"""Runtime settings, read from the environment (and an optional `.env` file)."""

from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, IPvAnyNetwork, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import make_url

DATA_DIR = Path("data")
# Demo keys, public in this repository: only for a local demo and the tests. With
# ENVIRONMENT=production the app refuses to start while any of them is listed
# (app/core/keys.py); `python -m app.cli generate-key` makes real ones.
DEMO_JWT_KID = "demo"
DEMO_JWT_SECRET = "demo-only-secret-change-me-0123456789abcdef"  # noqa: S105
DEMO_ENCRYPTION_KEYS = "demo:ZGVtby1vbmx5LWVuY3J5cHRpb24ta2V5LTAxMjM0NTY="


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = f"sqlite:///{DATA_DIR / 'placement.db'}"
    # Echo SQL statements; useful when chasing a slow query, noisy otherwise.
    sql_echo: bool = False
    log_level: str = "INFO"
    # "json": one object per line with the request id, for a log collector; "console" for
    # a person reading a terminal.
    log_format: Literal["json", "console"] = "json"
    # When set, /metrics answers only a scraper sending it as a bearer token.
    metrics_token: str | None = None
    # OpenTelemetry traces go to this OTLP/HTTP collector when set (the standard variable,
    # e.g. http://otel-collector:4318); no tracing at all when unset.
    otel_exporter_otlp_endpoint: str | None = None
    otel_service_name: str = "serang-placement-api"
    environment: str = "development"

    # Keys that sign access tokens: `kid:secret,kid:secret,...`, the first signs, every one
    # listed verifies the tokens carrying its `kid`. JWT_SECRET is the one-key shorthand
    # (`main:<JWT_SECRET>`); setting both is refused. Neither set: the demo key.
    jwt_keys: str | None = None
    jwt_secret: str | None = None
    # Keys that seal what the server must read back (webhook signing secrets, stored
    # idempotent answers): `kid:base64-of-32-bytes,...`, the first seals, every one listed
    # opens what carries its `kid`. `python -m app.cli rotate-keys` re-seals under the first.
    encryption_keys: str = DEMO_ENCRYPTION_KEYS
    jwt_issuer: str = "https://placement.serangkota.go.id"
    jwt_audience: str = "serang-placement-api"
    access_token_minutes: int = 15
    refresh_token_days: int = 30

    # argon2id cost of passwords and client secrets (argon2-cffi's defaults, RFC 9106's
    # second recommended option). Tests lower it through the environment (tests/conftest.py).
    password_hash_time_cost: int = Field(default=3, ge=1)
    password_hash_memory_kib: int = Field(default=65_536, ge=8)
    password_hash_parallelism: int = Field(default=4, ge=1)

    bootstrap_admin_email: str | None = None
    bootstrap_admin_password: str | None = None

    # How long a request waits for a row or table another change holds before it is answered
    # 503 `database_busy` (PostgreSQL lock_timeout; SQLite's busy timeout). Our own locks are
    # held for milliseconds; a long wait means something is stuck.
    db_lock_timeout_ms: int = 10_000
    # Requests of sync routes run on at most this many threads per process: fewer than the
    # database pool's connections (app/core/db.py), so that under a burst requests queue for a
    # thread instead of holding threads that wait for a connection. The GIL runs one at a
    # time anyway.
    worker_threads: int = 20
    # PostgreSQL ends a session left idle inside a transaction this long (a hung worker would
    # otherwise hold its row locks for ever). Above the longest pause of an allocation run.
    db_idle_in_transaction_timeout_ms: int = 600_000

    # Rate limits (app/services/identity/): shared by every worker process through Redis
    # when REDIS_URL is set, else through the database. Keys in Redis start with the prefix.
    redis_url: str | None = None
    rate_limit_key_prefix: str = "placement-rl"
    # Only failed password logins count against these budgets, in a moving window: an
    # account is locked after this many failures, an address (a carrier NAT, an office)
    # refused after its generous number.
    login_failures_per_account: int = Field(default=5, ge=1)
    login_failures_per_address: int = Field(default=100, ge=1)
    login_failure_window_seconds: int = Field(default=900, ge=1)
    # Tokens a partner client is issued per minute (client_credentials grants).
    token_grants_per_client_per_minute: int = Field(default=600, ge=1)
    # Requests to the public job board (API and pages, no login) one address may make a
    # minute: far above a person reading the board, low enough that scraping in a loop is
    # slowed (app/services/board/limits.py).
    public_requests_per_address_per_minute: int = Field(default=120, ge=1)
    # Reverse proxies (IPs or CIDRs, comma-separated) whose X-Forwarded-For is believed
    # (app/http/client_address.py). Empty: the peer address is the client's.
    trusted_proxies: Annotated[tuple[IPvAnyNetwork, ...], NoDecode] = ()

    # Requests one worker process serves at once; past this it answers 503 `overloaded` at
    # once rather than queueing (app/http/load_shedding.py): the worker threads and a short
    # queue for them, so that an admitted request waits briefly. 0 never refuses.
    max_requests_in_flight: int = Field(default=32, ge=0)
    # Request bodies past this are refused with 413 before they are read (app/http/body_limit.py);
    # document uploads are bounded by `document_max_bytes` instead.
    max_request_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)

    # How long an Idempotency-Key is remembered (the IETF draft asks for at least 24 hours).
    idempotency_ttl_hours: int = 24
    # A key whose request has given no answer after this long is taken to belong to a
    # request that died with its process (a restart, a crash): a retry may claim it again
    # instead of being told to wait until the key expires. Far above any request's run.
    idempotency_lease_seconds: int = Field(default=900, ge=60)
    # PostgreSQL: how long a request waits for another with the same key to answer, to be
    # replayed its answer, before it is told 409 `idempotency_in_progress` (retry shortly).
    idempotency_wait_ms: int = Field(default=5_000, ge=0)
    # Where matching runs, the expiry sweep and the purges are worked: "procrastinate", jobs
    # in PostgreSQL for `python -m app.cli worker` processes on any machine, deferred in the
    # transaction of the change that asks for them; "inline", threads of the API process
    # (SQLite, `make run`: one machine). Unset: procrastinate on PostgreSQL, inline on SQLite.
    task_queue: Literal["procrastinate", "inline"] | None = None
    # Jobs a worker process works at once (matching runs hold the interpreter while solving).
    worker_concurrency: int = Field(default=4, ge=1)
    # A matching run, or a worker of the task queue, silent this long has stopped (a crash,
    # a kill): the run is failed as `interrupted` and the worker's jobs go back in the
    # queue. Runs beat every twelfth of it (at most every 10 s); above the longest solve,
    # which holds the interpreter and the beat with it (bench/matching.py).
    run_stale_seconds: float = Field(default=120.0, ge=1.0)
    # The webhook delivery loop runs in the API process with the inline queue unless switched
    # off (tests decide themselves); with procrastinate the worker processes run it.
    webhook_worker: bool = True
    webhook_poll_seconds: float = 2.0
    # The expiry sweep (notices of credentials and documents expiring within 30 days) runs in
    # the API process every EXPIRY_SWEEP_HOURS with the inline queue unless switched off; with
    # procrastinate it is a periodic job of the workers (every 6 hours on the hour, cron).
    # `python -m app.cli notify-expiring` runs it by hand. Reading the feed never writes.
    expiry_sweep: bool = True
    expiry_sweep_hours: float = Field(default=6.0, gt=0)
    # Each phase of an attempt (resolving the name, connecting, sending, waiting for the
    # status line) ends after this long; the answer's body is not read.
    webhook_timeout_seconds: float = Field(default=5.0, gt=0)
    # Attempts run at once per worker process, and at most this many to one endpoint across
    # every worker: a dead partner holds two threads, not the whole queue.
    webhook_concurrency: int = Field(default=8, ge=1)
    # A running attempt's lease, renewed by its worker three times a lease: how long the
    # deliveries in hand of a worker that died wait before another worker takes them.
    webhook_lease_seconds: float = Field(default=120.0, gt=0)
    webhook_endpoint_concurrency: int = Field(default=2, ge=1)
    # Plain http and private or loopback addresses as webhook targets: local tests only,
    # since the server would otherwise POST into its own network on a partner's word.
    webhook_allow_insecure_urls: bool = False

    # Move what exists once the app has started (modules, schemas, the route table) out of
    # the garbage collector's sight, so that a full collection during a 1,000-item batch does
    # not walk it all again. For a process that serves one app for its life (the Dockerfile
    # turns it on); not for tests, which build many apps in one process and expect the
    # earlier ones, and their database pools, to be collected.
    gc_freeze_at_startup: bool = False

    # One-time codes that prove a phone or e-mail is the person's (linking an account to a
    # record the office imported, changing contacts, resetting a password): how long one
    # counts, how many wrong tries kill it, and how many may be sent to one account.
    verification_code_minutes: int = Field(default=10, ge=1)
    verification_code_attempts: int = Field(default=5, ge=1)
    verification_sends_per_window: int = Field(default=3, ge=1)
    verification_send_window_minutes: int = Field(default=15, ge=1)

    # E-mail goes out through this SMTP server when SMTP_HOST is set, else to the log
    # (development). STARTTLS is used unless switched off (a local relay).
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = True
    smtp_from: str = "Disnakertrans Kota Serang <no-reply@serangkota.go.id>"
    smtp_timeout_seconds: float = 10.0
    # Text messages (SMS or WhatsApp) go to this HTTP gateway when set, else to the log: a
    # JSON POST {"to", "text"} with the token as a bearer credential.
    sms_gateway_url: str | None = None
    sms_gateway_token: str | None = None
    sms_gateway_timeout_seconds: float = 10.0

    # Uploaded placement documents, stored under random names, encrypted under
    # ENCRYPTION_KEYS (app/services/applications/documents/storage.py): in an S3-compatible
    # bucket when DOCUMENTS_S3_BUCKET is set (credentials from the standard
    # AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or the machine's role), else in this
    # directory, which only the machine that wrote a file can read.
    documents_dir: Path = DATA_DIR / "documents"
    documents_s3_bucket: str | None = None
    # Empty: AWS itself; set for another S3-compatible service (SeaweedFS, MinIO, Ceph).
    documents_s3_endpoint: str | None = None
    documents_s3_region: str = "us-east-1"
    # Each phase of a request to the bucket (connecting, then each read) ends after this.
    documents_s3_timeout_seconds: float = Field(default=10.0, gt=0)
    document_max_bytes: int = 10 * 1024 * 1024

    # Job-seeker spreadsheet imports (POST /api/v1/applicants/imports): the largest file
    # (50,000 rows of every column come to about 12 MB as CSV), the most rows below the
    # header, and up to how many rows the answer waits for the result; a larger file is
    # worked in the background and followed at GET /api/v1/applicants/imports/{id}.
    import_max_bytes: int = Field(default=32 * 1024 * 1024, ge=1024)
    import_max_rows: int = Field(default=50_000, ge=1)
    import_inline_rows: int = Field(default=1_000, ge=0)

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @property
    def run_stale_after(self) -> timedelta:
        return timedelta(seconds=self.run_stale_seconds)

    @property
    def on_sqlite(self) -> bool:
        """Whether DATABASE_URL names a SQLite file (one machine) rather than PostgreSQL."""
        return make_url(self.database_url).get_backend_name() == "sqlite"

    @property
    def queued_tasks(self) -> bool:
        """Whether background work goes to the procrastinate queue (`task_queue`)."""
        if self.task_queue is not None:
            return self.task_queue == "procrastinate"
        return not self.on_sqlite


@lru_cache
def get_settings() -> Settings:
    return Settings()
