"""Demo credentials: language results, skill certificates, roster places and training
completions, drawn for each demo applicant from their profile (app/demo/applicants.py)."""

import random
from datetime import date, datetime, time, timedelta

from app.demo.applicants import AGE_ON, PROFILE_OF_SECTOR, WIB, Profile
from app.models.applicant import Applicant, ApplicantStatus
from app.models.credential import KIND_OF_TYPE, Credential, CredentialType, Verification
from app.reference import Sector
from app.services.matching.rules import EPS_TOPIK_FLOOR
from app.services.matching.validity import validity_limit

ROSTER_BY = date(2026, 11, 30)  # the latest roster registration in the demo


def make_credentials(rng: random.Random, person: Applicant) -> list[Credential]:
    """Language results, skill certificates and training completions for one applicant."""
    profile = PROFILE_OF_SECTOR[person.preferred_sectors[0]]
    out: list[Credential] = []
    if profile.country == "JP":
        out.extend(_japanese(rng, person, profile))
    else:
        out.extend(_korean(rng, person, profile))
    trade = profile.country == "KR" and profile.competency is not None
    if (trade or profile.sector == Sector.automotive) and rng.random() < 0.4:
        field = "automotive" if profile.sector == Sector.automotive else profile.competency
        issued = _day(rng, date(2023, 3, 1), date(2025, 12, 31))
        out.append(_credential(rng, person, CredentialType.bnsp_competency, issued, field=field))
    if rng.random() < 0.12:
        japan = profile.country == "JP"
        subject = "bahasa Jepang N4" if japan else "bahasa Korea EPS-TOPIK"
        provider = "LPK Kokusai Jinzai Support (KJS)" if japan else "BBPVP Serang"
        issued = _day(rng, date(2024, 6, 1), date(2026, 1, 31))
        out.append(
            _credential(
                rng,
                person,
                CredentialType.training_completion,
                issued,
                field=subject,
                issuer=provider,
            )
        )
    return out


# JLPT results are announced about seven weeks after each July and December sitting.
JLPT_RESULTS = (date(2024, 8, 26), date(2025, 1, 27), date(2025, 8, 25), date(2026, 1, 26))


def _japanese(rng: random.Random, person: Applicant, profile: Profile) -> list[Credential]:
    out: list[Credential] = []
    if profile.competency and _age(person) >= 24 and rng.random() < 0.08:
        # Back from three years of technical intern training (ii) in the field: exempt from
        # the SSW skill test of that field and from the Japanese tests.
        completed = _day(rng, date(2023, 1, 1), date(2025, 10, 31))
        kind = CredentialType.titp_completion
        return [_credential(rng, person, kind, completed, field=profile.competency)]
    roll = rng.random()
    level = None
    if roll < 0.6:
        level = rng.choices(["N5", "N4", "N3"], [35, 45, 20])[0]
        issued = rng.choice(JLPT_RESULTS)
        out.append(
            _credential(
                rng,
                person,
                CredentialType.jlpt,
                issued,
                level=level,
                issuer="JEES / The Japan Foundation",
            )
        )
    if 0.45 < roll < 0.75:
        issued = _day(rng, date(2024, 3, 1), date(2026, 1, 31))
        out.append(_credential(rng, person, CredentialType.jft_basic, issued, level="A2"))
        level = level if level in {"N4", "N3"} else "A2"
    if level not in {"N4", "N3", "A2"}:
        return out  # not yet at the SSW language level
    if profile.sector == Sector.caregiving and rng.random() < 0.6:
        issued = _day(rng, date(2024, 6, 1), date(2026, 1, 31))
        out.append(
            _credential(
                rng, person, CredentialType.nursing_care_japanese, issued, issuer="Prometric (MHLW)"
            )
        )
    if profile.competency and rng.random() < 0.55:
        issued = _day(rng, date(2024, 6, 1), date(2026, 1, 31))
        out.append(
            _credential(
                rng,
                person,
                CredentialType.ssw_skill_test,
                issued,
                field=profile.competency,
                issuer="Prometric (SSW)",
            )
        )
    return out


def _korean(rng: random.Random, person: Applicant, profile: Profile) -> list[Credential]:
    out: list[Credential] = []
    if rng.random() < 0.6:
        # Results of rounds since mid-2024; valid two years, so the older ones have expired.
        issued = _day(rng, date(2024, 6, 1), date(2026, 6, 30))
        score = max(60, min(180, round(rng.gauss(118, 28))))
        out.append(
            _credential(
                rng,
                person,
                CredentialType.eps_topik,
                issued,
                score=score,
                expires=validity_limit(CredentialType.eps_topik, issued),
            )
        )
        if score >= EPS_TOPIK_FLOOR and rng.random() < 0.8:
            # Those who passed register on the job seeker roster a few months later.
            listed = min(issued + timedelta(days=rng.randrange(45, 150)), ROSTER_BY)
            expires = validity_limit(CredentialType.eps_roster, listed)
            out.append(_credential(rng, person, CredentialType.eps_roster, listed, expires=expires))
    if profile.competency and rng.random() < 0.3:
        issued = _day(rng, date(2024, 9, 1), date(2026, 1, 31))
        out.append(
            _credential(
                rng,
                person,
                CredentialType.korean_skills_test,
                issued,
                field=profile.competency,
                issuer="Korea Offshore & Shipbuilding Association (demo)",
            )
        )
    return out


def _age(person: Applicant) -> int:
    born = person.birth_date
    return AGE_ON.year - born.year - ((AGE_ON.month, AGE_ON.day) < (born.month, born.day))


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange(0, (last - first).days + 1))


ISSUERS = {
    CredentialType.eps_roster: "HRD Korea (EPS job seeker roster)",
    CredentialType.titp_completion: "OTIT (Organization for Technical Intern Training)",
    CredentialType.jft_basic: "The Japan Foundation",
    CredentialType.eps_topik: "HRD Korea (Human Resources Development Service of Korea)",
    CredentialType.bnsp_competency: "BNSP (LSP demo)",
}


def _credential(
    rng: random.Random,
    person: Applicant,
    kind: CredentialType,
    issued: date,
    *,
    level: str | None = None,
    score: int | None = None,
    field: str | None = None,
    expires: date | None = None,
    issuer: str | None = None,
) -> Credential:
    verified = person.status == ApplicantStatus.verified and rng.random() < 0.7
    # Recorded at registration, or when the result came out if that was later.
    recorded = max(person.created_at, datetime.combine(issued, time(10), WIB))
    return Credential(
        applicant_id=person.id or 0,
        kind=KIND_OF_TYPE[kind],
        type=kind,
        level=level,
        score=score,
        field=field,
        issuer=issuer or ISSUERS[kind],
        issued_on=issued,
        expires_on=expires,
        verification=Verification.verified if verified else Verification.pending,
        verified_at=recorded + timedelta(days=rng.randrange(1, 20)) if verified else None,
        created_at=recorded,
        updated_at=recorded,
    )
