"""What a job order asks of a person, for a reader who is not logged in.

The requirements are the rules eligibility evaluates (`matching.rules.rules_for`), rendered
with the same texts, so that the board never promises what matching then refuses. Evaluating
them against a person with nothing recorded yields, for each credential rule, the training
with free seats that leads to it (the remedy a logged-in job seeker is shown). The documents
are the departure checklist (`applications.documents.checklist`).
"""

from datetime import date

from app.core.i18n import Language
from app.models.board import PublicDocument, PublicRequirement, PublicTraining
from app.models.matching import RuleStatus
from app.reference import EducationLevel, Sex
from app.services.applications.documents.checklist import CHECKLIST
from app.services.board.words import EDUCATION, SEXES, word
from app.services.matching.evaluate import EVALUATORS, RuleResult
from app.services.matching.facts import ApplicantFacts, TrainingSources, VacancyFacts
from app.services.matching.rule_model import Check
from app.services.matching.rules import rules_for

# A person of whom nothing is recorded: every credential rule comes out unmet, with its
# remedy. The birth date only has to be a valid one; the age rules are shown, not judged.
_NOBODY_AGE_YEARS = 30


def _nobody(today: date) -> ApplicantFacts:
    born = date(today.year - _NOBODY_AGE_YEARS, 1, 1)
    return ApplicantFacts(0, born, Sex.male, EducationLevel.none, (), ())


def _params(result: RuleResult, lang: Language) -> dict[str, object]:
    """The rule's values, with codes (an education level, a sex) put in words."""
    params = dict(result.params)
    rule = result.rule
    if rule.check == Check.education and rule.education is not None:
        params["required"] = word(EDUCATION, rule.education.value, lang)
    if rule.check == Check.sex and rule.required_sex is not None:
        params["required"] = word(SEXES, rule.required_sex.value, lang)
    return params


def _training(result: RuleResult) -> list[PublicTraining]:
    if result.remedy is None:
        return []
    return [
        PublicTraining(
            provider=p.name,
            city=p.city,
            programme_id=p.programme_id,
            programme=p.programme,
            next_cohort_starts_on=p.next_cohort_starts_on,
            free_seats=p.free_seats,
        )
        for p in result.remedy.providers
    ]


def requirements(
    facts: VacancyFacts, lang: Language, today: date, training: TrainingSources
) -> list[PublicRequirement]:
    """Every rule of the job order (the scheme's first, then the order's own), in words.

    The channel rule is left out: an order whose channel is closed is not on the board."""
    nobody = _nobody(today)
    shown = []
    for rule in rules_for(facts):
        if rule.check == Check.channel_open:
            continue
        result = EVALUATORS[rule.check](rule, nobody, facts, today, training)
        shown.append(
            PublicRequirement(
                rule_id=rule.id,
                title=rule.text.title(lang),
                requirement=rule.text.detail(lang, _params(result, lang)),
                checked_at="documents" if result.status == RuleStatus.unknown else "matching",
                training=_training(result),
            )
        )
    return shown


def documents(country: str, scheme: str, lang: Language) -> list[PublicDocument]:
    """The departure checklist for the destination and scheme, for a person of either sex."""
    return [
        PublicDocument(
            kind=item.kind.value,
            label=item.label_id if lang == "id" else item.label_en,
            women_only=item.sex == Sex.female,
        )
        for item in CHECKLIST
        if (item.countries is None or country in item.countries)
        and (item.schemes is None or scheme in item.schemes)
    ]
