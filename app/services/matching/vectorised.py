"""Eligibility and scores for many people at once, as numpy columns.

`evaluate` explains one pair rule by rule; ranking and allocation need the same verdicts for
thousands of people per job order, which per-pair Python cannot give in time. `Columns`
holds the people as arrays and answers, for a job order, "who passes every rule" and "what
does each score" with the same rules (`rules_for`) and the same score formula
(`scoring.score_parts`). tests/test_vectorised.py pins both to `passes` and `score` on
random people and every kind of job order.
"""

from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from app.models.credential import CredentialType
from app.reference import EDUCATION_RANK
from app.services.matching.blocking import Block
from app.services.matching.facts import ApplicantFacts, VacancyFacts
from app.services.matching.rule_model import (
    JAPANESE_RANK,
    LEVEL_RANK,
    Accept,
    Check,
    Rule,
    wanted_field,
)
from app.services.matching.rules import rules_for
from app.services.matching.scoring import (
    SKILL_CERTIFICATES,
    ScoreInputs,
    Wishes,
    occupation_words,
    score_parts,
)

Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]


def _months_old(birth: Ints, today: date) -> Ints:
    """Whole months of age: a month counts from the birth day (see evaluate.anniversary)."""
    return _months_between(birth, np.int64(today.year * 10_000 + today.month * 100 + today.day))


