"""Runtime settings, read from the environment (and an optional `.env` file)."""

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

DATA_DIR = Path("data")
# Only for a local demo: any deployment sets JWT_SECRET (checked at start-up).
DEMO_JWT_SECRET = "demo-only-secret-change-me-0123456789abcdef"  # noqa: S105


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = f"sqlite:///{DATA_DIR / 'placement.db'}"
    # Echo SQL statements; useful when chasing a slow query, noisy otherwise.
    sql_echo: bool = False
    log_level: str = "INFO"
    environment: str = "development"

    jwt_secret: str = DEMO_JWT_SECRET
    jwt_issuer: str = "https://placement.serangkota.go.id"
    jwt_audience: str = "serang-placement-api"
    access_token_minutes: int = 15
    refresh_token_days: int = 30

    bootstrap_admin_email: str | None = None
    bootstrap_admin_password: str | None = None

    # Shared state for rate limits across worker processes: Redis when set, else the database.
    redis_url: str | None = None
    login_attempts_per_account: int = 5
    login_attempts_per_address: int = 30
    login_window_seconds: int = 900


@lru_cache
def get_settings() -> Settings:
    return Settings()
