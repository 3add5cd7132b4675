"""Progress against targets and the placement funnel, against a fixture counted by hand.

The fixture (times in WIB, 10:00 unless said; + is days after the previous entry):

    person kec  application  job order   history                                   now
    P1     01   a1           JP manuf.   2026-01-05 +10 +10 +10 +10 dep+15 work+2  working
    P2     02   a2           JP manuf.   2026-01-10 +20 +10 +10 +30 dep+41 ret+61  returned
    P2     02   a3           JP care     2026-07-10 +10 +10 +10 +30 dep+23         departed
    P3     01   a4           JP care     2026-01-02 +10 +10 +10 +30 dep+29 ret+90  returned
    P3     01   a5           JP manuf.   2026-06-10 +10 +10 +10 +30                documents
    P4     01   a6           JP manuf.   2025-09-01 +10 +10 +10 +30 dep 2025-12-31T16:30Z
                                         (23:30 WIB, still 2025), working 2026-01-05  working
    P5     02   a7           KR manuf.   2025-10-01 +10 +10 +10 +30 dep 2025-12-31T17:30Z
                                         (00:30 WIB on 1 January: 2026)            departed
    P6     02   a8           JP manuf.   2026-02-01 +5 +5 +5 +5                    documents
    P7     01   a9           JP care     2026-03-01 +7 +7 +7                       selected
    P8     01   a10          JP manuf.   2026-04-01 +3 +3                          interviewed
    P9     02   a11          JP manuf.   2026-02-15 +10 +10 +10 +10, withdrawn +5  withdrawn
    P10    01   a12          KR manuf.   2026-03-15 +4, rejected +3                rejected
    P11    02   a13          KR manuf.   2026-05-01, withdrawn +2                  withdrawn

Training (programme credential, status, completion date):
    P1 JLPT completed 2026-02-10; P2 EPS-TOPIK completed 2026-03-01; P8 BNSP completed
    2026-06-30; P9 JLPT completed 2025-12-20; P10 JLPT failed 2026-04-01; P10 EPS-TOPIK
    enrolled; P11 JLPT enrolled; P6 JLPT enrolled in a cancelled cohort; P1 EPS-TOPIK
    enrolled; P2 JLPT completed 2026-09-01.
"""

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.application import ApplicationStageChange
from app.models.training import Enrolment
from tests.auth_helpers import applicant_headers
from tests.factories import (
    add_applicant,
    add_application,
    add_job_order,
    add_programme,
    assert_problem,
    target_body,
)
from tests.fixtures_vacancies import add_agency

TARGETS = "/api/v1/stats/targets"
PIPELINE = "/api/v1/stats/pipeline"
WIB = timezone(timedelta(hours=7))
K1, K2 = "367301", "367302"
FUNNEL = ("matched", "shortlisted", "interviewed", "selected", "documents", "departed")

Step = tuple[str, float | datetime]


def wib(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=10, tzinfo=WIB)


def _apply(session: Session, person: int, job: int, start: datetime, steps: list[Step]) -> None:
    """An application with its history: each step after the previous by days, or at a time."""
    last = steps[-1][0] if steps else "matched"
    application_id = add_application(session, person, job, last, created_at=start)
    when, previous = start, None
    for stage, after in [("matched", start), *steps]:
        when = after if isinstance(after, datetime) else when + timedelta(days=after)
        reason = {"withdrawn": "Family reasons", "rejected": "Failed medical check"}.get(stage)
        session.add(
            ApplicationStageChange(
                application_id=application_id,
                from_stage=previous,
                to_stage=stage,
                reason=reason,
                actor="officer:1",
                at=when,
            )
        )
        previous = stage
    session.commit()


def _path(*days: float, then: list[Step] | None = None) -> list[Step]:
    """The funnel from shortlisted on, each step the given days after the previous."""
    return [*zip(FUNNEL[1:], days, strict=False), *(then or [])]


def _enrol(session: Session, person: int, cohort: int, status: str, on: date | None) -> None:
    session.add(
        Enrolment(
            cohort_id=cohort, applicant_id=person, status=status, enrolled_by="t", completed_on=on
        )
    )
    session.commit()


