"""Pure evaluation of the rules for one applicant and one job order: no queries, no clock.

`evaluate` returns every applicable rule with met / unmet / unknown, the values behind it, and
for an unmet rule the remedy. Ranking and allocation call it (or `passes`, which stops at the
first unmet rule) over facts loaded in bulk; `today` is a parameter so a run is reproducible.
"""

import calendar
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.models.credential import CredentialType
from app.models.matching import RemedyAction
from app.models.matching import RuleStatus as Status
from app.reference import EDUCATION_RANK, EducationLevel
from app.services.matching import reasons as r
from app.services.matching.facts import (
    ApplicantFacts,
    HeldCredential,
    TrainingProvider,
    TrainingSources,
    VacancyFacts,
)
from app.services.matching.rule_model import LEVEL_RANK, Accept, Check, Rule, wanted_field
from app.services.matching.rules import credential_label, rules_for

NO_TRAINING: TrainingSources = {}


def providers_for(
    training: TrainingSources,
    kind: CredentialType,
    level: str | None,
    min_score: int | None,
    wanted_field: str | None,
) -> tuple[TrainingProvider, ...]:
    """The offers that lead far enough: a programme granting N5 is no way to an N4 rule.

    An offer that does not state its target (a level, a score, a field) is kept: the
    provider says it leads to the credential, and the job seeker can ask which level.
    """
    rank = LEVEL_RANK.get(kind, {})
    return tuple(
        p
        for p in training.get(kind, ())
        if (level is None or p.level is None or rank.get(p.level, 0) >= rank.get(level, 0))
        and (min_score is None or p.score is None or p.score >= min_score)
        and (wanted_field is None or p.field is None or p.field == wanted_field)
    )


@dataclass(frozen=True)
class Remedy:
    action: RemedyAction
    credential_type: CredentialType | None = None
    level: str | None = None
    min_score: int | None = None
    field: str | None = None
    education: EducationLevel | None = None
    providers: tuple[TrainingProvider, ...] = ()


@dataclass(frozen=True)
class RuleResult:
    rule: Rule
    code: str
    status: Status
    params: Mapping[str, object] = field(default_factory=dict)
    remedy: Remedy | None = None
    # A credential meets the rule today but expires before the job order's deadline.
    expires_before_deadline: bool = False
    credential_id: int | None = None  # the credential that meets (or last met) the rule

    @property
    def rule_id(self) -> str:
        return self.rule.id


def anniversary(birth: date, years: int, months: int = 0) -> date:
    """The day one reaches `years` and `months` of age; born on 29 February: 1 March."""
    total = birth.month - 1 + months
    year, month = birth.year + years + total // 12, total % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    if birth.day > last_day:
        return date(year, month, last_day) + timedelta(days=1)
    return date(year, month, birth.day)


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _met(rule: Rule, **params: object) -> RuleResult:
    return RuleResult(rule, rule.code, Status.met, {**rule.params(), **params})


def _unmet(rule: Rule, remedy: Remedy | None = None, **params: object) -> RuleResult:
    return RuleResult(rule, rule.code, Status.unmet, {**rule.params(), **params}, remedy)


Evaluator = Callable[[Rule, ApplicantFacts, VacancyFacts, date, TrainingSources], RuleResult]


