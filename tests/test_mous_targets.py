"""MoUs (legal stage moves, history, parties) and programme targets."""

from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.models import Mou, ProgrammeTarget
from tests.auth_helpers import make_partner
from tests.factories import assert_problem

MOUS = "/api/v1/mous"
TARGETS = "/api/v1/targets"


def mou_body(party_id: int, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Kerja sama penempatan PMI Kota Serang - APJATI",
        "kind": "association",
        "party_ids": [party_id],
        "countries": ["KR", "JP"],
        "sectors": ["manufacturing"],
    }
    body.update(overrides)
    return body


def test_mou_lifecycle(officer: TestClient, session: Session) -> None:
    apjati = make_partner(session, "APJATI", kind="association").id or 0
    mou = officer.post(MOUS, json=mou_body(apjati))
    assert mou.status_code == 201, mou.text
    mou_id = mou.json()["id"]
    assert mou.json()["stage"] == "draft" and mou.json()["party_ids"] == [apjati]
    for stage, on in (("negotiating", "2025-11-12"), ("signed", "2025-12-08"), ("active", None)):
        moved = officer.post(
            f"{MOUS}/{mou_id}/transitions", json={"to_stage": stage, "effective_on": on}
        )
        assert moved.status_code == 200, moved.text
    read = officer.get(f"{MOUS}/{mou_id}").json()
    assert read["signed_on"] == "2025-12-08"
    assert [h["to_stage"] for h in read["history"]] == ["draft", "negotiating", "signed", "active"]
    assert read["allowed_next_stages"] == ["expired", "terminated"]
    refused = officer.post(f"{MOUS}/{mou_id}/transitions", json={"to_stage": "draft"})
    problem = assert_problem(refused, 409, "mou_transition_not_allowed")
    assert problem["allowed_next_stages"] == ["expired", "terminated"]
    assert_problem(officer.delete(f"{MOUS}/{mou_id}"), 409, "mou_not_draft")
    assert officer.get(f"{MOUS}/{mou_id}").json()["stage"] == "active"


def test_sister_city_needs_ministry(officer: TestClient, session: Session) -> None:
    city = make_partner(session, "Changnyeong County", kind="foreign_government").id or 0
    mou_id = officer.post(MOUS, json=mou_body(city, kind="sister_city")).json()["id"]
    officer.post(f"{MOUS}/{mou_id}/transitions", json={"to_stage": "negotiating"})
    refused = officer.post(f"{MOUS}/{mou_id}/transitions", json={"to_stage": "signed"})
    assert_problem(refused, 409, "ministry_approval_required")
    assert officer.get(f"{MOUS}/{mou_id}").json()["stage"] == "negotiating"
    officer.post(f"{MOUS}/{mou_id}/transitions", json={"to_stage": "awaiting_ministry_approval"})
    assert (
        officer.post(f"{MOUS}/{mou_id}/transitions", json={"to_stage": "signed"}).status_code == 200
    )


def test_mou_rules_write_nothing(officer: TestClient, session: Session) -> None:
    party = make_partner(session, "APJATI", kind="association").id or 0
    assert_problem(officer.post(MOUS, json=mou_body(999)), 422, "partners_unknown")
    assert_problem(
        officer.post(MOUS, json=mou_body(party, countries=["XX"])), 422, "country_unknown"
    )
    dates = {"effective_from": "2026-01-01", "effective_until": "2025-01-01"}
    assert_problem(officer.post(MOUS, json=mou_body(party, **dates)), 422, "date_range_invalid")
    assert session.exec(select(func.count()).select_from(Mou)).one() == 0
    mou_id = officer.post(MOUS, json=mou_body(party)).json()["id"]
    future = officer.post(
        f"{MOUS}/{mou_id}/transitions",
        json={"to_stage": "negotiating", "effective_on": "2099-01-01"},
    )
    assert_problem(future, 422, "effective_date_in_future")
    patched = officer.patch(f"{MOUS}/{mou_id}", json={"committed_positions": 1000}).json()
    assert patched["committed_positions"] == 1000
    assert officer.get(MOUS, params={"partner_id": party}).json()["items"][0]["id"] == mou_id
    assert officer.delete(f"{MOUS}/{mou_id}").status_code == 204


def test_targets(officer: TestClient, session: Session) -> None:
    body = {
        "year": 2026,
        "metric": "departures",
        "country": "KR",
        "number": 300,
        "stretch_number": 500,
    }
    created = officer.post(TARGETS, json=body)
    assert created.status_code == 201, created.text
    assert_problem(officer.post(TARGETS, json=body), 409, "target_exists")
    assert_problem(
        officer.post(TARGETS, json={**body, "country": "JP", "stretch_number": 50}),
        422,
        "stretch_below_number",
    )
    assert_problem(officer.post(TARGETS, json={**body, "country": "XX"}), 422, "country_unknown")
    assert session.exec(select(func.count()).select_from(ProgrammeTarget)).one() == 1
    trained = officer.post(TARGETS, json={"year": 2026, "metric": "trained", "number": 1000})
    assert trained.status_code == 201
    target_id = created.json()["id"]
    assert officer.patch(f"{TARGETS}/{target_id}", json={"number": 350}).json()["number"] == 350
    assert_problem(
        officer.patch(f"{TARGETS}/{target_id}", json={"number": 600}), 422, "stretch_below_number"
    )
    assert len(officer.get(TARGETS, params={"year": 2026}).json()["items"]) == 2
    assert officer.delete(f"{TARGETS}/{target_id}").status_code == 204
    assert_problem(officer.get(f"{TARGETS}/{target_id}"), 404, "not_found")
