"""Request ids, JSON request logs without personal data, and Prometheus metrics."""

import io
import json
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.core.logs import configure_logging
from app.models import Applicant, MatchingRun
from tests.factories import add_applicant

HEX_ID = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def log_lines(app: FastAPI) -> Iterator[io.StringIO]:
    """The app's log, as JSON lines, into a buffer for the test to read."""
    buffer = io.StringIO()
    settings = app.state.settings
    configure_logging("INFO", "json", buffer)
    yield buffer
    configure_logging(settings.log_level, settings.log_format)


def _records(buffer: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


def test_every_answer_carries_a_request_id(client: TestClient) -> None:
    made_up = client.get("/healthz").headers["X-Request-ID"]
    assert HEX_ID.fullmatch(made_up)
    refused = client.get("/api/v1/vacancies/1")  # 401 problem: still carries one
    assert refused.status_code == 401 and HEX_ID.fullmatch(refused.headers["X-Request-ID"])
    assert refused.headers["X-Request-ID"] != made_up


def test_a_sane_request_id_is_kept_and_an_unsafe_one_replaced(client: TestClient) -> None:
    kept = client.get("/healthz", headers={"X-Request-ID": "agency-42.sync:7"})
    assert kept.headers["X-Request-ID"] == "agency-42.sync:7"
    replaced = client.get("/healthz", headers={"X-Request-ID": "a b<script>"})
    assert HEX_ID.fullmatch(replaced.headers["X-Request-ID"])


def test_the_request_line_names_route_caller_and_id_not_personal_data(
    officer: TestClient, session: Session, log_lines: io.StringIO
) -> None:
    person_id = add_applicant(session, 7, full_name="Siti Rahmawati")
    person = session.get(Applicant, person_id)
    assert person is not None
    answer = officer.get(f"/api/v1/applicants/{person_id}", headers={"X-Request-ID": "req-1"})
    assert answer.status_code == 200
    records = _records(log_lines)
    (line,) = [r for r in records if r.get("event") == "request" and r.get("request_id") == "req-1"]
    assert line["route"] == "/api/v1/applicants/{applicant_id}"
    assert line["method"] == "GET" and line["status"] == 200
    assert str(line["caller"]).startswith("user:")
    assert isinstance(line["duration_ms"], float)
    text = log_lines.getvalue()
    assert "Siti" not in text and person.nik not in text


def test_metrics_count_requests_by_route_and_show_queue_depth(
    client: TestClient, officer: TestClient, session: Session
) -> None:
    session.add(MatchingRun(requested_by="user:1", unfinished=True))
    session.commit()
    officer.get("/api/v1/vacancies?limit=1")
    body = client.get("/metrics").text
    assert re.search(
        r'http_request_duration_seconds_count\{method="GET",route="/api/v1/vacancies",'
        r'status="2xx"\} [1-9]',
        body,
    )
    assert 'queue_depth{queue="matching_runs"} 1.0' in body
    assert 'queue_depth{queue="webhook_deliveries"} 0.0' in body
    assert "matching_run_duration_seconds" in body and "webhook_attempt_failures_total" in body


def test_metrics_need_the_token_when_one_is_set(
    app: FastAPI, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.state.settings, "metrics_token", "scrape-secret-0123456789")
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    right = client.get("/metrics", headers={"Authorization": "Bearer scrape-secret-0123456789"})
    assert right.status_code == 200 and "queue_depth" in right.text
