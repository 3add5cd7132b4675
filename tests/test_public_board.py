"""The public job board: the API without a login and the /lowongan pages (TestClient)."""

from datetime import date, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.channel import ChannelState
from tests.factories import add_applicant, add_job_order, add_programme, api_with, assert_problem
from tests.fixtures_vacancies import add_agency

URL = "/api/v1/public/vacancies"
WORKER_BPJS = {
    "item": "bpjs",
    "amount": 370_000,
    "currency": "IDR",
    "payer": "worker",
    "note": "internal: ask Pak Budi",
}


def _world(session: Session) -> dict[str, int]:
    agency = add_agency(session, "PT Terbuka")
    trainer = add_agency(session, "LPK Nihongo", kind="training_provider")
    add_programme(session, trainer, "N4-1", subject="Bahasa Jepang N4")
    ids = {
        "open": add_job_order(
            session,
            agency,
            "JO-1",
            country="JP",
            scheme="jp_ssw",
            sector="agriculture",
            occupation="Farm worker",
            title="Pekerja kebun <b>Hokkaido</b>",
            language="ja",
            min_language_level="N4",
            min_education="smp",
            salary_min=180_000,
            salary_max=200_000,
            currency="JPY",
            deadline=date.today() + timedelta(days=30),
        ),
        "paying": add_job_order(session, agency, "JO-2", cost_items=[WORKER_BPJS]),
        "closed": add_job_order(session, agency, "JO-3", status="closed"),
        "past": add_job_order(session, agency, "JO-4", deadline=date.today() - timedelta(days=1)),
        "full": add_job_order(session, agency, "JO-5", openings=2, filled=2),
        "seasonal": add_job_order(session, agency, "JO-6", scheme="kr_e8", sector="agriculture"),
    }
    session.add(ChannelState(code="kr_e8", open=False, reason="suspended", changed_by="user:1"))
    session.commit()
    add_applicant(session, 1)
    return ids


def test_only_open_orders_are_listed_without_a_login(client: TestClient, session: Session) -> None:
    ids = _world(session)
    response = client.get(URL)
    assert response.status_code == 200, response.text
    listed = [item["id"] for item in response.json()["items"]]
    assert listed == [ids["open"], ids["paying"]]


def test_an_order_reads_in_plain_words_without_internal_fields(
    client: TestClient, session: Session
) -> None:
    ids = _world(session)
    item = client.get(f"{URL}/{ids['open']}", headers={"Accept-Language": "id"}).json()
    assert item["country_name"] == "Jepang"
    assert item["salary_text"] == "JPY 180.000 - 200.000 per bulan"
    assert item["agency_name"] == "PT Terbuka"
    assert item["agency_licence_number"] == "SIP3MI PT Terbuka/2024"
    assert item["zero_cost_to_worker"] is True
    rules = {r["rule_id"]: r for r in item["requirements"]}
    assert rules["job_order.education"]["requirement"] == "Pendidikan minimal SMP."
    language = rules["job_order.language"]
    assert [t["provider"] for t in language["training"]] == ["LPK Nihongo"]
    assert rules["law18.health"]["checked_at"] == "documents"
    assert {"ktp", "passport", "pregnancy_test"} <= {d["kind"] for d in item["documents"]}
    for internal in ("external_id", "agency_id", "mou_id", "cost_items", "version", "status"):
        assert internal not in item
    paying = client.get(f"{URL}/{ids['paying']}").json()
    assert paying["worker_costs"] == [
        {"item": "bpjs", "label": "BPJS Ketenagakerjaan", "amount": 370000, "currency": "IDR"}
    ]
    assert "Pak Budi" not in client.get(f"{URL}/{ids['paying']}").text
    assert "NIK" not in str(item) and "nik" not in item


def test_requirements_are_the_rules_eligibility_evaluates(
    client: TestClient, session: Session
) -> None:
    from app.models.vacancy import Vacancy
    from app.services.matching.facts import vacancy_facts
    from app.services.matching.rules import rules_for

    ids = _world(session)
    vacancy = session.get(Vacancy, ids["open"])
    assert vacancy is not None
    expected = [r.id for r in rules_for(vacancy_facts(vacancy)) if r.id != "programme.channel_open"]
    item = client.get(f"{URL}/{ids['open']}").json()
    assert [r["rule_id"] for r in item["requirements"]] == expected


