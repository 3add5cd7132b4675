"""A small world of placements for the aftercare tests: an agency, a job order, two seekers."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.credential import Credential
from tests.auth_helpers import applicant_headers, bearer, client_token, make_partner
from tests.factories import add_vacancy, roster_place
from tests.fixtures_documents import ready_for_departure

APPLICATIONS = "/api/v1/applications"
# How an officer drives an application from matched to each stage.
PATH = {
    "matched": [],
    "shortlisted": ["shortlisted"],
    "interviewed": ["shortlisted", "interviewed"],
    "selected": ["shortlisted", "interviewed", "selected"],
    "documents": ["shortlisted", "interviewed", "selected", "documents"],
    "departed": ["shortlisted", "interviewed", "selected", "documents", "departed"],
    "working": ["shortlisted", "interviewed", "selected", "documents", "departed", "working"],
    "returned": ["shortlisted", "interviewed", "selected", "documents", "departed", "returned"],
    "withdrawn": ["withdrawn"],
    "rejected": ["rejected"],
}


@dataclass
class Placements:
    officer: TestClient
    client: TestClient
    session: Session
    agency: dict[str, str]  # the owning agency's client, applications read and write
    agency_reader: dict[str, str]  # the owning agency's client, applications:read only
    other_agency: dict[str, str]
    agency_id: int
    vacancy_id: int
    seeker: dict[str, str]
    seeker_id: int
    stranger: dict[str, str]  # another job seeker
    stranger_id: int

    def new_vacancy(self, external_id: str) -> int:
        return add_vacancy(self.session, self.agency_id, external_id)

    def apply(self, applicant_id: int | None = None, vacancy_id: int | None = None) -> int:
        """An application filed by an officer; its id."""
        body = {"applicant_id": applicant_id or self.seeker_id, "vacancy_id": vacancy_id}
        body["vacancy_id"] = vacancy_id or self.vacancy_id
        response = self.officer.post(APPLICATIONS, json=body)
        assert response.status_code == 201, response.text
        return int(response.json()["id"])

    def move(self, application_id: int, to_stage: str, **extra: Any) -> Any:
        if to_stage in {"withdrawn", "rejected"} and "reason" not in extra:
            extra["reason"] = "no longer available"
        return self.officer.post(
            f"{APPLICATIONS}/{application_id}/transitions", json={"to_stage": to_stage, **extra}
        )

    def drive(self, application_id: int, stage: str) -> None:
        for step in PATH[stage]:
            if step == "departed":
                ready_for_departure(self.session, application_id)
            response = self.move(application_id, step)
            assert response.status_code == 200, response.text

    def placement(self, stage: str = "departed", applicant_id: int | None = None) -> int:
        application_id = self.apply(applicant_id)
        self.drive(application_id, stage)
        return application_id


def eligible_for_eps(session: Session, applicant_id: int) -> None:
    session.add(
        Credential(
            applicant_id=applicant_id,
            kind="language",
            type="eps_topik",
            score=150,
            issuer="HRD Korea",
            issued_on=date.today() - timedelta(days=30),
            verification="verified",
        )
    )
    session.add(roster_place(applicant_id, date.today() - timedelta(days=10)))
    session.commit()


def make_placements(officer: TestClient, client: TestClient, session: Session) -> Placements:
    agency = make_partner(session, "PT Bina Tenaga Serang")
    other = make_partner(session, "PT Duta Banten Mandiri")
    seeker, seeker_id = applicant_headers(client, 1)
    stranger, stranger_id = applicant_headers(client, 2)
    eligible_for_eps(session, seeker_id)
    return Placements(
        officer=officer,
        client=client,
        session=session,
        agency=bearer(
            client_token(client, session, agency, ["applications:read", "applications:write"])
        ),
        agency_reader=bearer(client_token(client, session, agency, ["applications:read"])),
        other_agency=bearer(client_token(client, session, other, ["applications:read"])),
        agency_id=agency.id or 0,
        vacancy_id=add_vacancy(session, agency.id or 0, "JO-001"),
        seeker=seeker,
        seeker_id=seeker_id,
        stranger=stranger,
        stranger_id=stranger_id,
    )
