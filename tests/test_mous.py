"""MoUs: create, list, read, update, legal stage moves with history, delete."""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models import Mou
from app.models.mou import MouParty, MouStageChange
from tests.auth_helpers import applicant_headers, make_partner
from tests.factories import add_vacancy, assert_problem, count_rows, mou_body

MOUS = "/api/v1/mous"
TODAY = date.today().isoformat()

# The legal moves, written out independently of the service's table.
LEGAL = {
    "draft": ["negotiating", "terminated"],
    "negotiating": ["awaiting_ministry_approval", "signed", "draft", "terminated"],
    "awaiting_ministry_approval": ["signed", "negotiating", "terminated"],
    "signed": ["active", "terminated"],
    "active": ["expired", "terminated"],
    "expired": ["negotiating"],
    "terminated": [],
}
# How an association MoU reaches each stage from draft.
PATH = {
    "draft": [],
    "negotiating": ["negotiating"],
    "awaiting_ministry_approval": ["negotiating", "awaiting_ministry_approval"],
    "signed": ["negotiating", "signed"],
    "active": ["negotiating", "signed", "active"],
    "expired": ["negotiating", "signed", "active", "expired"],
    "terminated": ["terminated"],
}


def party(session: Session, name: str = "APJATI", kind: str = "association") -> int:
    return make_partner(session, name, kind=kind).id or 0


def create(officer: TestClient, body: dict[str, Any]) -> dict[str, Any]:
    response = officer.post(MOUS, json=body)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def move(officer: TestClient, mou_id: int, to_stage: str, **extra: Any) -> Any:
    return officer.post(f"{MOUS}/{mou_id}/transitions", json={"to_stage": to_stage, **extra})


def drive(officer: TestClient, mou_id: int, stages: list[str]) -> None:
    for stage in stages:
        response = move(officer, mou_id, stage)
        assert response.status_code == 200, response.text


def read(officer: TestClient, mou_id: int) -> dict[str, Any]:
    response = officer.get(f"{MOUS}/{mou_id}")
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def assert_nothing_written(session: Session) -> None:
    assert count_rows(session, Mou) == 0
    assert count_rows(session, MouParty) == 0
    assert count_rows(session, MouStageChange) == 0


def test_create_starts_as_draft_with_first_history_entry(
    officer: TestClient, session: Session
) -> None:
    apjati = party(session)
    lpk = party(session, "LPK KJS", kind="training_provider")
    body = mou_body(
        [lpk, apjati],
        effective_from="2026-01-01",
        effective_until="2028-12-31",
        documents=[{"title": "Naskah MoU", "reference": "415.4/12/2025", "dated": "2025-12-08"}],
        notes="Ditandatangani di Serang",
    )
    created = create(officer, body)
    assert created["stage"] == "draft"
    assert created["party_ids"] == sorted([apjati, lpk])
    assert created["allowed_next_stages"] == LEGAL["draft"]
    assert (created["vacancy_count"], created["version"], created["signed_on"]) == (0, 1, None)
    assert created["documents"][0]["dated"] == "2025-12-08"
    [first] = created["history"]
    assert (first["from_stage"], first["to_stage"], first["effective_on"]) == (None, "draft", TODAY)
    assert read(officer, created["id"]) == created
    assert count_rows(session, MouParty) == 2


def test_create_refuses_a_stage_in_the_body(officer: TestClient, session: Session) -> None:
    refused = officer.post(MOUS, json=mou_body([party(session)], stage="active"))
    assert_problem(refused, 422, "validation_failed")
    assert_nothing_written(session)


def test_unknown_mou_is_404(officer: TestClient) -> None:
    assert_problem(officer.get(f"{MOUS}/999"), 404, "not_found")
    assert_problem(officer.patch(f"{MOUS}/999", json={"notes": "x"}), 404, "not_found")
    assert_problem(move(officer, 999, "negotiating"), 404, "not_found")
    assert_problem(officer.delete(f"{MOUS}/999"), 404, "not_found")


