"""One journey through the programme, from sign-up to departure, against the real server.

Every call goes through the generated Python client, as the mobile app, the agencies' and
the training centres' systems and the office would make it. The bootstrap admin comes from
the server's environment, as in a deployment; everything else is created through the API.
"""

import hashlib
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from serang_placement_client import AuthenticatedClient
from serang_placement_client.api.applicants import get_applicant, update_applicant
from serang_placement_client.api.applications import (
    create_application,
    get_application,
    list_applications,
    transition_application,
    update_application,
)
from serang_placement_client.api.auth import get_me, register, verify_contact_change
from serang_placement_client.api.credentials import (
    create_credential,
    list_credentials,
    update_credential,
)
from serang_placement_client.api.documents import (
    document_checklist,
    record_document,
    upload_document_file,
    verify_document,
)
from serang_placement_client.api.matching import (
    get_eligibility,
    get_run,
    list_candidates,
    list_matches,
    start_run,
)
from serang_placement_client.api.stats import targets as targets_progress
from serang_placement_client.api.training import (
    enrol,
    get_enrolment,
    list_enrolments,
    list_my_enrolments,
    report_completion,
)
from serang_placement_client.models import (
    ApplicantRead,
    ApplicantUpdate,
    ApplicationCreate,
    ApplicationRead,
    ApplicationTransition,
    ApplicationUpdate,
    BodyUploadDocumentFile,
    CandidatePage,
    CompletionReport,
    ContactChangeVerify,
    CredentialCreate,
    CredentialRead,
    CredentialUpdate,
    DocumentChecklist,
    DocumentDecision,
    DocumentDecisionDecision,
    DocumentDetails,
    DocumentRead,
    EligibilityRead,
    EnrolmentCreate,
    EnrolmentRead,
    MatchesRead,
    MatchingRunCreate,
    MatchingRunRead,
    MeRead,
    PageApplicationRead,
    PageCredentialRead,
    PageEnrolmentRead,
    Problem,
    RegisterRequest,
    TargetsProgressRead,
)
from serang_placement_client.types import File

from tests.e2e.actors import anonymous, expect, person
from tests.e2e.office import (
    PASSWORD,
    job_orders,
    publish_training,
    set_up_office,
    sync_job_orders,
)
from tests.e2e.server import LiveServer
from tests.factories import make_nik

pytestmark = [pytest.mark.slow, pytest.mark.e2e]  # a live server

RUN_SECONDS = 30.0
SCAN = b"%PDF-1.7\n% a scanned document\n%%EOF\n"


@dataclass
class Seeker:
    api: AuthenticatedClient
    applicant_id: int
    full_name: str
    server_log: Path


def sign_up(server: LiveServer, serial: int, full_name: str, sex: str, birth: date) -> Seeker:
    """A job seeker registers with the least the form asks for, then logs in."""
    email = f"calon.pmi{serial}@example.com"
    applicant = {
        "nik": make_nik(birth, sex, serial=serial),
        "full_name": full_name,
        "birth_date": birth.isoformat(),
        "sex": sex,
        "kelurahan_code": "3673011002",
        "education_level": "smk",
    }
    body = RegisterRequest.from_dict({"email": email, "password": PASSWORD, "applicant": applicant})
    me = expect(register.sync(client=anonymous(server), body=body), MeRead)
    api = person(server, email, PASSWORD)
    assert expect(get_me.sync(client=api), MeRead).applicant_id == me.applicant_id
    return Seeker(api, me.applicant_id, full_name, server.log)


def complete_profile(seeker: Seeker, wishes: dict[str, Any]) -> None:
    """Skills, experience, preferences and consent, written against the record's ETag."""
    read = get_applicant.sync_detailed(seeker.applicant_id, client=seeker.api)
    assert read.status_code == 200
    given_at = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    changes = {
        "phone": "0812-7000-0001",
        "address": "Jl. Ki Mas Jong No. 5, Serang",
        "marital_status": "single",
        **wishes,
        "consent": {"given_at": given_at, "version": "2026-01"},
    }
    updated = expect(
        update_applicant.sync(
            seeker.applicant_id,
            client=seeker.api,
            body=ApplicantUpdate.from_dict(changes),
            if_match=read.headers["etag"],
        ),
        ApplicantRead,
    )
    assert updated.consent is not None
    assert updated.version == 2
    # The new phone waits for the code sent to it: no SMS gateway here, so the server's log.
    assert updated.phone is None
    assert [p.destination_kind for p in updated.contact_changes_pending] == ["phone"]
    written = re.findall(r"to \+6281270000001: .*?(\d{6})", seeker.server_log.read_text())
    proof = ContactChangeVerify.from_dict({"kind": "phone", "code": written[-1]})
    verified = expect(verify_contact_change.sync(client=seeker.api, body=proof), ApplicantRead)
    assert verified.phone == "+6281270000001"


