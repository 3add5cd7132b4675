"""What a rule is: the kinds of check, the credentials a rule accepts, and the rule record
with the texts its messages are filled from. The rules themselves are data in `rules.py`."""

from dataclasses import dataclass
from enum import StrEnum

from app.core.i18n import Message
from app.models.credential import CredentialType
from app.reference import Channel, EducationLevel, Scheme, Sector, Sex, SswField
from app.services.matching.facts import VacancyFacts


class Check(StrEnum):
    min_age = "min_age"  # at least `years` (+ `months`) old on the day of evaluation
    # As min_age, with the age set by the person's education (`education_ages`), else
    # `years` + `months`.
    min_age_by_education = "min_age_by_education"
    max_age = "max_age"  # at most `years` old (in whole years) on the day of evaluation
    # At most `years` old on the date of the test that qualifies (the earliest valid result
    # matching `accepts`; without one, on the day of evaluation).
    max_age_at_test = "max_age_at_test"
    education = "education"  # at least `education`
    sex = "sex"  # `required_sex` only
    experience = "experience"  # at least `experience_years` of relevant work
    credential = "credential"  # a valid credential matching one of `accepts`
    mou = "mou"  # the job order falls under an MoU
    channel_open = "channel_open"  # the order's scheme and channel take people now
    not_recorded = "not_recorded"  # needs data the programme does not hold yet: "unknown"


# `Accept.field` value meaning "the job order's own SSW field" (ssw_fields.field_of_order).
JOB_FIELD = "@job_ssw_field"
# What an order of no known field asks for: a field no credential holds.
NO_FIELD = "-"


@dataclass(frozen=True)
class Accept:
    """One credential that satisfies a rule: its type and, where it matters, level/score/field."""

    type: CredentialType
    min_level: str | None = None
    min_score: int | None = None
    field: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    code: str  # the reason code reported when the rule is unmet (or unknown)
    check: Check
    text: Message  # title: the rule's name; detail: what it requires, filled from `params`
    source: str
    schemes: frozenset[Scheme] | None = None  # None: every job order
    sectors: frozenset[Sector] | None = None  # None: every sector of those schemes
    ssw_fields: frozenset[SswField] | None = None  # None: every SSW field (or none)
    channels: frozenset[Channel] | None = None  # None: whichever channel the order names
    applies_to_sex: Sex | None = None  # None: everyone
    years: int | None = None
    months: int = 0
    education_ages: tuple[tuple[EducationLevel, int, int], ...] = ()  # (level, years, months)
    education: EducationLevel | None = None
    required_sex: Sex | None = None
    experience_years: float | None = None
    accepts: tuple[Accept, ...] = ()
    required_text: str | None = None  # how a credential rule names what it requires

    def params(self) -> dict[str, object]:
        """Values the rule's texts are filled with (and that the rules endpoint shows)."""
        values: dict[str, object] = {}
        if self.years is not None:
            age = self.years + self.months / 12
            low = self.check in (Check.min_age, Check.min_age_by_education)
            values["min_age" if low else "max_age"] = _number(age)
        for level, years, months in self.education_ages:
            values[f"min_age_{level.value}"] = _number(years + months / 12)
        if self.education is not None:
            values["required"] = self.education.value
        if self.required_sex is not None:
            values["required"] = self.required_sex.value
        if self.experience_years is not None:
            values["required"] = _number(self.experience_years)
        if self.required_text is not None:
            values["required"] = self.required_text
        return values

    def applies(self, v: VacancyFacts, sex: Sex | None = None) -> bool:
        return (
            (self.schemes is None or v.scheme in self.schemes)
            and (self.sectors is None or v.sector in self.sectors)
            and (self.ssw_fields is None or v.ssw_field in self.ssw_fields)
            and (self.channels is None or v.channel in self.channels)
            and (self.applies_to_sex is None or sex is None or sex == self.applies_to_sex)
        )

    def age_for(self, education: EducationLevel) -> tuple[int, int]:
        """The (years, months) of a minimum age for a person of that education."""
        for level, years, months in self.education_ages:
            if level == education:
                return years, months
        return self.years or 0, self.months


def wanted_field(accept: Accept, v: VacancyFacts) -> str | None:
    """The field a credential must be of to count: the order's SSW field for `JOB_FIELD`."""
    if accept.field == JOB_FIELD:
        return v.ssw_field or NO_FIELD
    return accept.field


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 1)


# Levels within a credential type, lowest first; JFT-Basic A2 stands level with JLPT N4, as
# SSW i accepts either (Immigration Services Agency of Japan).
LEVEL_RANK: dict[CredentialType, dict[str, int]] = {
    CredentialType.jlpt: {"N5": 1, "N4": 2, "N3": 3, "N2": 4, "N1": 5},
    CredentialType.jft_basic: {"A2": 2},
}
JAPANESE_RANK = {"N5": 1, "N4": 2, "A2": 2, "N3": 3, "N2": 4, "N1": 5}
MIN_AGE_TEXT = Message(
    "Minimum age",
    "Usia minimum",
    "At least {min_age} years old.",
    "Berusia minimal {min_age} tahun.",
)
MAX_AGE_TEXT = Message(
    "Maximum age",
    "Usia maksimum",
    "At most {max_age} years old.",
    "Berusia maksimal {max_age} tahun.",
)
EDUCATION_TEXT = Message(
    "Minimum education",
    "Pendidikan minimum",
    "Education at least {required}.",
    "Pendidikan minimal {required}.",
)
LANGUAGE_TEXT = Message(
    "Language", "Bahasa", "{required} or above.", "{required} atau lebih tinggi."
)