def test_only_staff_reach_mous(client: TestClient, session: Session) -> None:
    assert_problem(client.get(MOUS), 401, "not_authenticated")
    headers, _ = applicant_headers(client)
    assert_problem(client.get(MOUS, headers=headers), 403, "staff_only")
    refused = client.post(MOUS, json=mou_body([party(session)]), headers=headers)
    assert_problem(refused, 403, "staff_only")
    assert_nothing_written(session)


@pytest.mark.parametrize(
    ("overrides", "code", "field", "named"),
    [
        ({"party_ids": [0, 999, 998]}, "partners_unknown", "party_ids", "998, 999"),
        ({"party_ids": [0, 0]}, "party_ids_duplicate", "party_ids", "{party}"),
        ({"countries": ["KR", "XX"]}, "country_unknown", "countries", "XX"),
        (
            {"effective_from": "2026-06-01", "effective_until": "2026-05-31"},
            "date_range_invalid",
            "effective_until",
            "end date",
        ),
    ],
)
def test_create_rules_write_nothing(
    officer: TestClient,
    session: Session,
    overrides: dict[str, Any],
    code: str,
    field: str,
    named: str,
) -> None:
    known = party(session)
    if "party_ids" in overrides:  # 0 stands for the partner that exists
        overrides = {"party_ids": [i or known for i in overrides["party_ids"]]}
    problem = assert_problem(officer.post(MOUS, json=mou_body([known], **overrides)), 422, code)
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [(field, code)]
    assert named.format(party=known) in problem["detail"]
    assert named.format(party=known) in problem["errors"][0]["message"]
    assert_nothing_written(session)


def test_every_broken_rule_is_reported_at_once_in_indonesian(
    officer: TestClient, session: Session
) -> None:
    dates = {"effective_from": "2026-06-01", "effective_until": "2026-01-01"}
    body = mou_body([999], countries=["XX"], **dates)
    refused = officer.post(MOUS, json=body, headers={"Accept-Language": "id-ID,id;q=0.9"})
    problem = assert_problem(refused, 422, "partners_unknown")
    codes = {e["code"] for e in problem["errors"]}
    assert codes == {"partners_unknown", "country_unknown", "date_range_invalid"}
    assert problem["title"] == "Mitra tidak dikenal" and "999" in problem["detail"]
    assert refused.headers["content-language"] == "id"
    assert_nothing_written(session)


