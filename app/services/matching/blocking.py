"""Blocking: the hard rules a job order implies, as bounds on indexable columns.

Ranking turns a `Block` into a SQL filter, so that only people who can pass are loaded. The
block is a superset of the eligible, slightly loose at the edges (birthdays on 29 February):
the rules themselves (`evaluate`, or `vectorised.Columns` in bulk) judge the rest.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from app.models.applicant import ApplicantStatus
from app.reference import EDUCATION_RANK
from app.services.matching.evaluate import anniversary
from app.services.matching.facts import VacancyFacts
from app.services.matching.rules import Check, rules_for

# People who can still be matched: not archived, not already abroad.
MATCHABLE = (ApplicantStatus.registered, ApplicantStatus.verified, ApplicantStatus.returned)
SLACK = timedelta(days=2)


@dataclass(frozen=True)
class Block:
    born_on_or_before: date
    born_after: date | None
    sex: str | None
    min_education_rank: int
    credential_types: tuple[frozenset[str], ...]  # one of each set must be held


def block_for(v: VacancyFacts, today: date) -> Block:
    """The bounds every eligible person meets, from the rules that apply whatever one's sex."""
    latest_birth, earliest_birth = anniversary(today, -18) + SLACK, None
    sex, education, types = None, 0, []
    for rule in rules_for(v):
        if rule.applies_to_sex:
            continue
        if rule.check == Check.min_age:
            bound = anniversary(today, -(rule.years or 0), -rule.months) + SLACK
            latest_birth = min(latest_birth, bound)
        elif rule.check == Check.max_age:
            bound = anniversary(today, -((rule.years or 0) + 1)) - SLACK
            earliest_birth = bound if earliest_birth is None else max(earliest_birth, bound)
        elif rule.check == Check.education and rule.education is not None:
            education = max(education, EDUCATION_RANK[rule.education])
        elif rule.check == Check.sex and rule.required_sex is not None:
            sex = rule.required_sex.value
        elif rule.check == Check.credential and rule.accepts:
            types.append(frozenset(accept.type.value for accept in rule.accepts))
    return Block(latest_birth, earliest_birth, sex, education, tuple(types))