@pytest.fixture
def world(officer: TestClient, session: Session) -> dict[str, int]:
    agency = add_agency(session)
    jp_made = add_job_order(session, agency, "JO-1", country="JP", scheme="jp_ssw")
    jp_care = add_job_order(
        session, agency, "JO-2", country="JP", scheme="jp_ssw", sector="caregiving"
    )
    kr_made = add_job_order(session, agency, "JO-3")
    kecamatan = {1: K1, 2: K2, 3: K1, 4: K1, 5: K2, 6: K2, 7: K1, 8: K1, 9: K2, 10: K1, 11: K2}
    p = {n: add_applicant(session, n, kecamatan_code=k) for n, k in kecamatan.items()}
    late_2025 = datetime(2025, 12, 31, 16, 30, tzinfo=UTC)  # 23:30 WIB
    new_year = datetime(2025, 12, 31, 17, 30, tzinfo=UTC)  # 00:30 WIB, 2026
    _apply(
        session, p[1], jp_made, wib("2026-01-05"), _path(10, 10, 10, 10, 15, then=[("working", 2)])
    )
    _apply(
        session,
        p[2],
        jp_made,
        wib("2026-01-10"),
        _path(20, 10, 10, 30, 41, then=[("returned", 61)]),
    )
    _apply(session, p[2], jp_care, wib("2026-07-10"), _path(10, 10, 10, 30, 23))
    _apply(
        session,
        p[3],
        jp_care,
        wib("2026-01-02"),
        _path(10, 10, 10, 30, 29, then=[("returned", 90)]),
    )
    _apply(session, p[3], jp_made, wib("2026-06-10"), _path(10, 10, 10, 30))
    _apply(
        session,
        p[4],
        jp_made,
        wib("2025-09-01"),
        [*_path(10, 10, 10, 30), ("departed", late_2025), ("working", wib("2026-01-05"))],
    )
    _apply(
        session, p[5], kr_made, wib("2025-10-01"), [*_path(10, 10, 10, 30), ("departed", new_year)]
    )
    _apply(session, p[6], jp_made, wib("2026-02-01"), _path(5, 5, 5, 5))
    _apply(session, p[7], jp_care, wib("2026-03-01"), _path(7, 7, 7))
    _apply(session, p[8], jp_made, wib("2026-04-01"), _path(3, 3))
    _apply(
        session, p[9], jp_made, wib("2026-02-15"), _path(10, 10, 10, 10, then=[("withdrawn", 5)])
    )
    _apply(session, p[10], kr_made, wib("2026-03-15"), _path(4, then=[("rejected", 3)]))
    _apply(session, p[11], kr_made, wib("2026-05-01"), [("withdrawn", 2)])

    provider = add_agency(session, "BBPVP Serang", kind="training_provider")
    _, jlpt = add_programme(session, provider, "JP-N4")
    _, eps = add_programme(
        session, provider, "KR-EPS", credential_type="eps_topik", credential_level=None
    )
    _, bnsp = add_programme(
        session, provider, "LAS", credential_type="bnsp_competency", credential_level=None
    )
    _, cancelled = add_programme(session, provider, "JP-N4-B", cohort_status="cancelled")
    _enrol(session, p[1], jlpt, "completed", date(2026, 2, 10))
    _enrol(session, p[2], eps, "completed", date(2026, 3, 1))
    _enrol(session, p[8], bnsp, "completed", date(2026, 6, 30))
    _enrol(session, p[9], jlpt, "completed", date(2025, 12, 20))
    _enrol(session, p[10], jlpt, "failed", date(2026, 4, 1))
    _enrol(session, p[10], eps, "enrolled", None)
    _enrol(session, p[11], jlpt, "enrolled", None)
    _enrol(session, p[6], cancelled, "enrolled", None)
    _enrol(session, p[1], eps, "enrolled", None)
    _enrol(session, p[2], jlpt, "completed", date(2026, 9, 1))

    targets = {
        "jp": target_body(country="JP", number=10, stretch_number=None),
        "jp_made": target_body(country="JP", sector="manufacturing", number=2, stretch_number=None),
        "kr": target_body(),  # KR, 300-500
        "all": target_body(country=None, number=100, stretch_number=150),
        "trained": target_body(metric="trained", country=None, number=5, stretch_number=None),
        "trained_jp": target_body(metric="trained", country="JP", number=3, stretch_number=None),
        "jp_2025": target_body(year=2025, country="JP", number=50, stretch_number=None),
    }
    ids = {}
    for key, body in targets.items():
        response = officer.post("/api/v1/targets", json=body)
        assert response.status_code == 201, response.text
        ids[key] = response.json()["id"]
    return ids