def test_list_filters_and_pages(officer: TestClient, session: Session) -> None:
    apjati = party(session)
    city = party(session, "Changnyeong County", kind="foreign_government")
    korea = create(officer, mou_body([apjati], countries=["KR"]))["id"]
    japan = create(officer, mou_body([apjati], countries=["JP"], title="SSW Jepang"))["id"]
    sister = create(officer, mou_body([city], kind="sister_city", countries=["KR"]))["id"]
    drive(officer, japan, ["negotiating"])

    def ids(**params: Any) -> list[int]:
        response = officer.get(MOUS, params=params)
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    assert ids() == [korea, japan, sister]
    assert ids(stage="negotiating") == [japan]
    assert ids(stage="draft") == [korea, sister]
    assert ids(kind="sister_city") == [sister]
    assert ids(partner_id=apjati) == [korea, japan]
    assert ids(partner_id=city) == [sister]
    assert ids(country="KR") == [korea, sister]
    assert ids(country="JP", stage="negotiating") == [japan]
    assert ids(country="TW") == []

    first = officer.get(MOUS, params={"limit": 2}).json()
    assert [m["id"] for m in first["items"]] == [korea, japan]
    second = officer.get(MOUS, params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [m["id"] for m in second["items"]] == [sister]
    assert second["next_cursor"] is None
    # List items carry the same read model as a single read.
    assert first["items"][1] == read(officer, japan)


@pytest.mark.parametrize(
    "params", [{"stage": "signing"}, {"kind": "treaty"}, {"country": "kr"}, {"limit": 101}]
)
def test_list_refuses_bad_filters(officer: TestClient, params: dict[str, Any]) -> None:
    assert_problem(officer.get(MOUS, params=params), 422, "validation_failed")


def test_vacancy_count(officer: TestClient, session: Session) -> None:
    apjati = party(session)
    agency = party(session, "PT Sinar Jaya Abadi", kind="placement_agency")
    mou_id = create(officer, mou_body([apjati]))["id"]
    other = create(officer, mou_body([apjati]))["id"]
    add_vacancy(session, agency, "JO-1", mou_id=mou_id)
    add_vacancy(session, agency, "JO-2", mou_id=mou_id)
    add_vacancy(session, agency, "JO-3")
    assert read(officer, mou_id)["vacancy_count"] == 2
    assert read(officer, other)["vacancy_count"] == 0
    listed = {m["id"]: m["vacancy_count"] for m in officer.get(MOUS).json()["items"]}
    assert listed == {mou_id: 2, other: 0}


def test_patch_changes_details_not_stage(officer: TestClient, session: Session) -> None:
    apjati = party(session)
    lpk = party(session, "LPK KJS", kind="training_provider")
    created = create(officer, mou_body([apjati]))
    mou_id = created["id"]
    changes = {
        "title": "Kerja sama pelatihan dan penempatan",
        "party_ids": [lpk, apjati],
        "effective_from": "2026-01-01",
        "effective_until": "2027-12-31",
        "countries": ["JP"],
        "sectors": ["caregiving", "welding"],
        "committed_positions": 100,
        "committed_trainees": 1000,
        "documents": [{"title": "Naskah MoU"}],
        "notes": "Revisi kedua",
    }
    patched = officer.patch(f"{MOUS}/{mou_id}", json=changes)
    assert patched.status_code == 200, patched.text
    result = patched.json()
    assert result["party_ids"] == sorted([apjati, lpk])
    assert result["documents"] == [{"title": "Naskah MoU", "reference": None, "dated": None}]
    assert {k: result[k] for k in changes if k not in ("party_ids", "documents")} == {
        k: v for k, v in changes.items() if k not in ("party_ids", "documents")
    }
    assert result["version"] == 2 and result["stage"] == "draft"
    assert result["history"] == created["history"]
    # Null clears what may be empty; the parties alone also make a new version.
    cleared = officer.patch(f"{MOUS}/{mou_id}", json={"notes": None, "effective_until": None})
    assert cleared.json()["notes"] is None and cleared.json()["effective_until"] is None
    assert officer.patch(f"{MOUS}/{mou_id}", json={"party_ids": [lpk]}).json()["version"] == 4
    assert count_rows(session, MouParty) == 1

    before = read(officer, mou_id)
    refused = officer.patch(f"{MOUS}/{mou_id}", json={"stage": "active"})
    assert_problem(refused, 422, "validation_failed")
    assert read(officer, mou_id) == before


@pytest.mark.parametrize(
    ("changes", "status", "code"),
    [
        ({"party_ids": [999]}, 422, "partners_unknown"),
        ({"party_ids": [0, 0]}, 422, "party_ids_duplicate"),
        ({"countries": ["JP", "ZZ"]}, 422, "country_unknown"),
        ({"effective_until": "2025-12-31"}, 422, "date_range_invalid"),
        ({"title": None}, 422, "value_required"),
        ({"kind": None}, 422, "value_required"),
        ({"party_ids": None}, 422, "value_required"),
        ({"countries": None}, 422, "validation_failed"),
        ({"documents": None}, 422, "validation_failed"),
        ({"kind": "sister_city"}, 409, "mou_kind_locked"),
    ],
)
def test_patch_rules_change_nothing(
    officer: TestClient, session: Session, changes: dict[str, Any], status: int, code: str
) -> None:
    apjati = party(session)
    mou_id = create(officer, mou_body([apjati], effective_from="2026-01-01"))["id"]
    drive(officer, mou_id, ["negotiating"])
    if changes.get("party_ids"):  # 0 stands for the partner that exists
        changes = {"party_ids": [i or apjati for i in changes["party_ids"]]}
    before = read(officer, mou_id)
    assert_problem(officer.patch(f"{MOUS}/{mou_id}", json=changes), status, code)
    assert read(officer, mou_id) == before
    assert count_rows(session, MouParty) == 1


def test_kind_changes_while_draft(officer: TestClient, session: Session) -> None:
    mou_id = create(officer, mou_body([party(session)]))["id"]
    patched = officer.patch(f"{MOUS}/{mou_id}", json={"kind": "sister_city"})
    assert patched.status_code == 200 and patched.json()["kind"] == "sister_city"
    drive(officer, mou_id, ["negotiating"])
    # Sending the kind it already has is not a change.
    same = officer.patch(f"{MOUS}/{mou_id}", json={"kind": "sister_city", "notes": "ok"})
    assert same.status_code == 200, same.text


@pytest.mark.parametrize("from_stage", list(LEGAL))
def test_illegal_moves_are_refused_with_the_allowed_stages(
    officer: TestClient, session: Session, from_stage: str
) -> None:
    mou_id = create(officer, mou_body([party(session)]))["id"]
    drive(officer, mou_id, PATH[from_stage])
    before = read(officer, mou_id)
    assert before["allowed_next_stages"] == LEGAL[from_stage]
    for to_stage in LEGAL:
        if to_stage in LEGAL[from_stage]:
            continue
        problem = assert_problem(move(officer, mou_id, to_stage), 409, "mou_transition_not_allowed")
        assert problem["allowed_next_stages"] == LEGAL[from_stage]
        assert f"from {from_stage} to {to_stage}" in problem["detail"]
        for allowed in LEGAL[from_stage]:
            assert allowed in problem["detail"]
    assert read(officer, mou_id) == before


@pytest.mark.parametrize(
    ("from_stage", "to_stage"),
    [(a, b) for a, targets in LEGAL.items() for b in targets],
)
def test_every_legal_move_is_recorded(
    officer: TestClient, session: Session, from_stage: str, to_stage: str
) -> None:
    mou_id = create(officer, mou_body([party(session)]))["id"]
    drive(officer, mou_id, PATH[from_stage])
    before = read(officer, mou_id)
    moved = move(officer, mou_id, to_stage, note="rapat koordinasi")
    assert moved.status_code == 200, moved.text
    after = moved.json()
    assert after["stage"] == to_stage
    assert after["allowed_next_stages"] == LEGAL[to_stage]
    assert after["version"] == before["version"] + 1
    assert after["history"][:-1] == before["history"]
    last = after["history"][-1]
    assert (last["from_stage"], last["to_stage"]) == (from_stage, to_stage)
    assert last["effective_on"] == TODAY and last["note"] == "rapat koordinasi"


def test_history_oldest_first_and_signing_stamps_signed_on(
    officer: TestClient, session: Session
) -> None:
    mou_id = create(officer, mou_body([party(session)]))["id"]
    assert move(officer, mou_id, "negotiating", effective_on="2025-11-12").status_code == 200
    signed = move(officer, mou_id, "signed", effective_on="2025-12-08")
    assert signed.status_code == 200 and signed.json()["signed_on"] == "2025-12-08"
    drive(officer, mou_id, ["active"])
    result = read(officer, mou_id)
    assert result["signed_on"] == "2025-12-08"
    assert [(h["from_stage"], h["to_stage"], h["effective_on"]) for h in result["history"]] == [
        (None, "draft", TODAY),
        ("draft", "negotiating", "2025-11-12"),
        ("negotiating", "signed", "2025-12-08"),
        ("signed", "active", TODAY),
    ]


def test_a_future_dated_move_changes_nothing(officer: TestClient, session: Session) -> None:
    mou_id = create(officer, mou_body([party(session)]))["id"]
    before = read(officer, mou_id)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    problem = assert_problem(
        move(officer, mou_id, "negotiating", effective_on=tomorrow), 422, "effective_date_in_future"
    )
    assert problem["errors"][0]["field"] == "effective_on"
    assert read(officer, mou_id) == before
    assert count_rows(session, MouStageChange) == 1


def test_sister_city_is_signed_only_after_ministry_approval(
    officer: TestClient, session: Session
) -> None:
    city = party(session, "Changnyeong County", kind="foreign_government")
    mou_id = create(officer, mou_body([city], kind="sister_city"))["id"]
    drive(officer, mou_id, ["negotiating"])
    before = read(officer, mou_id)
    assert "signed" in before["allowed_next_stages"]
    problem = assert_problem(move(officer, mou_id, "signed"), 409, "ministry_approval_required")
    assert "Kemendagri" in problem["detail"]
    assert read(officer, mou_id) == before
    drive(officer, mou_id, ["awaiting_ministry_approval", "signed"])
    result = read(officer, mou_id)
    assert result["stage"] == "signed" and result["signed_on"] == TODAY
    # Back to talks after the approval: the approval must be sought again.
    renewed = create(officer, mou_body([city], kind="sister_city"))["id"]
    drive(officer, renewed, ["negotiating", "awaiting_ministry_approval", "negotiating"])
    assert_problem(move(officer, renewed, "signed"), 409, "ministry_approval_required")


def test_transition_body_is_validated(officer: TestClient, session: Session) -> None:
    mou_id = create(officer, mou_body([party(session)]))["id"]
    before = read(officer, mou_id)
    for body in ({"to_stage": "ratified"}, {}, {"to_stage": "negotiating", "signed_on": TODAY}):
        refused = officer.post(f"{MOUS}/{mou_id}/transitions", json=body)
        assert_problem(refused, 422, "validation_failed")
    assert read(officer, mou_id) == before


def test_a_draft_is_deleted_with_its_parties_and_history(
    officer: TestClient, session: Session
) -> None:
    mou_id = create(officer, mou_body([party(session), party(session, "BBPVP Serang")]))["id"]
    drive(officer, mou_id, ["negotiating", "draft"])
    deleted = officer.delete(f"{MOUS}/{mou_id}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert_nothing_written(session)
    assert_problem(officer.get(f"{MOUS}/{mou_id}"), 404, "not_found")


@pytest.mark.parametrize("stage", [s for s in LEGAL if s != "draft"])
def test_past_draft_an_mou_is_terminated_not_deleted(
    officer: TestClient, session: Session, stage: str
) -> None:
    mou_id = create(officer, mou_body([party(session)]))["id"]
    drive(officer, mou_id, PATH[stage])
    before = read(officer, mou_id)
    problem = assert_problem(officer.delete(f"{MOUS}/{mou_id}"), 409, "mou_not_draft")
    assert "terminate" in problem["detail"]
    assert read(officer, mou_id) == before


def test_a_draft_with_job_orders_is_not_deleted(officer: TestClient, session: Session) -> None:
    agency = party(session, "PT Sinar Jaya Abadi", kind="placement_agency")
    mou_id = create(officer, mou_body([party(session)]))["id"]
    add_vacancy(session, agency, "JO-1", mou_id=mou_id)
    before = read(officer, mou_id)
    problem = assert_problem(officer.delete(f"{MOUS}/{mou_id}"), 409, "mou_has_vacancies")
    assert problem["detail"].startswith("1 job order")
    assert read(officer, mou_id) == before


def test_the_history_is_dated_by_the_service_clock(
    officer: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dates come from one clock (app/core/clock.py): pinned to a day after midnight, as a
    run crossing it would see, the first entry carries that day, not the machine's."""
    from app.core import clock

    monkeypatch.setattr(clock, "_pinned", date(2027, 1, 1))
    created = create(officer, mou_body([party(session)]))
    assert created["history"][0]["effective_on"] == "2027-01-01"
