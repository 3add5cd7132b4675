"""Programme targets: one per year, metric, country and sector; ranges; list filters."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models import ProgrammeTarget
from tests.auth_helpers import applicant_headers
from tests.factories import assert_problem, count_rows, target_body

TARGETS = "/api/v1/targets"


def create(officer: TestClient, **overrides: Any) -> dict[str, Any]:
    response = officer.post(TARGETS, json=target_body(**overrides))
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def read(officer: TestClient, target_id: int) -> dict[str, Any]:
    response = officer.get(f"{TARGETS}/{target_id}")
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_create_and_read(officer: TestClient) -> None:
    created = create(officer, note="Wakil Wali Kota: 300-500 ke Korea")
    assert {k: created[k] for k in ("year", "metric", "country", "sector")} == {
        "year": 2026,
        "metric": "departures",
        "country": "KR",
        "sector": None,
    }
    assert (created["number"], created["stretch_number"]) == (300, 500)
    assert read(officer, created["id"]) == created


def test_trained_needs_no_country_but_may_have_one(officer: TestClient) -> None:
    everyone = officer.post(TARGETS, json={"year": 2026, "metric": "trained", "number": 1000})
    assert everyone.status_code == 201, everyone.text
    assert everyone.json()["country"] is None and everyone.json()["sector"] is None
    japan = create(officer, metric="trained", country="JP", sector="caregiving", number=150)
    assert (japan["country"], japan["sector"]) == ("JP", "caregiving")


def test_only_staff_reach_targets(client: TestClient, session: Session) -> None:
    assert_problem(client.get(TARGETS), 401, "not_authenticated")
    headers, _ = applicant_headers(client)
    assert_problem(client.post(TARGETS, json=target_body(), headers=headers), 403, "staff_only")
    assert count_rows(session, ProgrammeTarget) == 0


@pytest.mark.parametrize(
    "key",
    [
        {"country": "KR"},
        {"country": None},
        {"country": "JP", "sector": "caregiving"},
        {"country": None, "sector": "welding"},
    ],
)
def test_a_second_target_for_the_same_key_is_refused(
    officer: TestClient, session: Session, key: dict[str, Any]
) -> None:
    first = create(officer, **key)
    problem = assert_problem(
        officer.post(TARGETS, json=target_body(number=900, stretch_number=None, **key)),
        409,
        "target_exists",
    )
    assert "2026" in problem["detail"] and "departures" in problem["detail"]
    assert count_rows(session, ProgrammeTarget) == 1
    assert read(officer, first["id"]) == first


def test_null_means_all_and_is_a_key_of_its_own(officer: TestClient, session: Session) -> None:
    create(officer, country=None, stretch_number=None, number=400)
    create(officer, country="KR")
    create(officer, country="KR", sector="manufacturing", number=200, stretch_number=None)
    create(officer, country="KR", metric="trained")
    create(officer, country="KR", year=2027)
    assert count_rows(session, ProgrammeTarget) == 5


@pytest.mark.parametrize(
    ("overrides", "code", "field"),
    [
        ({"number": 500, "stretch_number": 300}, "stretch_below_number", "stretch_number"),
        ({"country": "XX"}, "country_unknown", "country"),
    ],
)
def test_create_rules_write_nothing(
    officer: TestClient, session: Session, overrides: dict[str, Any], code: str, field: str
) -> None:
    problem = assert_problem(officer.post(TARGETS, json=target_body(**overrides)), 422, code)
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [(field, code)]
    assert count_rows(session, ProgrammeTarget) == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"country": "kr"},
        {"metric": "placed"},
        {"sector": "domestic"},
        {"year": 2019},
        {"number": 0},
        {"number": None},
        {"owner": "me"},
    ],
)
def test_create_shape_is_validated(
    officer: TestClient, session: Session, overrides: dict[str, Any]
) -> None:
    assert_problem(officer.post(TARGETS, json=target_body(**overrides)), 422, "validation_failed")
    assert count_rows(session, ProgrammeTarget) == 0


def test_stretch_equal_to_number_is_a_point_target(officer: TestClient) -> None:
    assert create(officer, number=100, stretch_number=100)["stretch_number"] == 100


def test_patch_number_stretch_and_note(officer: TestClient) -> None:
    created = create(officer)
    patched = officer.patch(
        f"{TARGETS}/{created['id']}", json={"number": 350, "stretch_number": 600, "note": "revisi"}
    )
    assert patched.status_code == 200, patched.text
    result = patched.json()
    assert (result["number"], result["stretch_number"], result["note"]) == (350, 600, "revisi")
    assert result["year"] == 2026 and result["country"] == "KR"
    cleared = officer.patch(f"{TARGETS}/{created['id']}", json={"stretch_number": None})
    assert cleared.json()["stretch_number"] is None
    # Without a stretch number any target number goes.
    assert officer.patch(f"{TARGETS}/{created['id']}", json={"number": 900}).status_code == 200


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"number": 600}, "stretch_below_number"),
        ({"stretch_number": 299}, "stretch_below_number"),
        ({"number": None}, "value_required"),
        ({"number": 0}, "validation_failed"),
        ({"country": "JP"}, "validation_failed"),
        ({"year": 2027}, "validation_failed"),
    ],
)
def test_patch_rules_change_nothing(
    officer: TestClient, changes: dict[str, Any], code: str
) -> None:
    created = create(officer)
    problem = assert_problem(officer.patch(f"{TARGETS}/{created['id']}", json=changes), 422, code)
    if code == "stretch_below_number":
        merged = {**created, **changes}
        assert (
            f"({merged['stretch_number']}) is below the target ({merged['number']})"
            in (problem["detail"])
        )
    assert read(officer, created["id"]) == created


def test_list_filters_and_pages(officer: TestClient) -> None:
    japan = create(officer, country="JP", number=100, stretch_number=None)["id"]
    korea = create(officer)["id"]
    trained = create(officer, metric="trained", country=None, number=1000, stretch_number=None)[
        "id"
    ]
    care = create(officer, metric="trained", country="JP", sector="caregiving", number=150)["id"]
    later = create(officer, year=2027, number=400, stretch_number=None)["id"]

    def ids(**params: Any) -> list[int]:
        response = officer.get(TARGETS, params=params)
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    assert ids() == [japan, korea, trained, care, later]
    assert ids(year=2026) == [japan, korea, trained, care]
    assert ids(metric="trained") == [trained, care]
    assert ids(country="JP") == [japan, care]
    assert ids(sector="caregiving") == [care]
    assert ids(year=2027, country="KR") == [later]
    assert ids(year=2030) == []

    first = officer.get(TARGETS, params={"limit": 3}).json()
    assert [t["id"] for t in first["items"]] == [japan, korea, trained]
    second = officer.get(TARGETS, params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert [t["id"] for t in second["items"]] == [care, later]
    assert second["next_cursor"] is None


@pytest.mark.parametrize(
    "params",
    [
        {"year": "next"},
        {"metric": "placed"},
        {"country": "Korea"},
        {"sector": "x"},
        {"cursor": "!"},
    ],
)
def test_list_refuses_bad_filters(officer: TestClient, params: dict[str, Any]) -> None:
    code = "invalid_cursor" if "cursor" in params else "validation_failed"
    assert_problem(officer.get(TARGETS, params=params), 422, code)


def test_delete(officer: TestClient, session: Session) -> None:
    kept = create(officer, country="JP", stretch_number=None)
    gone = create(officer)["id"]
    deleted = officer.delete(f"{TARGETS}/{gone}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert_problem(officer.get(f"{TARGETS}/{gone}"), 404, "not_found")
    assert_problem(officer.delete(f"{TARGETS}/{gone}"), 404, "not_found")
    assert_problem(officer.patch(f"{TARGETS}/{gone}", json={"number": 1}), 404, "not_found")
    assert count_rows(session, ProgrammeTarget) == 1
    assert read(officer, kept["id"]) == kept
    # Once deleted, the same key can be set again.
    assert officer.post(TARGETS, json=target_body()).status_code == 201