def _figures(
    officer: TestClient, world: dict[str, int], **params: Any
) -> dict[str, tuple[Any, ...]]:
    response = officer.get(TARGETS, params={"year": 2026, **params})
    assert response.status_code == 200, response.text
    by_id = {row["target_id"]: row for row in response.json()["targets"]}
    assert world["jp_2025"] not in by_id
    names = {v: k for k, v in world.items()}
    return {
        names[i]: (
            row["achieved"],
            row["in_pipeline"],
            row["gap"],
            row["stretch_gap"],
            row["percent"],
        )
        for i, row in by_id.items()
    }


def test_targets_counted_from_the_records(officer: TestClient, world: dict[str, int]) -> None:
    # (achieved, in pipeline, gap, stretch gap, percent)
    assert _figures(officer, world) == {
        # departed in 2026 to JP: P1, P2 (twice, counted once), P3. P4 departed 23:30 WIB on
        # 31 December 2025. Pipeline: P6 (documents), P7 (selected); P3 is in documents but
        # already counted; P8 (interviewed) and P9 (withdrawn) are not past selection.
        "jp": (3, 2, 7, None, 30.0),
        # JP manufacturing: P1, P2; pipeline P3 (her departure was to care work) and P6.
        "jp_made": (2, 2, 0, None, 100.0),
        # KR: P5, departed 00:30 WIB on 1 January 2026; nobody past selection.
        "kr": (1, 0, 299, 499, 0.3),
        # anywhere: P1, P2, P3, P5; pipeline P6, P7.
        "all": (4, 2, 96, 146, 4.0),
        # completed in 2026: P1, P2 (twice, once), P8; P9 completed in 2025, P10 failed.
        # Enrolled now: P10, P11; P1 is already counted, P6's cohort is cancelled.
        "trained": (3, 2, 2, None, 60.0),
        # JP credentials (JLPT): P1, P2; enrolled in one: P11 (P6's cohort is cancelled).
        "trained_jp": (2, 1, 1, None, 66.7),
    }


def test_targets_by_kecamatan(officer: TestClient, world: dict[str, int]) -> None:
    # Kecamatan 01: P1, P3, P4, P7, P8, P10.
    assert _figures(officer, world, kecamatan=K1) == {
        "jp": (2, 1, 8, None, 20.0),  # P1, P3; pipeline P7
        "jp_made": (1, 1, 1, None, 50.0),  # P1; pipeline P3
        "kr": (0, 0, 300, 500, 0.0),
        "all": (2, 1, 98, 148, 2.0),  # P1, P3; pipeline P7
        "trained": (2, 1, 3, None, 40.0),  # P1, P8; pipeline P10
        "trained_jp": (1, 0, 2, None, 33.3),  # P1
    }
    # Kecamatan 02: P2, P5, P6, P9, P11.
    assert _figures(officer, world, kecamatan=K2) == {
        "jp": (1, 1, 9, None, 10.0),  # P2; pipeline P6
        "jp_made": (1, 1, 1, None, 50.0),  # P2; pipeline P6
        "kr": (1, 0, 299, 499, 0.3),  # P5
        "all": (2, 1, 98, 148, 2.0),  # P2, P5; pipeline P6
        "trained": (1, 1, 4, None, 20.0),  # P2; pipeline P11
        "trained_jp": (1, 1, 2, None, 33.3),  # P2; pipeline P11
    }


