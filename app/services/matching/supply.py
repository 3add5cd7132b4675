"""Supply and demand: eligible and near-eligible people against open positions.

Near-eligible means missing exactly one rule of a job order; the missing rules, counted,
say where training seats would close the gap, and the training providers that lead there.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt
from sqlmodel import Session

from app.core import clock
from app.models.matching import TrainingProviderRead
from app.models.stats import (
    DemandRow,
    MissingRequirement,
    SupplyCount,
    SupplyDemandRead,
    SupplyRead,
)
from app.services.matching.evaluate import providers_for
from app.services.matching.facts import TrainingSources, load_training_sources
from app.services.matching.population import load_population
from app.services.matching.rule_model import JOB_FIELD, Check, Rule
from app.services.matching.runs import Slot, load_slots
from app.services.matching.vectorised import Bools, Columns, Ints

AGE_BANDS = ((18, 24), (25, 29), (30, 34), (35, 39), (40, 200))
JAPANESE_LABEL = {1: "N5", 2: "N4 / A2", 3: "N3", 4: "N2", 5: "N1"}


@dataclass
class _Group:
    eligible: Bools
    near: Bools
    job_orders: int = 0
    open_positions: int = 0
    missing: Counter[str] = field(default_factory=Counter)
    rules: dict[str, tuple[Rule, str | None]] = field(default_factory=dict)


def _requirement(rule: Rule, wanted: str | None) -> str:
    if rule.check != Check.credential or not rule.accepts:
        return rule.text.title_en
    first = rule.accepts[0]
    bar = first.min_level or (f"{first.min_score} points" if first.min_score else "")
    field_text = f" ({wanted})" if wanted else ""
    return f"{first.type.value}{field_text} {bar}".strip()


def _training(rule: Rule, training: TrainingSources) -> list[TrainingProviderRead]:
    if rule.check != Check.credential or not rule.accepts:
        return []
    first = rule.accepts[0]
    providers = providers_for(training, first.type, first.min_level, first.min_score, None)
    return [TrainingProviderRead.model_validate(p) for p in providers]


def _slot_verdicts(
    columns: Columns, slot: Slot, everyone: Ints
) -> tuple[Bools, Bools, list[tuple[Rule, Bools]]]:
    verdicts = columns.verdicts(slot.facts, everyone)
    failed = np.zeros(len(everyone), dtype=np.int64)
    for _, verdict in verdicts:
        failed += ~verdict
    return failed == 0, failed == 1, verdicts


def supply_and_demand(
    session: Session,
    *,
    country: str | None = None,
    sector: str | None = None,
    today: date | None = None,
) -> SupplyDemandRead:
    today = today or clock.today()
    slots = [
        s
        for s in load_slots(session, today, None)
        if (country is None or s.facts.country == country)
        and (sector is None or s.facts.sector == sector)
    ]
    people, wishes = load_population(session)
    columns = Columns(people, wishes, today)
    everyone = np.arange(len(columns), dtype=np.int64)
    training = load_training_sources(session)
    groups: dict[tuple[str, str, str], _Group] = {}
    nobody = np.zeros(len(columns), dtype=np.bool_)
    eligible_any, near_any = nobody.copy(), nobody.copy()
    for slot in slots:
        key = (slot.facts.country, slot.facts.scheme, slot.facts.sector)
        group = groups.setdefault(key, _Group(nobody.copy(), nobody.copy()))
        group.job_orders += len(slot.vacancies)
        group.open_positions += slot.free
        eligible, near, verdicts = _slot_verdicts(columns, slot, everyone)
        group.eligible |= eligible
        group.near |= near
        eligible_any |= eligible
        near_any |= near
        for rule, verdict in verdicts:
            short = int(np.count_nonzero(near & ~verdict))
            if short:
                field_bound = any(a.field == JOB_FIELD for a in rule.accepts)
                wanted = slot.facts.ssw_field if field_bound else None
                rule_key = f"{rule.id}:{wanted or ''}"
                group.missing[rule_key] += short
                group.rules[rule_key] = (rule, wanted)
    demand = []
    for (row_country, scheme, row_sector), group in sorted(groups.items()):
        eligible_people = int(np.count_nonzero(group.eligible))
        near_people = int(np.count_nonzero(group.near & ~group.eligible))
        demand.append(
            DemandRow(
                country=row_country,
                scheme=scheme,
                sector=row_sector,
                job_orders=group.job_orders,
                open_positions=group.open_positions,
                eligible_people=eligible_people,
                near_eligible_people=near_people,
                gap=max(group.open_positions - eligible_people, 0),
                missing=[
                    MissingRequirement(
                        rule_id=group.rules[key][0].id,
                        code=group.rules[key][0].code,
                        requirement=_requirement(*group.rules[key]),
                        people=count,
                        training=_training(group.rules[key][0], training),
                    )
                    for key, count in sorted(group.missing.items(), key=lambda kv: (-kv[1], kv[0]))
                ],
            )
        )
    return SupplyDemandRead(
        as_of=today, demand=demand, supply=_supply(columns, eligible_any, near_any & ~eligible_any)
    )


def _supply(columns: Columns, eligible: Bools, near: Bools) -> SupplyRead:
    ages = columns.months_old // 12
    band = np.array(
        [
            next((f"{lo}-{hi}" if hi < 200 else f"{lo}+") for lo, hi in AGE_BANDS if lo <= a <= hi)
            if a >= 18
            else "under 18"
            for a in ages.tolist()
        ],
        dtype=object,
    )
    japanese = np.array(
        [JAPANESE_LABEL.get(r, "none") for r in columns.japanese_best.tolist()], dtype=object
    )
    eps = np.array(
        [
            "none" if s < 0 else f"{s // 20 * 20}-{s // 20 * 20 + 19}"
            for s in columns.eps_best.tolist()
        ],
        dtype=object,
    )
    education = np.array([p.education_level.value for p in columns.people], dtype=object)

    def counts(keys: npt.NDArray[np.object_]) -> list[SupplyCount]:
        rows = []
        for key in sorted(set(keys[eligible | near].tolist())):
            at = keys == key
            rows.append(
                SupplyCount(
                    key=str(key),
                    eligible=int(np.count_nonzero(at & eligible)),
                    near_eligible=int(np.count_nonzero(at & near)),
                )
            )
        return rows

    return SupplyRead(
        eligible=int(np.count_nonzero(eligible)),
        near_eligible=int(np.count_nonzero(near)),
        by_kecamatan=counts(columns.kecamatan.astype(object)),
        by_age_band=counts(band),
        by_education=counts(education),
        by_japanese_level=counts(japanese),
        by_eps_topik_band=counts(eps),
    )