def add_credential(seeker: Seeker, credential: dict[str, Any]) -> int:
    created = expect(
        create_credential.sync(
            seeker.applicant_id, client=seeker.api, body=CredentialCreate.from_dict(credential)
        ),
        CredentialRead,
    )
    assert created.verification == "pending"  # the person's own entry waits for an officer
    return int(created.id)


def see_what_is_missing(seeker: Seeker, vacancy_id: int, cohort_id: int) -> None:
    """Before training: the Japanese order is a near miss for want of JLPT N4, and the way to
    it is the training centre's cohort with a free seat."""
    matches = expect(list_matches.sync(seeker.applicant_id, client=seeker.api), MatchesRead)
    assert vacancy_id not in [m.vacancy_id for m in matches.items]
    miss = next(m for m in matches.near_misses if m.vacancy_id == vacancy_id)
    # The scheme's rule and the order's own requirement both ask for the same level.
    assert {rule.rule_id for rule in miss.unmet} == {"jp_ssw.japanese", "job_order.language"}
    for rule in miss.unmet:
        assert rule.code == "language_level_below"
        assert (rule.remedy.credential_type, rule.remedy.level) == ("jlpt", "N4")
        assert cohort_id in [provider.cohort_id for provider in rule.remedy.training_providers]


def train(seeker: Seeker, training_centre: AuthenticatedClient, cohort_id: int) -> int:
    """The seeker takes a seat; the centre finds the enrolment and reports a pass. The id of
    the credential the pass granted."""
    enrolment = expect(
        enrol.sync(cohort_id, client=seeker.api, body=EnrolmentCreate.from_dict({})),
        EnrolmentRead,
    )
    assert enrolment.applicant_id == seeker.applicant_id
    roster = expect(list_enrolments.sync(cohort_id, client=training_centre), PageEnrolmentRead)
    assert [e.id for e in roster.items] == [enrolment.id]
    report = CompletionReport.from_dict(
        {
            "passed": True,
            "completed_on": date.today().isoformat(),
            "result_level": "N4",
            "certificate_number": "LPK-NS-2026-0001",
        }
    )
    completed = expect(
        report_completion.sync(enrolment.id, client=training_centre, body=report), EnrolmentRead
    )
    assert completed.status == "completed"
    assert isinstance(completed.credential_id, int)
    # The seeker sees the result among their own enrolments, and the enrolment itself.
    own = expect(list_my_enrolments.sync(client=seeker.api), PageEnrolmentRead)
    assert [(e.id, e.status) for e in own.items] == [(enrolment.id, "completed")]
    seen = expect(get_enrolment.sync(enrolment.id, client=seeker.api), EnrolmentRead)
    assert seen.credential_id == completed.credential_id
    return completed.credential_id


def apply_when_eligible(seeker: Seeker, vacancy_id: int) -> int:
    """With N4 held, the order is a match and every hard rule is met; the seeker applies."""
    matches = expect(list_matches.sync(seeker.applicant_id, client=seeker.api), MatchesRead)
    assert vacancy_id in [m.vacancy_id for m in matches.items]
    eligibility = expect(
        get_eligibility.sync(seeker.applicant_id, client=seeker.api, vacancy_id=vacancy_id),
        EligibilityRead,
    )
    assert eligibility.eligible, eligibility.to_dict()
    assert eligibility.unmet == []
    application = expect(
        create_application.sync(
            client=seeker.api, body=ApplicationCreate.from_dict({"vacancy_id": vacancy_id})
        ),
        ApplicationRead,
    )
    assert application.stage == "matched"
    assert application.source == "applicant"
    return int(application.id)


def move(api: AuthenticatedClient, application_id: int, to_stage: str) -> ApplicationRead:
    body = ApplicationTransition.from_dict({"to_stage": to_stage})
    moved = expect(
        transition_application.sync(application_id, client=api, body=body), ApplicationRead
    )
    assert moved.stage == to_stage
    return moved