def test_targets_by_sector(officer: TestClient, world: dict[str, int]) -> None:
    assert _figures(officer, world, sector="manufacturing") == {
        # P1, P2; pipeline P3 (her 2026 departure was to care work, outside the filter), P6
        "jp": (2, 2, 8, None, 20.0),
        "jp_made": (2, 2, 0, None, 100.0),
        "kr": (1, 0, 299, 499, 0.3),  # P5
        "all": (3, 2, 97, 147, 3.0),  # P1, P2, P5; pipeline P3, P6
        "trained": (3, 2, 2, None, 60.0),  # training has no sector: as without the filter
        "trained_jp": (2, 1, 1, None, 66.7),
    }
    assert _figures(officer, world, sector="caregiving") == {
        "jp": (2, 1, 8, None, 20.0),  # P2 (a3), P3 (a4); pipeline P7
        "jp_made": (0, 0, 2, None, 0.0),
        "kr": (0, 0, 300, 500, 0.0),
        "all": (2, 1, 98, 148, 2.0),
        "trained": (3, 2, 2, None, 60.0),
        "trained_jp": (2, 1, 1, None, 66.7),
    }
    rows = officer.get(TARGETS, params={"year": 2026, "sector": "caregiving"}).json()["targets"]
    ignored = {row["metric"]: row["ignored_filters"] for row in rows}
    assert ignored == {"departures": [], "trained": ["sector"]}


def test_targets_by_country(officer: TestClient, world: dict[str, int]) -> None:
    assert _figures(officer, world, country="KR") == {
        "jp": (0, 0, 10, None, 0.0),
        "jp_made": (0, 0, 2, None, 0.0),
        "kr": (1, 0, 299, 499, 0.3),  # P5
        "all": (1, 0, 99, 149, 1.0),  # P5
        # EPS-TOPIK completed in 2026: P2; enrolled in it: P10, and P1 (her completion was
        # JLPT, outside the filter).
        "trained": (1, 2, 4, None, 20.0),
        "trained_jp": (0, 0, 3, None, 0.0),
    }


def test_targets_of_a_year_without_records(officer: TestClient, world: dict[str, int]) -> None:
    body = officer.get(TARGETS, params={"year": 2025}).json()
    # 2025: P4 departed to JP at 23:30 WIB on 31 December; P5 only after midnight WIB.
    # Pipeline is as of now: P6, P7 (P3 departed in 2026, not in 2025: she counts here).
    assert [(t["achieved"], t["in_pipeline"]) for t in body["targets"]] == [(1, 3)]
    assert officer.get(TARGETS, params={"year": 2030}).json()["targets"] == []


