"""Demo training offer of BBPVP Serang: the two language courses the programme leans on.

Japanese to JLPT N4 (the language bar of SSW Japan) and EPS-TOPIK preparation (the Korean
test of the EPS), each with one cohort starting a few weeks after the data is loaded, so that
eligibility remedies in the demo point at seats that can really be taken.
"""

from datetime import date, timedelta

from sqlmodel import Session

from app.core import clock
from app.models.credential import CredentialType
from app.models.partner import Partner
from app.models.training import Cohort, CostPayer, TrainingProgramme

# external id: (subject, credential type, level, score, weeks, seats)
PROGRAMMES: dict[str, tuple[str, CredentialType, str | None, int | None, int, int]] = {
    "BBPVP-JP-N4": ("Bahasa Jepang N4 (persiapan SSW)", CredentialType.jlpt, "N4", None, 16, 32),
    "BBPVP-EPS-TOPIK": ("Persiapan EPS-TOPIK", CredentialType.eps_topik, None, 150, 12, 40),
}


def add_demo_training(session: Session, bbpvp: Partner, today: date | None = None) -> int:
    """Insert the programmes and their cohorts (not committed); how many programmes."""
    start = (today or clock.today()) + timedelta(weeks=3)
    for external_id, (subject, kind, level, score, weeks, seats) in PROGRAMMES.items():
        programme = TrainingProgramme(
            provider_id=bbpvp.id or 0,
            external_id=external_id,
            subject=subject,
            credential_type=kind,
            credential_level=level,
            credential_score=score,
            duration_weeks=weeks,
            location="BBPVP Serang, Jl. Raya Serang-Jakarta km 4, Serang",
            # Institutional courses of the Ministry of Manpower are free to the trainee.
            cost_amount=0,
            cost_payer=CostPayer.government,
        )
        session.add(programme)
        session.flush()
        session.add(
            Cohort(
                programme_id=programme.id or 0,
                external_id=f"{external_id}-{start:%Y%m}",
                starts_on=start,
                ends_on=start + timedelta(weeks=weeks),
                seats=seats,
            )
        )
    return len(PROGRAMMES)
