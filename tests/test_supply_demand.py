"""Supply and demand against a hand-counted city."""

from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from tests.auth_helpers import make_partner
from tests.factories import add_applicant, add_programme, assert_problem
from tests.test_allocation import korea_order
from tests.test_ranking import add_topik, born

URL = "/api/v1/stats/supply-demand"


def test_counts_gaps_and_what_is_missing(officer: TestClient, session: Session) -> None:
    agency = make_partner(session, "PT Supply Agency").id or 0
    lpk = make_partner(session, "LPK Bahasa Korea", kind="training_provider")
    # Training is offered where a programme with a free seat grants the missing credential.
    topik: dict[str, Any] = {
        "credential_type": "eps_topik",
        "credential_level": None,
        "credential_score": 150,
    }
    add_programme(session, lpk.id or 0, "KR-TOPIK", subject="Persiapan EPS-TOPIK", **topik)
    make_partner(session, "LPK Tanpa Program", kind="training_provider")
    korea_order(session, agency, "JO-SD-1", 3)  # EPS-TOPIK 100 or more, age 18 to 39
    ready = add_applicant(session, 1, birth_date=born(27))
    add_topik(session, ready, 150)
    short_of_points = add_applicant(session, 2, birth_date=born(27))
    add_topik(session, short_of_points, 95)  # the scheme's 80, not the order's 100
    too_old = add_applicant(session, 3, birth_date=born(45))
    add_topik(session, too_old, 150)
    add_applicant(session, 4, birth_date=born(27))  # no test at all: two rules short
    no_consent = add_applicant(session, 5, birth_date=born(27), consent=False)
    add_topik(session, no_consent, 190)

    report: dict[str, Any] = officer.get(URL).json()
    (row,) = report["demand"]
    assert (row["country"], row["scheme"], row["sector"]) == ("KR", "kr_eps_e9", "manufacturing")
    assert (row["job_orders"], row["open_positions"]) == (1, 3)
    assert (row["eligible_people"], row["near_eligible_people"], row["gap"]) == (1, 2, 2)
    missing = {m["code"]: m for m in row["missing"]}
    assert missing["age_above_maximum"]["people"] == 1
    (language,) = [m for m in row["missing"] if m["code"] != "age_above_maximum"]
    assert language["people"] == 1 and "eps_topik" in language["requirement"]
    assert [t["name"] for t in language["training"]] == [lpk.name]
    assert missing["age_above_maximum"]["training"] == []

    supply = report["supply"]
    assert (supply["eligible"], supply["near_eligible"]) == (1, 2)
    assert {c["key"]: (c["eligible"], c["near_eligible"]) for c in supply["by_age_band"]} == {
        "25-29": (1, 1),
        "40+": (0, 1),
    }
    assert {c["key"] for c in supply["by_eps_topik_band"]} == {"140-159", "80-99"}
    assert sum(c["eligible"] + c["near_eligible"] for c in supply["by_kecamatan"]) == 3


def test_filters_and_bad_input(officer: TestClient, session: Session) -> None:
    agency = make_partner(session, "PT Filter Agency").id or 0
    korea_order(session, agency, "JO-SD-2", 1)
    assert officer.get(URL, params={"country": "JP"}).json()["demand"] == []
    assert len(officer.get(URL, params={"sector": "manufacturing"}).json()["demand"]) == 1
    assert_problem(officer.get(URL, params={"country": "Korea"}), 422, "validation_failed")
    assert_problem(officer.get(URL, params={"sector": "mining"}), 422, "validation_failed")
