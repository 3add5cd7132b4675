"""The bulk path says what the per-pair path says: same eligibility, same score, always."""

import random
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from app.demo.applicants import make_applicants
from app.demo.credentials import make_credentials
from app.demo.vacancies import make_vacancies
from app.models.credential import Credential
from app.services.matching.blocking import block_for
from app.services.matching.evaluate import anniversary, passes
from app.services.matching.facts import Closure, VacancyFacts, applicant_facts, vacancy_facts
from app.services.matching.scoring import score, wishes_of
from app.services.matching.vectorised import Columns


def edge_births(today: date) -> list[date]:
    """Birthdays a day either side of every age bound the schemes use, and leap days."""
    births = [date(2000, 2, 29), date(2008, 3, 1), date(1986, 12, 31), date(1987, 1, 31)]
    for years, months in [(18, 0), (18, 6), (19, 6), (20, 0), (26, 0), (39, 0), (40, 0), (55, 0)]:
        bound = anniversary(today, -years, -months)
        births += [bound - timedelta(days=1), bound, bound + timedelta(days=1)]
    return births


def people(today: date, count: int) -> tuple[list, list]:  # type: ignore[type-arg]
    rng = random.Random(today.toordinal())
    edges = edge_births(today)
    applicants = make_applicants(rng, count)
    credentials: dict[int, list[Credential]] = defaultdict(list)
    for index, person in enumerate(applicants, start=1):
        person.id = index
        # Spread ages across and beyond every scheme's bounds.
        person.birth_date = date(1975, 1, 1) + timedelta(days=rng.randrange(13_000))
        for c in make_credentials(rng, person):
            c.applicant_id = index
            if rng.random() < 0.3:  # some results expire around the day of evaluation
                c.expires_on = date(2026, 6, 1) + timedelta(days=rng.randrange(-40, 40))
            credentials[index].append(c)
    facts = [applicant_facts(a, credentials[a.id or 0]) for a in applicants]
    wishes = [wishes_of(a) for a in applicants]
    # Copies of people, credentials and all, born on each edge: each bound is really tested.
    for birth in edges:
        for original in rng.sample(range(count), 8):
            facts.append(replace(facts[original], birth_date=birth))
            wishes.append(wishes[original])
    return facts, wishes


def job_orders() -> list[VacancyFacts]:
    ids: defaultdict[str, int] = defaultdict(lambda: 1)
    orders = [vacancy_facts(v) for v in make_vacancies(ids, ids)]
    variants = []
    for order in orders:  # each order also with the bounds and requirements pulled around
        variants.append(replace(order, min_age=20, max_age=26, min_experience_years=1.0))
        variants.append(replace(order, required_sex=None, mou_id=None, min_language_score=None))
        variants.append(replace(order, min_education=None, language=None, min_language_level=None))
        # Another channel (or none), another SSW field, a closed route.
        variants.append(replace(order, channel=None, ssw_field="aviation"))
        variants.append(replace(order, closure=Closure(order.scheme, "Suspended", "A report")))
    return orders + variants


@pytest.mark.parametrize("today", [date(2026, 6, 1), date(2028, 2, 29), date(2027, 3, 1)])
def test_bulk_eligibility_and_scores_equal_the_per_pair_ones(today: date) -> None:
    facts, wishes = people(today, count=400)
    columns = Columns(facts, wishes, today)
    everyone = np.arange(len(facts))
    checked = eligible_pairs = 0
    for order in job_orders():
        mask = columns.eligible(order)
        expected = [passes(person, order, today) for person in facts]
        assert mask.tolist() == expected, order
        # The block found through the indexes holds every eligible person, and the verdict
        # on the block alone is the same.
        block = columns.block(block_for(order, today))
        assert set(np.flatnonzero(mask).tolist()) <= set(block.tolist())
        assert block[columns.eligible(order, block)].tolist() == np.flatnonzero(mask).tolist()
        bulk = columns.scores(order, everyone)
        for index, person in enumerate(facts):
            single = score(person, wishes[index], order, today)
            assert int(bulk["total"][index]) == single.total
            assert {k: int(bulk[k][index]) for k in single.parts} == single.parts
        checked += len(facts)
        eligible_pairs += int(mask.sum())
    assert eligible_pairs > 50 and checked - eligible_pairs > 50  # both verdicts were exercised