def _min_age(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    reached = anniversary(a.birth_date, rule.years or 0, rule.months)
    age, eligible_from = age_on(a.birth_date, today), reached.isoformat()
    if today >= reached:
        return _met(rule, age=age, eligible_from=eligible_from)
    return _unmet(rule, age=age, eligible_from=eligible_from)


def _min_age_by_education(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    years, months = rule.age_for(a.education_level)
    reached = anniversary(a.birth_date, years, months)
    age, eligible_from = age_on(a.birth_date, today), reached.isoformat()
    held, min_age = a.education_level.value, _years(years, months)
    if today >= reached:
        return _met(rule, age=age, eligible_from=eligible_from, min_age=min_age, held=held)
    return _unmet(rule, None, age=age, eligible_from=eligible_from, min_age=min_age, held=held)


def _years(years: int, months: int) -> int | float:
    value = years + months / 12
    return int(value) if value.is_integer() else round(value, 1)


def _max_age(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    # "At most 39" holds until the day before the 40th birthday.
    too_old_from = anniversary(a.birth_date, (rule.years or 0) + 1)
    age = age_on(a.birth_date, today)
    return _met(rule, age=age) if today < too_old_from else _unmet(rule, age=age)


def qualifying_test_date(rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date) -> date:
    """The day age is judged on for `max_age_at_test`: the earliest valid result the rule
    accepts (the person registered for it while in the age window), else `today`."""
    dates = [
        c.issued_on
        for c in a.credentials
        if _valid(c, today) and any(_matches(x, c, v) for x in rule.accepts)
    ]
    return min(dates, default=today)


def _max_age_at_test(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    judged_on = qualifying_test_date(rule, a, v, today)
    too_old_from = anniversary(a.birth_date, (rule.years or 0) + 1)
    age = age_on(a.birth_date, judged_on)
    on = judged_on.isoformat()
    if judged_on < too_old_from:
        return _met(rule, age=age, judged_on=on)
    return _unmet(rule, None, age=age, judged_on=on)


def _education(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    required = rule.education or EducationLevel.none
    held = a.education_level.value
    if EDUCATION_RANK[a.education_level] >= EDUCATION_RANK[required]:
        return _met(rule, held=held)
    remedy = Remedy(RemedyAction.complete_education, education=required)
    return _unmet(rule, remedy, held=held)


def _sex(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    return _met(rule, held=a.sex.value) if a.sex == rule.required_sex else _unmet(rule)


def relevant_experience_years(a: ApplicantFacts, v: VacancyFacts) -> float:
    """Years in the same ISCO unit group or under the same occupation name as the order.

    Unrelated work does not count: two years of welding do not make a caregiver.
    """
    return sum(
        e.years
        for e in a.experience
        if (v.isco_code is not None and e.isco_code == v.isco_code) or e.occupation == v.occupation
    )


def _experience(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    held = round(relevant_experience_years(a, v), 1)
    if held >= (rule.experience_years or 0):
        return _met(rule, held=held)
    return _unmet(rule, Remedy(RemedyAction.gain_experience), held=held)


def _matches(accept: Accept, c: HeldCredential, v: VacancyFacts) -> bool:
    if c.type != accept.type:
        return False
    if accept.min_level is not None:
        ranks = LEVEL_RANK.get(c.type, {})
        if ranks.get(c.level or "", 0) < ranks.get(accept.min_level, 0):
            return False
    if accept.min_score is not None and (c.score is None or c.score < accept.min_score):
        return False
    wanted = wanted_field(accept, v)
    return wanted is None or c.field == wanted


def describe(c: HeldCredential) -> str:
    """How a held credential reads in a message: 'jlpt N5', 'eps_topik 70'."""
    detail = c.level or (str(c.score) if c.score is not None else c.field)
    return f"{c.type.value} {detail}" if detail else c.type.value


def _valid(c: HeldCredential, today: date) -> bool:
    return c.expires_on is None or c.expires_on >= today


def _latest_expiry(c: HeldCredential) -> tuple[bool, date, bool, int]:
    return (c.expires_on is None, c.expires_on or date.max, c.verified, c.credential_id)


def _best_held(a: ApplicantFacts, accepts: Iterable[Accept], today: date) -> str:
    """The applicant's best valid result of the accepted types, below the bar ('-': none)."""
    types = {accept.type for accept in accepts}
    held = [c for c in a.credentials if c.type in types and _valid(c, today)]
    if not held:
        return "-"
    best = max(held, key=lambda c: (LEVEL_RANK.get(c.type, {}).get(c.level or "", 0), c.score or 0))
    return describe(best)


def _credential(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, training: TrainingSources
) -> RuleResult:
    first = rule.accepts[0]
    wanted = wanted_field(first, v)
    base: dict[str, object] = {"credential": credential_label(first.type, wanted)}
    if wanted is not None:
        base["field"] = wanted
    matching = [c for c in a.credentials if any(_matches(x, c, v) for x in rule.accepts)]
    valid = [c for c in matching if _valid(c, today)]
    if valid:
        # The one lasting longest; a pending result counts (see facts.held_credential).
        best = max(valid, key=_latest_expiry)
        warn = (
            v.deadline is not None and best.expires_on is not None and best.expires_on < v.deadline
        )
        params = {**rule.params(), **base, "held": describe(best), "verified": best.verified}
        if best.expires_on is not None:
            params["expires_on"] = best.expires_on.isoformat()
        return RuleResult(rule, rule.code, Status.met, params, None, warn, best.credential_id)
    if matching:
        # Expired credentials count as missing; the way back is to renew the latest one.
        latest = max(matching, key=_latest_expiry)
        accept = next(x for x in rule.accepts if _matches(x, latest, v))
        remedy = Remedy(
            RemedyAction.renew,
            latest.type,
            accept.min_level,
            accept.min_score,
            wanted_field(accept, v),
            providers=providers_for(
                training, latest.type, accept.min_level, accept.min_score, wanted_field(accept, v)
            ),
        )
        params = {
            **rule.params(),
            **base,
            "credential": describe(latest),
            "expired_on": (latest.expires_on or today).isoformat(),
        }
        return RuleResult(
            rule, r.CREDENTIAL_EXPIRED, Status.unmet, params, remedy, False, latest.credential_id
        )
    remedy = Remedy(
        RemedyAction.obtain,
        first.type,
        first.min_level,
        first.min_score,
        wanted,
        providers=providers_for(training, first.type, first.min_level, first.min_score, wanted),
    )
    return _unmet(rule, remedy, **base, held=_best_held(a, rule.accepts, today))


def _mou(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    return _met(rule) if v.mou_id is not None else _unmet(rule)


def _channel_open(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    if v.closure is None:
        return _met(rule)
    closure = v.closure
    return _unmet(rule, channel=closure.channel, reason=closure.reason, source=closure.source)


def _not_recorded(
    rule: Rule, a: ApplicantFacts, v: VacancyFacts, today: date, _: TrainingSources
) -> RuleResult:
    return RuleResult(rule, rule.code, Status.unknown, rule.params())


EVALUATORS: dict[Check, Evaluator] = {
    Check.min_age: _min_age,
    Check.min_age_by_education: _min_age_by_education,
    Check.max_age: _max_age,
    Check.max_age_at_test: _max_age_at_test,
    Check.education: _education,
    Check.sex: _sex,
    Check.experience: _experience,
    Check.credential: _credential,
    Check.mou: _mou,
    Check.channel_open: _channel_open,
    Check.not_recorded: _not_recorded,
}


def evaluate(
    applicant: ApplicantFacts,
    vacancy: VacancyFacts,
    today: date,
    training: TrainingSources = NO_TRAINING,
) -> list[RuleResult]:
    """Every rule that applies to the pair, in table order (scheme rules, then the order's)."""
    return [
        EVALUATORS[rule.check](rule, applicant, vacancy, today, training)
        for rule in rules_for(vacancy, applicant.sex)
    ]


def passes(applicant: ApplicantFacts, vacancy: VacancyFacts, today: date) -> bool:
    """Eligible (no rule unmet), stopping at the first unmet rule: the cheap test for bulk use."""
    return all(
        EVALUATORS[rule.check](rule, applicant, vacancy, today, NO_TRAINING).status != Status.unmet
        for rule in rules_for(vacancy, applicant.sex)
    )


def is_eligible(results: Iterable[RuleResult]) -> bool:
    """Eligible means no rule is unmet; rules reported unknown are checked at the documents
    stage, so they do not block matching (else nobody could be matched at all)."""
    return all(result.status != Status.unmet for result in results)