def select_from_shortlist(agency: AuthenticatedClient, seeker: Seeker, vacancy_id: int) -> int:
    """The agency reads the anonymous shortlist and the application, then runs its selection:
    the name is revealed only once the candidate is selected."""
    shortlist = expect(list_candidates.sync(vacancy_id, client=agency), CandidatePage)
    assert seeker.applicant_id in [c.applicant_id for c in shortlist.items]
    for candidate in shortlist.items:
        shown = candidate.to_dict()
        assert not {"full_name", "nik", "phone", "email"} & set(shown)
        assert seeker.full_name not in str(shown)
    page = expect(list_applications.sync(client=agency, vacancy_id=vacancy_id), PageApplicationRead)
    (application,) = page.items
    assert application.candidate.anonymous
    assert application.candidate.full_name is None
    for stage in ("shortlisted", "interviewed"):
        assert move(agency, application.id, stage).candidate.anonymous
    selected = move(agency, application.id, "selected")
    assert not selected.candidate.anonymous
    assert selected.candidate.full_name == seeker.full_name
    return int(application.id)


def run_allocation(officer: AuthenticatedClient) -> MatchingRunRead:
    """An allocation run over every open order, followed until it is done (bounded)."""
    started = start_run.sync_detailed(client=officer, body=MatchingRunCreate.from_dict({}))
    assert started.status_code == 202, started.content
    run = expect(started.parsed, MatchingRunRead)
    assert started.headers["location"] == f"/api/v1/matching/runs/{run.id}"
    deadline = time.monotonic() + RUN_SECONDS
    while run.status in ("queued", "running"):
        assert time.monotonic() < deadline, f"run {run.id} still {run.status} ({run.phase})"
        time.sleep(0.2)
        run = expect(get_run.sync(run.id, client=officer), MatchingRunRead)
    assert run.status == "completed", run.to_dict()
    return run


def complete_documents(officer: AuthenticatedClient, seeker: Seeker, application_id: int) -> None:
    """The documents stage: the seeker records every item of the checklist and uploads its
    scan; departure is refused while they wait for verification; the officer verifies each
    (and the seeker's skill-test certificate) and records when the contract starts."""
    move(officer, application_id, "documents")
    checklist = expect(
        document_checklist.sync(application_id, client=seeker.api), DocumentChecklist
    )
    assert not checklist.departure_ready and {i.state for i in checklist.items} == {"missing"}
    assert {"pregnancy_test", "police_certificate"} <= {i.kind.value for i in checklist.items}
    # Issued yesterday, departure in 5 days: her pregnancy test counts for 7 days only.
    issued, expires = date.today() - timedelta(days=1), date.today() + timedelta(days=5 * 365)
    for item in checklist.items:
        details = DocumentDetails(number=f"{item.kind}-001", issued_on=issued, expires_on=expires)
        expect(
            record_document.sync(application_id, item.kind, client=seeker.api, body=details),
            DocumentRead,
        )
        scan = File(
            payload=BytesIO(SCAN), file_name=f"{item.kind}.pdf", mime_type="application/pdf"
        )
        uploaded = expect(
            upload_document_file.sync(
                application_id, item.kind, client=seeker.api, body=BodyUploadDocumentFile(scan)
            ),
            DocumentRead,
        )
        assert uploaded.file.sha256 == hashlib.sha256(SCAN).hexdigest()
    refused = transition_application.sync(
        application_id,
        client=officer,
        body=ApplicationTransition.from_dict({"to_stage": "departed"}),
    )
    assert isinstance(refused, Problem) and refused.code == "departure_documents_incomplete"
    for item in checklist.items:
        decision = DocumentDecision(decision=DocumentDecisionDecision.VERIFIED)
        expect(
            verify_document.sync(application_id, item.kind, client=officer, body=decision),
            DocumentRead,
        )
    starts = ApplicationUpdate(contract_starts_on=date.today() + timedelta(days=5))
    expect(update_application.sync(application_id, client=officer, body=starts), ApplicationRead)
    pending = [c.id for c in credentials_of(officer, seeker) if c.verification == "pending"]
    for credential_id in pending:
        verified = expect(
            update_credential.sync(
                seeker.applicant_id,
                credential_id,
                client=officer,
                body=CredentialUpdate.from_dict({"verification": "verified"}),
            ),
            CredentialRead,
        )
        assert verified.verification == "verified"
    ready = expect(document_checklist.sync(application_id, client=officer), DocumentChecklist)
    assert ready.departure_ready and {i.state for i in ready.items} == {"verified"}