def test_orders_not_open_are_404(client: TestClient, session: Session) -> None:
    ids = _world(session)
    for key in ("closed", "past", "full", "seasonal"):
        assert_problem(client.get(f"{URL}/{ids[key]}"), 404, "not_found")


def test_filters_and_cursor_paging(client: TestClient, session: Session) -> None:
    ids = _world(session)
    japan = client.get(URL, params={"country": "JP"}).json()["items"]
    assert [v["id"] for v in japan] == [ids["open"]]
    assert client.get(URL, params={"sector": "agriculture", "scheme": "jp_ssw"}).json()["items"]
    first = client.get(URL, params={"limit": 1}).json()
    assert [v["id"] for v in first["items"]] == [ids["open"]]
    second = client.get(URL, params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert [v["id"] for v in second["items"]] == [ids["paying"]]
    assert second["next_cursor"] is None
    assert_problem(client.get(URL, params={"country": "japan"}), 422, "validation_failed")
    assert_problem(client.get(URL, params={"cursor": "!!"}), 422, "invalid_cursor")


def test_etag_and_cache_control(client: TestClient, session: Session) -> None:
    _world(session)
    first = client.get(URL, headers={"Accept-Language": "id"})
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "public, max-age=60"
    again = client.get(URL, headers={"Accept-Language": "id", "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    english = client.get(URL, headers={"Accept-Language": "en", "If-None-Match": etag})
    assert english.status_code == 200  # the words differ, so does the tag
    assert "Accept-Language" in english.headers["Vary"]


def test_the_per_address_rate_limit(app: FastAPI, client: TestClient, session: Session) -> None:
    _world(session)
    with api_with(app, public_requests_per_address_per_minute=3) as limited:
        for _ in range(3):
            assert limited.get(URL).status_code == 200
        refused = limited.get(URL)
        assert_problem(refused, 429, "rate_limited")
        assert int(refused.headers["Retry-After"]) >= 1
        page = limited.get("/lowongan")
        assert page.status_code == 429 and page.headers["content-type"].startswith("text/html")


def _html(client: TestClient, path: str, **headers: str) -> Any:
    response = client.get(path, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response


def test_the_board_page_escapes_and_speaks_indonesian_first(
    client: TestClient, session: Session
) -> None:
    ids = _world(session)
    page = _html(client, "/lowongan").text
    assert '<html lang="id">' in page
    assert "Pekerja kebun &lt;b&gt;Hokkaido&lt;/b&gt;" in page
    assert "<b>Hokkaido</b>" not in page
    assert f'href="/lowongan/{ids["open"]}?lang=id"' in page
    assert '<label for="f-country">Negara</label>' in page
    assert "Operator mesin pabrik" in page and "JO-3" not in page
    english = _html(client, "/lowongan?lang=en").text
    assert '<html lang="en">' in english and "Overseas job openings" in english
    negotiated = _html(client, "/lowongan", **{"Accept-Language": "en-GB,en;q=0.9"}).text
    assert '<html lang="en">' in negotiated
    assert '<html lang="id">' in _html(client, "/lowongan", **{"Accept-Language": "fr"}).text


def test_the_job_page_shows_needs_documents_training_and_a_share_link(
    client: TestClient, session: Session
) -> None:
    ids = _world(session)
    page = _html(client, f"/lowongan/{ids['open']}?lang=en").text
    assert "What you need" in page and "Passport" in page
    assert 'href="#training-' in page and 'id="training-' in page
    assert f'value="http://testserver/lowongan/{ids["open"]}"' in page
    assert "Content-Security-Policy" in _html(client, "/lowongan").headers
    missing = client.get(f"/lowongan/{ids['closed']}")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_no_page_refers_to_another_host(client: TestClient, session: Session) -> None:
    import re

    ids = _world(session)
    for path in ("/lowongan", f"/lowongan/{ids['open']}", "/dashboard"):
        page = client.get(path).text
        for url in re.findall(r'(?:src|href|action)="([^"]*)"', page):
            assert not re.match(r"^(?:[a-z]+:)?//", url), (path, url)
