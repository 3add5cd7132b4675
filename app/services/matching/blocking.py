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
from app.services.matching.rule_model import Check, Rule
from app.services.matching.rules import rules_for
from app.services.matching.validity import VALIDITY_DAYS

# People who can still be matched: not archived, not already abroad.
MATCHABLE = (ApplicantStatus.registered, ApplicantStatus.verified, ApplicantStatus.returned)
SLACK = timedelta(days=2)


def _longest_validity_years(rule: Rule) -> int:
    """Whole years (rounded up) the results a `max_age_at_test` rule judges by stay valid."""
    if rule.check != Check.max_age_at_test:
        return 0
    days = [VALIDITY_DAYS.get(accept.type) for accept in rule.accepts]
    if any(d is None for d in days):
        return 200  # some result never expires: no bound from this rule
    return max((d or 0) // 365 + 1 for d in days)


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
        if rule.check in (Check.min_age, Check.min_age_by_education):
            # By education: the lowest of the ages, which every eligible person has reached.
            ages = [(rule.years or 0, rule.months), *((y, m) for _, y, m in rule.education_ages)]
            years, months = min(ages)
            bound = anniversary(today, -years, -months) + SLACK
            latest_birth = min(latest_birth, bound)
        elif rule.check in (Check.max_age, Check.max_age_at_test):
            # Judged at a test: the person may be older now by as long as results count.
            years = (rule.years or 0) + 1 + _longest_validity_years(rule)
            bound = anniversary(today, -years) - SLACK
            earliest_birth = bound if earliest_birth is None else max(earliest_birth, bound)
        elif rule.check == Check.education and rule.education is not None:
            education = max(education, EDUCATION_RANK[rule.education])
        elif rule.check == Check.sex and rule.required_sex is not None:
            sex = rule.required_sex.value
        elif rule.check == Check.credential and rule.accepts:
            types.append(frozenset(accept.type.value for accept in rule.accepts))
    return Block(latest_birth, earliest_birth, sex, education, tuple(types))
