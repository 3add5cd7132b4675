"""A job seeker's own enrolments across cohorts, and one enrolment, for whoever may see it."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from tests.auth_helpers import applicant_headers, bearer, client_token, make_partner
from tests.factories import add_applicant, assert_problem
from tests.test_training import API, publish


def test_a_job_seeker_lists_their_own_enrolments_only(
    client: TestClient, session: Session, officer: TestClient
) -> None:
    provider = make_partner(session, "BBPVP Serang", kind="training_provider")
    headers = bearer(client_token(client, session, provider, ["training:write"]))
    first = publish(client, headers, "JP-N4")
    second = publish(client, headers, "KR-EPS")
    mine, me = applicant_headers(client)
    other = add_applicant(session, 7)
    ids = [
        client.post(f"{API}/cohorts/{c}/enrolments", json={}, headers=mine).json()["id"]
        for c in (first, second)
    ]
    theirs = officer.post(f"{API}/cohorts/{first}/enrolments", json={"applicant_id": other})
    assert theirs.status_code == 201, theirs.text
    client.post(f"{API}/enrolments/{ids[0]}/withdrawal", headers=mine)

    listed = client.get(f"{API}/enrolments", headers=mine).json()
    assert [(e["id"], e["applicant_id"]) for e in listed["items"]] == [(i, me) for i in ids]
    # Asking for someone else's gives one's own still: a job seeker sees no other person.
    asked = client.get(f"{API}/enrolments?applicant_id={other}", headers=mine).json()
    assert [e["id"] for e in asked["items"]] == ids
    active = client.get(f"{API}/enrolments?status=enrolled", headers=mine).json()
    assert [e["id"] for e in active["items"]] == [ids[1]]
    paged = client.get(f"{API}/enrolments?limit=1", headers=mine).json()
    assert [e["id"] for e in paged["items"]] == [ids[0]] and paged["next_cursor"]
    rest = client.get(f"{API}/enrolments?limit=1&cursor={paged['next_cursor']}", headers=mine)
    assert [e["id"] for e in rest.json()["items"]] == [ids[1]]

    # Officers see anyone's, by person.
    everyone = officer.get(f"{API}/enrolments").json()["items"]
    assert len(everyone) == 3
    by_person = officer.get(f"{API}/enrolments?applicant_id={other}").json()["items"]
    assert [e["id"] for e in by_person] == [theirs.json()["id"]]
    assert_problem(officer.get(f"{API}/enrolments?status=graduated"), 422, "validation_failed")


def test_one_enrolment_is_seen_by_its_person_officers_and_its_provider(
    client: TestClient, session: Session, officer: TestClient
) -> None:
    provider = make_partner(session, "BBPVP Serang", kind="training_provider")
    headers = bearer(client_token(client, session, provider, ["training:write"]))
    other_provider = make_partner(session, "LPK Lain", kind="training_provider")
    elsewhere = bearer(client_token(client, session, other_provider, ["training:write"]))
    cohort = publish(client, headers)
    mine, me = applicant_headers(client)
    someone, _ = applicant_headers(client, serial=2)
    enrolment = client.post(f"{API}/cohorts/{cohort}/enrolments", json={}, headers=mine).json()
    url = f"{API}/enrolments/{enrolment['id']}"

    for caller in (mine, headers, officer.headers):
        seen = client.get(url, headers=caller)
        assert seen.status_code == 200, seen.text
        assert (seen.json()["applicant_id"], seen.json()["cohort_id"]) == (me, cohort)
    # Anyone else is told it does not exist, so no id is confirmed.
    for caller in (someone, elsewhere):
        assert_problem(client.get(url, headers=caller), 404, "not_found")
    assert_problem(client.get(f"{API}/enrolments/999999", headers=mine), 404, "not_found")