def _pipeline(officer: TestClient, **params: Any) -> dict[str, Any]:
    response = officer.get(PIPELINE, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _medians(body: dict[str, Any]) -> dict[str, tuple[int, float | None]]:
    return {
        f"{d['from_stage']}>{d['to_stage']}": (d["applications"], d["median_days"])
        for d in body["durations"]
    }


def test_pipeline_funnel(officer: TestClient, world: dict[str, int]) -> None:
    body = _pipeline(officer)
    assert body["applications"] == 13
    # reached: all 13 matched; a13 closed at matched, a12 at shortlisted, a10 is at
    # interviewed, a9 at selected, a5 a8 a11 stopped at documents; departed a1-a4, a6, a7.
    assert {s["stage"]: (s["reached"], s["current"]) for s in body["funnel"]} == {
        "matched": (13, 0),
        "shortlisted": (12, 0),
        "interviewed": (11, 1),  # a10
        "selected": (10, 1),  # a9
        "documents": (9, 2),  # a5, a8
        "departed": (6, 2),  # a3, a7
        "working": (2, 2),  # a1, a6
        "returned": (2, 2),  # a2, a4
    }
    assert body["closed"] == [
        {
            "stage": "withdrawn",
            "applications": 2,
            "from_stages": {"matched": 1, "documents": 1},
            "top_reasons": [{"reason": "Family reasons", "applications": 2}],
        },
        {
            "stage": "rejected",
            "applications": 1,
            "from_stages": {"shortlisted": 1},
            "top_reasons": [{"reason": "Failed medical check", "applications": 1}],
        },
    ]
    assert _medians(body) == {
        # 3 4 5 7 10 10 10 10 10 10 10 20 -> 10
        "matched>shortlisted": (12, 10.0),
        # 3 5 7 and 10 x 8 -> 10
        "shortlisted>interviewed": (11, 10.0),
        # 5 7 and 10 x 8 -> 10
        "interviewed>selected": (10, 10.0),
        # 5 10 10 30 30 30 30 30 30 -> 30
        "selected>documents": (9, 30.0),
        # 15 23 29 | a7: 31 d 14.5 h = 31.604 | 41 | a6: 61 d 13.5 h -> (29 + 31.604) / 2
        "documents>departed": (6, 30.3),
        # 61 90 -> 75.5
        "departed>returned": (2, 75.5),
        # 55 83 89 | a7: 91 d 14.5 h = 91.604 | 111 | a6: 121 d 13.5 h -> (89 + 91.604) / 2
        "matched>departed": (6, 90.3),
    }


def test_pipeline_filters(officer: TestClient, world: dict[str, int]) -> None:
    this_year = _pipeline(officer, year=2026)  # created in 2026: all but a6 and a7
    assert this_year["applications"] == 11
    assert this_year["funnel"][5] == {"stage": "departed", "reached": 4, "current": 1}
    medians = _medians(this_year)
    assert medians["documents>departed"] == (4, 26.0)  # 15 23 29 41
    assert medians["matched>departed"] == (4, 86.0)  # 55 83 89 111
    korea = _pipeline(officer, country="KR")  # a7, a12, a13
    assert [s["reached"] for s in korea["funnel"]] == [3, 2, 1, 1, 1, 1, 0, 0]
    assert [c["applications"] for c in korea["closed"]] == [1, 1]
    care = _pipeline(officer, sector="caregiving")  # a3, a4, a9
    assert [s["reached"] for s in care["funnel"]] == [3, 3, 3, 3, 2, 2, 0, 1]
    assert _medians(care)["documents>departed"] == (2, 26.0)  # 23 29
    kasemen = _pipeline(officer, kecamatan=K2)  # a2, a3, a7, a8, a11, a13
    assert kasemen["applications"] == 6
    assert [s["current"] for s in kasemen["funnel"]] == [0, 0, 0, 0, 1, 2, 0, 1]
    empty = _pipeline(officer, year=2030)
    assert empty["applications"] == 0
    assert all(d["median_days"] is None for d in empty["durations"])


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (TARGETS, {}),
        (TARGETS, {"year": 2019}),
        (TARGETS, {"year": "next"}),
        (TARGETS, {"year": 2026, "kecamatan": "367399"}),
        (TARGETS, {"year": 2026, "country": "Japan"}),
        (TARGETS, {"year": 2026, "sector": "mining"}),
        (PIPELINE, {"year": 2101}),
        (PIPELINE, {"kecamatan": "3673"}),
        (PIPELINE, {"sector": "domestic"}),
    ],
)
def test_bad_query_values(officer: TestClient, url: str, params: dict[str, Any]) -> None:
    assert_problem(officer.get(url, params=params), 422, "validation_failed")


def test_unknown_country(officer: TestClient) -> None:
    for url in (TARGETS, PIPELINE):
        body = assert_problem(
            officer.get(url, params={"year": 2026, "country": "ZZ"}), 422, "country_unknown"
        )
        assert body["errors"][0]["field"] == "country"


def test_staff_only(client: TestClient, officer: TestClient) -> None:
    headers, _ = applicant_headers(client)
    for url in (TARGETS, PIPELINE):
        assert client.get(url, params={"year": 2026}).status_code == 401
        response = client.get(url, params={"year": 2026}, headers=headers)
        assert_problem(response, 403, response.json()["code"])