def _months_between(birth: Ints, on: Ints | np.int64) -> Ints:
    """Whole months of age on the days `on` (YYYYMMDD numbers, as `birth`)."""
    years, months, days = birth // 10_000, birth // 100 % 100, birth % 100
    elapsed = (on // 10_000 - years) * 12 + (on // 100 % 100 - months)
    result: Ints = elapsed - (on % 100 < days).astype(np.int64)
    return result


def _ymd(day: date) -> int:
    return day.year * 10_000 + day.month * 100 + day.day


class Columns:
    """People as columns, as of one day (validity of credentials is judged on `today`)."""

    def __init__(self, people: Sequence[ApplicantFacts], wishes: Sequence[Wishes], today: date):
        self.people, self.wishes, self.today = list(people), list(wishes), today
        size = len(self.people)
        self.ids = np.array([p.applicant_id for p in self.people], dtype=np.int64)
        birth = [p.birth_date for p in self.people]
        self.birth_ymd = np.array([_ymd(b) for b in birth], dtype=np.int64)
        self.months_old = _months_old(self.birth_ymd, today)
        self.education_level = np.array([p.education_level.value for p in self.people], "<U4")
        self.sex = np.array([p.sex.value for p in self.people], dtype="<U1")
        self.education = np.array(
            [EDUCATION_RANK[p.education_level] for p in self.people], dtype=np.int64
        )
        self.waiting_days = np.array(
            [(today - w.registered_on).days for w in self.wishes], dtype=np.int64
        )
        # Valid credentials as one flat table: owner, type, level rank, score, field.
        owner, kind, level, points, field, issued = [], [], [], [], [], []
        self.eps_best = np.full(size, -1, dtype=np.int64)
        self.japanese_best = np.full(size, -1, dtype=np.int64)
        self.trained = np.zeros(size, dtype=np.bool_)
        self.certified = np.zeros(size, dtype=np.bool_)
        for index, person in enumerate(self.people):
            for c in person.credentials:
                if c.expires_on is not None and c.expires_on < today:
                    continue
                owner.append(index)
                kind.append(c.type.value)
                level.append(LEVEL_RANK.get(c.type, {}).get(c.level or "", 0))
                points.append(-1 if c.score is None else c.score)
                field.append(c.field or "")
                issued.append(_ymd(c.issued_on))
                if c.type == CredentialType.eps_topik and c.score is not None:
                    self.eps_best[index] = max(self.eps_best[index], c.score)
                if c.type in (CredentialType.jlpt, CredentialType.jft_basic):
                    rank = JAPANESE_RANK.get(c.level or "", 0)
                    self.japanese_best[index] = max(self.japanese_best[index], rank)
                self.trained[index] |= c.type == CredentialType.training_completion
                self.certified[index] |= c.type in SKILL_CERTIFICATES
        self._owner = np.array(owner, dtype=np.int64)
        self._kind = np.array(kind, dtype="<U32")
        self._level = np.array(level, dtype=np.int64)
        self._points = np.array(points, dtype=np.int64)
        self._field = np.array(field, dtype=object)
        self._issued = np.array(issued, dtype=np.int64)
        self._cache: dict[object, Any] = {}
        # Indexes for blocking: people ordered by birth date, and holders of each type.
        self.birth_ordinal = np.array([b.toordinal() for b in birth], dtype=np.int64)
        self._by_birth = np.argsort(self.birth_ordinal, kind="stable")
        self._births_sorted = self.birth_ordinal[self._by_birth]
        self.kecamatan = np.array([w.kecamatan_code for w in self.wishes], dtype="<U6")

    def __len__(self) -> int:
        return len(self.people)

    def block(self, block: Block) -> Ints:
        """Positions of the people inside a job order's block, found through the indexes
        (birth-date order, credential holders), in position order."""
        latest = block.born_on_or_before.toordinal()
        start = 0
        if block.born_after is not None:
            start = int(np.searchsorted(self._births_sorted, block.born_after.toordinal(), "right"))
        stop = int(np.searchsorted(self._births_sorted, latest, "right"))
        inside = np.zeros(len(self), dtype=np.bool_)
        inside[self._by_birth[start:stop]] = True
        for types in block.credential_types:
            held = np.zeros(len(self), dtype=np.bool_)
            for kind in types:
                held[self._owner[self._kind == kind]] = True
            inside &= held
        if block.sex is not None:
            inside &= self.sex == block.sex
        if block.min_education_rank:
            inside &= self.education >= block.min_education_rank
        return np.flatnonzero(inside).astype(np.int64)

    def _cached(self, key: object, build: Any) -> Any:
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def _rows(self, accept: Accept, wanted: str | None) -> Bools:
        """Which valid credentials (rows of the flat table) the accept takes."""

        def build() -> Bools:
            rows = self._kind == accept.type.value
            if accept.min_level is not None:
                rows &= self._level >= LEVEL_RANK.get(accept.type, {}).get(accept.min_level, 0)
            if accept.min_score is not None:
                rows &= self._points >= accept.min_score
            if wanted is not None:
                rows &= self._field == wanted
            found: Bools = rows
            return found

        return self._cached(("rows", accept, wanted), build)  # type: ignore[no-any-return]

    def _holding(self, accept: Accept, wanted: str | None) -> Bools:
        def build() -> Bools:
            held = np.zeros(len(self), dtype=np.bool_)
            held[self._owner[self._rows(accept, wanted)]] = True
            return held

        return self._cached(("accept", accept, wanted), build)  # type: ignore[no-any-return]

    def _judged_on(self, rule: Rule, v: VacancyFacts) -> Ints:
        """Per person, the day `max_age_at_test` judges age on (evaluate.qualifying_test_date):
        the earliest valid result the rule accepts, else today, as YYYYMMDD."""

        def build() -> Ints:
            judged = np.full(len(self), _ymd(self.today), dtype=np.int64)
            for accept in rule.accepts:
                rows = self._rows(accept, wanted_field(accept, v))
                np.minimum.at(judged, self._owner[rows], self._issued[rows])
            return judged

        key = ("judged_on", rule.accepts, v.ssw_field)
        return self._cached(key, build)  # type: ignore[no-any-return]

    def years_in(self, v: VacancyFacts) -> npt.NDArray[np.float64]:
        def build() -> npt.NDArray[np.float64]:
            return np.array(
                [
                    sum(
                        e.years
                        for e in p.experience
                        if (v.isco_code is not None and e.isco_code == v.isco_code)
                        or e.occupation == v.occupation
                    )
                    for p in self.people
                ],
                dtype=np.float64,
            )

        return self._cached(("years", v.isco_code, v.occupation), build)  # type: ignore[no-any-return]

    def _rule(self, rule: Rule, v: VacancyFacts, at: Ints) -> Bools | bool:
        if rule.check == Check.min_age:
            return self.months_old[at] >= (rule.years or 0) * 12 + rule.months
        if rule.check == Check.min_age_by_education:
            needed = np.full(len(at), (rule.years or 0) * 12 + rule.months, dtype=np.int64)
            for level, years, months in rule.education_ages:
                needed[self.education_level[at] == level.value] = years * 12 + months
            return self.months_old[at] >= needed
        if rule.check == Check.max_age:
            return self.months_old[at] < ((rule.years or 0) + 1) * 12
        if rule.check == Check.max_age_at_test:
            at_test = _months_between(self.birth_ymd[at], self._judged_on(rule, v)[at])
            return at_test < ((rule.years or 0) + 1) * 12
        if rule.check == Check.education:
            floor = EDUCATION_RANK[rule.education] if rule.education else 0
            return self.education[at] >= floor
        if rule.check == Check.sex:
            return self.sex[at] == rule.required_sex.value if rule.required_sex else True
        if rule.check == Check.experience:
            return self.years_in(v)[at] >= (rule.experience_years or 0)
        if rule.check == Check.credential:
            held = np.zeros(len(at), dtype=np.bool_)
            for accept in rule.accepts:
                held |= self._holding(accept, wanted_field(accept, v))[at]
            return held
        if rule.check == Check.mou:
            return v.mou_id is not None
        if rule.check == Check.channel_open:
            return v.closure is None
        return True  # not recorded yet: unknown, which does not block

    def verdicts(self, v: VacancyFacts, at: Ints) -> list[tuple[Rule, Bools]]:
        """Each rule of the job order with who, of the people at `at`, meets it."""
        out = []
        for rule in rules_for(v):
            verdict = self._rule(rule, v, at)
            if rule.applies_to_sex is not None:
                verdict = verdict | (self.sex[at] != rule.applies_to_sex.value)
            out.append((rule, np.broadcast_to(np.asarray(verdict, dtype=np.bool_), len(at))))
        return out

    def eligible(self, v: VacancyFacts, at: Ints | None = None) -> Bools:
        """Which of the people at positions `at` (everyone by default) pass every rule of
        the job order: what `passes` says, person by person."""
        at = np.arange(len(self), dtype=np.int64) if at is None else at
        mask = np.ones(len(at), dtype=np.bool_)
        for _, verdict in self.verdicts(v, at):
            mask &= verdict
        return mask

    def _wish(self, kind: str, value: object) -> Bools:
        def build() -> Bools:
            if kind == "skills":
                hits = [bool(w.skills & value) for w in self.wishes]  # type: ignore[operator]
            elif kind == "country":
                hits = [value in w.countries for w in self.wishes]
            else:
                hits = [value in w.sectors for w in self.wishes]
            return np.array(hits, dtype=np.bool_)

        return self._cached((kind, value), build)  # type: ignore[no-any-return]

    def scores(self, v: VacancyFacts, who: Ints) -> dict[str, Ints]:
        """Score parts (and `total`) of the people at positions `who` (what `score` says)."""
        inputs = ScoreInputs(
            years=self.years_in(v)[who],
            skill_hit=self._wish("skills", occupation_words(v))[who],
            eps_best=self.eps_best[who],
            japanese_best=self.japanese_best[who],
            trained=self.trained[who],
            certified=self.certified[who],
            wants_country=self._wish("country", v.country)[who],
            wants_sector=self._wish("sector", v.sector)[who],
            waiting_days=self.waiting_days[who],
        )
        parts = score_parts(inputs, v)
        parts["total"] = sum(parts.values(), np.zeros(len(who), dtype=np.int64))
        return parts
