"""The demo data as a job seeker, an agency and an officer meet it: every open job order has
someone it can take, and the demo job seeker has somewhere to go.

Judged on a fixed day: the demo's results and roster places carry fixed dates.
"""

from datetime import date

from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.demo.accounts import JOB_SEEKER
from app.demo.data import load_demo_data
from app.demo.showcase import SEEKER
from app.models import Applicant, Application, ApplicationStageChange, ChannelState, Vacancy
from app.services.matching.closures import closure_of
from app.services.matching.ranking import rank_candidates, rank_matches
from tests.auth_helpers import bearer, login

DEMO_DAY = date(2026, 12, 5)


def test_every_open_demo_order_has_an_eligible_consenting_person(session: Session) -> None:
    load_demo_data(session)
    orders = session.exec(select(Vacancy).order_by(col(Vacancy.id))).all()
    eligible = {v.external_id: rank_candidates(session, v, DEMO_DAY) for v in orders}
    assert all(closure_of(session, v) is None for v in orders)
    for order in orders:
        assert eligible[order.external_id], f"nobody eligible for {order.external_id}"
    people = {p.id: p for p in session.exec(select(Applicant)).all()}
    for ranked in eligible.values():
        assert all(people[r.applicant.applicant_id].consent_given_at for r in ranked)
    # The rules at work in the showcase: judged at the EPS-TOPIK, through TITP (ii), by channel.
    names = {
        key: {people[r.applicant.applicant_id].full_name for r in eligible[key]} for key in eligible
    }
    assert "Dadang Supriatna" in names["SGP-KR-0201"]  # 41 today, sat the test at 39
    assert "Ujang Hidayat" in names["SGP-JP-0143"]  # TITP (ii) in farming, no SSW tests
    assert "Ujang Hidayat" not in names["BKM-JP-2026-002"]  # that employer asks for N4 itself
    assert "Rizki Maulana" in names["IMJ-2026-07"]  # SMK, 19: IM Japan's band
    assert "Endang Permana" in names["OA-KR-2026-012"]  # the E-7 painter
    assert "Jajang Sunarya" in names["OA-KR-2026-011"]  # the E-7 welder
    assert "Intan Komalasari" in names["BKM-JP-2026-005"]  # the order states its SSW field


def test_the_demo_job_seeker_has_matches_and_applications_at_several_stages(
    client: TestClient, session: Session
) -> None:
    load_demo_data(session)
    seeker = session.exec(select(Applicant).where(Applicant.full_name == SEEKER.name)).one()
    matches, _ = rank_matches(session, seeker, DEMO_DAY)
    assert len(matches) >= 2
    applied = session.exec(select(Application).where(Application.applicant_id == seeker.id)).all()
    assert sorted(a.stage for a in applied) == ["interviewed", "matched", "withdrawn"]
    history = session.exec(
        select(ApplicationStageChange.to_stage)
        .join(Application)
        .where(Application.applicant_id == seeker.id)
        .order_by(col(ApplicationStageChange.id))
    ).all()
    assert history.count("matched") == 3 and "shortlisted" in history
    # Somewhere left to apply: an order the seeker is eligible for and has not applied to.
    applied_to = {a.vacancy_id for a in applied}
    assert [order.id for order, _ in matches if order.id not in applied_to]
    # The demo login is this person.
    token = login(client, JOB_SEEKER.login, JOB_SEEKER.secret)["access_token"]
    me = client.get("/api/v1/me", headers=bearer(token)).json()
    assert me["applicant_id"] == seeker.id


def test_the_suspended_e8_channel_is_recorded_closed_with_its_source(session: Session) -> None:
    load_demo_data(session)
    state = session.exec(select(ChannelState).where(ChannelState.code == "kr_e8")).one()
    assert not state.open and "2024" in (state.reason or "") and "jpnn" in (state.source or "")