def credentials_of(api: AuthenticatedClient, seeker: Seeker) -> list[Any]:
    page = expect(list_credentials.sync(seeker.applicant_id, client=api), PageCredentialRead)
    return list(page.items)


def progress_of(officer: AuthenticatedClient, year: int, target_id: int) -> Any:
    read = expect(targets_progress.sync(client=officer, year=year), TargetsProgressRead)
    return next(t for t in read.targets if t.target_id == target_id)


def test_journey_from_sign_up_to_departure(server: LiveServer) -> None:
    today = date.today()
    office = set_up_office(server)
    cohort_id = publish_training(office.training_centre, today)
    private, government = job_orders(today + timedelta(days=60))
    orders = sync_job_orders(office.agency, private) | sync_job_orders(
        office.government, government
    )
    japan, korea = orders["BKS-JP-2026-001"], orders["BKS-KR-2026-001"]

    # A job seeker for Japan: no matching before consent, then a full profile.
    siti = sign_up(server, 11, "Siti Nurhaliza", "F", date(1999, 4, 12))
    refused = list_matches.sync(siti.applicant_id, client=siti.api)
    assert isinstance(refused, Problem)
    assert refused.code == "consent_required"
    complete_profile(
        siti,
        {
            "skills": ["food processing", "hygiene"],
            "experience": [{"occupation": "Food processing worker", "years": 2}],
            "preferred_countries": ["JP"],
            "preferred_sectors": ["food_manufacturing"],
        },
    )
    skill_test = {
        "type": "ssw_skill_test",
        "field": "food_manufacturing",
        "issuer": "OTAFF",
        "issued_on": (today - timedelta(days=90)).isoformat(),
        "certificate_number": "OTAFF-2026-0042",
    }
    add_credential(siti, skill_test)
    see_what_is_missing(siti, japan, cohort_id)
    n4 = train(siti, office.training_centre, cohort_id)
    assert n4 in [c.id for c in credentials_of(siti.api, siti) if c.verification == "verified"]
    application_id = apply_when_eligible(siti, japan)

    # A second job seeker, for Korea, whom only the allocation run proposes.
    budi = sign_up(server, 12, "Budi Santoso", "M", date(1997, 8, 3))
    complete_profile(
        budi,
        {
            "experience": [{"occupation": "Machine operator", "years": 3}],
            "preferred_countries": ["KR"],
            "preferred_sectors": ["manufacturing"],
        },
    )
    topik = {
        "type": "eps_topik",
        "score": 160,
        "issuer": "HRD Korea",
        "issued_on": (today - timedelta(days=30)).isoformat(),
    }
    add_credential(budi, topik)
    roster = {
        "type": "eps_roster",
        "issuer": "HRD Korea",
        "issued_on": (today - timedelta(days=7)).isoformat(),
    }
    add_credential(budi, roster)

    assert select_from_shortlist(office.agency, siti, japan) == application_id
    pipeline = progress_of(office.officer, office.year, office.departures_target_id)
    assert (pipeline.achieved, pipeline.in_pipeline) == (0, 1)

    run = run_allocation(office.officer)
    assert run.summary.proposals == 1
    assert {(f.vacancy_id, f.proposed) for f in run.summary.filled} >= {(korea, 1)}
    proposed = expect(
        list_applications.sync(client=office.officer, applicant_id=budi.applicant_id),
        PageApplicationRead,
    )
    assert [(a.vacancy_id, a.stage, a.source) for a in proposed.items] == [
        (korea, "matched", "matching_run")
    ]

    complete_documents(office.officer, siti, application_id)
    move(office.officer, application_id, "departed")
    mine = expect(get_application.sync(application_id, client=siti.api), ApplicationRead)
    assert [h.to_stage for h in mine.history] == [
        "matched",
        "shortlisted",
        "interviewed",
        "selected",
        "documents",
        "departed",
    ]
    assert expect(get_applicant.sync(siti.applicant_id, client=siti.api), ApplicantRead).status == (
        "placed"
    )

    departures = progress_of(office.officer, office.year, office.departures_target_id)
    assert (departures.country, departures.achieved, departures.in_pipeline) == ("JP", 1, 0)
    assert departures.gap == departures.number - 1
    trained = progress_of(office.officer, office.year, office.trained_target_id)
    assert trained.achieved == 1
