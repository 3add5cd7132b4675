"""Eligibility of one applicant for one job order, and the rule table, rendered for the API."""

from datetime import date

from sqlmodel import Session, col, select

from app.core import clock
from app.core.i18n import CATALOGUE, Language
from app.core.principal import Principal
from app.models.applicant import Applicant
from app.models.credential import Credential, Verification
from app.models.matching import (
    EligibilityRead,
    JobOrderRuleRead,
    RemedyRead,
    RuleRead,
    RuleResultRead,
    RuleStatus,
    RuleTableRead,
    SswFieldRead,
    SswFieldTableRead,
    TrainingProviderRead,
)
from app.models.vacancy import Vacancy
from app.services.applicants.service import get_applicant
from app.services.matching import reasons
from app.services.matching.closures import closure_of, list_channels
from app.services.matching.evaluate import Remedy, RuleResult, evaluate, is_eligible
from app.services.matching.facts import applicant_facts, load_training_sources, vacancy_facts
from app.services.matching.rule_model import Rule
from app.services.matching.rules import JOB_ORDER_TEXTS, SCHEME_RULES
from app.services.matching.ssw_fields import SSW_FIELDS, SSW_FIELDS_SOURCE
from app.services.vacancies.service import get_vacancy

# The vacancy fields behind each job-order rule, for the rule table.
JOB_ORDER_RULE_FIELDS: dict[str, tuple[str, list[str]]] = {
    "job_order.min_age": (reasons.AGE_BELOW_MINIMUM, ["min_age"]),
    "job_order.max_age": (reasons.AGE_ABOVE_MAXIMUM, ["max_age"]),
    "job_order.sex": (reasons.SEX_NOT_ACCEPTED, ["required_sex"]),
    "job_order.education": (reasons.EDUCATION_BELOW_MINIMUM, ["min_education"]),
    "job_order.language": (
        reasons.LANGUAGE_LEVEL_BELOW,
        ["language", "min_language_level", "min_language_score"],
    ),
    "job_order.certificate": (reasons.CERTIFICATE_MISSING, ["required_certificates"]),
    "job_order.experience": (reasons.EXPERIENCE_BELOW_MINIMUM, ["min_experience_years"]),
}


def rule_table(session: Session, lang: Language) -> RuleTableRead:
    scheme_rules = [
        RuleRead(
            id=rule.id,
            code=rule.code,
            check=rule.check.value,
            title=rule.text.title(lang),
            requirement=rule.text.detail(lang, rule.params()),
            source=rule.source,
            schemes=sorted(rule.schemes) if rule.schemes is not None else None,
            sectors=sorted(rule.sectors) if rule.sectors is not None else None,
            ssw_fields=sorted(rule.ssw_fields) if rule.ssw_fields is not None else None,
            channels=sorted(rule.channels) if rule.channels is not None else None,
            applies_to_sex=rule.applies_to_sex,
            params={k: _plain(v) for k, v in rule.params().items()},
        )
        for rule in SCHEME_RULES
    ]
    job_order_rules = [
        JobOrderRuleRead(
            id=rule_id, code=code, title=JOB_ORDER_TEXTS[rule_id].title(lang), fields=fields
        )
        for rule_id, (code, fields) in JOB_ORDER_RULE_FIELDS.items()
    ]
    fields = SswFieldTableRead(
        source=SSW_FIELDS_SOURCE,
        fields=[
            SswFieldRead(
                code=f.code,
                name_en=f.name_en,
                name_id=f.name_id,
                sectors=sorted(f.sectors),
                isco_codes=sorted(f.isco_codes),
                added=f.added,
            )
            for f in SSW_FIELDS
        ],
    )
    return RuleTableRead(
        scheme_rules=scheme_rules,
        job_order_rules=job_order_rules,
        ssw_fields=fields,
        channels=list_channels(session, lang),
    )


def check_eligibility(
    session: Session,
    applicant_id: int,
    vacancy_id: int,
    viewer: Principal,
    lang: Language,
    today: date | None = None,
) -> EligibilityRead:
    """Every rule for the pair with its status, messages in `lang`, and remedies.

    An applicant may ask about themself only, and about job orders they may see (open ones);
    anything else is a 404, as if it did not exist.
    """
    applicant = get_applicant(session, applicant_id, viewer)
    vacancy = get_vacancy(session, vacancy_id, viewer)
    credentials = session.exec(
        select(Credential).where(
            Credential.applicant_id == applicant_id,
            col(Credential.verification) != Verification.rejected,
        )
    ).all()
    today = today or clock.today()
    results = evaluate(
        applicant_facts(applicant, credentials),
        vacancy_facts(vacancy, closure_of(session, vacancy)),
        today,
        load_training_sources(session),
    )
    rendered = [render_result(result, lang) for result in results]
    unmet = [r for r in rendered if r.status == RuleStatus.unmet]
    eligible = is_eligible(results)
    if eligible:
        summary = CATALOGUE[reasons.ELIGIBLE].detail(lang, {})
    else:
        names = "; ".join(r.message for r in unmet)
        summary = CATALOGUE[reasons.INELIGIBLE].detail(lang, {"count": len(unmet), "rules": names})
    return EligibilityRead(
        applicant_id=applicant_id,
        vacancy_id=vacancy_id,
        scheme=vacancy.scheme,
        evaluated_on=today,
        eligible=eligible,
        complete=all(r.status != RuleStatus.unknown for r in rendered),
        summary=summary,
        unmet=[r.code for r in unmet],
        warnings=[r.rule_id for r in rendered if r.expires_before_deadline],
        rules=rendered,
    )


def unmet_codes(session: Session, applicant: Applicant, vacancy: Vacancy, today: date) -> list[str]:
    """The reason codes of the rules the person does not meet for the job order."""
    credentials = session.exec(
        select(Credential).where(
            Credential.applicant_id == applicant.id,
            col(Credential.verification) != Verification.rejected,
        )
    ).all()
    facts = vacancy_facts(vacancy, closure_of(session, vacancy))
    results = evaluate(applicant_facts(applicant, credentials), facts, today)
    return [r.code for r in results if r.status == RuleStatus.unmet]


def _plain(value: object) -> str | int | float | bool | None:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _message(result: RuleResult, rule: Rule, lang: Language) -> str:
    params = dict(result.params)
    if result.status == RuleStatus.met:
        return rule.text.detail(lang, params)
    return CATALOGUE[result.code].detail(lang, params)


def _remedy(remedy: Remedy | None) -> RemedyRead | None:
    if remedy is None:
        return None
    return RemedyRead(
        action=remedy.action,
        credential_type=remedy.credential_type,
        level=remedy.level,
        min_score=remedy.min_score,
        field=remedy.field,
        education=remedy.education,
        training_providers=[TrainingProviderRead.model_validate(p) for p in remedy.providers],
    )


def render_result(result: RuleResult, lang: Language) -> RuleResultRead:
    rule = result.rule
    return RuleResultRead(
        rule_id=rule.id,
        code=result.code,
        status=result.status,
        title=rule.text.title(lang),
        requirement=rule.text.detail(lang, dict(result.params)),
        message=_message(result, rule, lang),
        source=rule.source,
        params={k: _plain(v) for k, v in result.params.items()},
        remedy=_remedy(result.remedy),
        expires_before_deadline=result.expires_before_deadline,
        credential_id=result.credential_id,
    )
