"""Demo logins, one of each kind of caller, for trying the API on demo data.

They exist only where the demo data is loaded (an empty database, `make run`); README.md lists
them. The first admin is not here: it comes from BOOTSTRAP_ADMIN_EMAIL / _PASSWORD at start-up,
as in a real deployment.
"""

from dataclasses import dataclass

from sqlmodel import Session, select

from app.core.security import hash_password
from app.models import Applicant, Partner
from app.models.identity import PartnerClient, Role, Scope, UserAccount


@dataclass(frozen=True)
class DemoLogin:
    login: str
    secret: str


OFFICER = DemoLogin("officer@demo.serangkota.example", "DemoOfficer2026serang")
JOB_SEEKER = DemoLogin("seeker@demo.serangkota.example", "DemoSeeker2026serang")
AGENCY_CLIENT = DemoLogin("demo-one-asia", "demo-one-asia-client-secret-2026")
TRAINING_CLIENT = DemoLogin("demo-bbpvp-serang", "demo-bbpvp-client-secret-2026")

AGENCY_SCOPES = [
    Scope.vacancies_read,
    Scope.vacancies_write,
    Scope.applications_read,
    Scope.applications_write,
    Scope.webhooks_manage,
]
TRAINING_SCOPES = [Scope.training_write, Scope.webhooks_manage]


def add_demo_accounts(
    session: Session, job_seeker: Applicant, agency: Partner, training_centre: Partner
) -> int:
    """Add the demo officer, job seeker and partner clients to the session; their count."""
    rows = [
        UserAccount(
            email=OFFICER.login,
            full_name="Petugas Demo Disnakertrans",
            password_hash=hash_password(OFFICER.secret),
            role=Role.officer,
        ),
        UserAccount(
            email=JOB_SEEKER.login,
            full_name=job_seeker.full_name,
            password_hash=hash_password(JOB_SEEKER.secret),
            role=Role.applicant,
            applicant_id=job_seeker.id,
        ),
        PartnerClient(
            client_id=AGENCY_CLIENT.login,
            secret_hash=hash_password(AGENCY_CLIENT.secret),
            partner_id=agency.id or 0,
            name=f"{agency.name} job-order system (demo)",
            scopes=[s.value for s in AGENCY_SCOPES],
        ),
        PartnerClient(
            client_id=TRAINING_CLIENT.login,
            secret_hash=hash_password(TRAINING_CLIENT.secret),
            partner_id=training_centre.id or 0,
            name=f"{training_centre.name} training system (demo)",
            scopes=[s.value for s in TRAINING_SCOPES],
        ),
    ]
    session.add_all(rows)
    return len(rows)


def _label(session: Session, login: DemoLogin) -> str:
    """How the audit trail names a demo login (`user:<id>`), once added and flushed."""
    account_id = session.exec(select(UserAccount.id).where(UserAccount.email == login.login)).one()
    return f"user:{account_id}"


def demo_officer_label(session: Session) -> str:
    return _label(session, OFFICER)
