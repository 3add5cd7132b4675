"""/api/v1/stats: where the programme stands."""

from typing import Annotated

from fastapi import APIRouter, Query

from app.core.db import SessionDep
from app.core.principal import STAFF
from app.http.auth import access
from app.models.progress import PipelineRead, TargetsProgressRead
from app.models.stats import SupplyDemandRead
from app.reference import KOTA_SERANG, Sector
from app.services.matching import supply
from app.services.stats import funnel, progress

router = APIRouter(prefix="/stats", tags=["stats"])
KECAMATAN_PATTERN = "^(" + "|".join(sorted(KOTA_SERANG)) + ")$"


@router.get("/supply-demand", **access(roles=STAFF, problems=(422,)))
def supply_demand(
    session: SessionDep,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
    sector: Sector | None = None,
) -> SupplyDemandRead:
    """Open positions by country, scheme and sector against the consenting people eligible
    (or one rule short) for them; what the near-eligible lack and who trains for it; and the
    supply by kecamatan, age band, education and language level."""
    return supply.supply_and_demand(session, country=country, sector=sector)


Year = Annotated[int, Query(ge=2020, le=2100, description="Programme year (WIB calendar).")]
Kecamatan = Annotated[
    str | None,
    Query(pattern=KECAMATAN_PATTERN, description="Kecamatan code of Kota Serang, e.g. 367301."),
]
Country = Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")]


@router.get("/targets", **access(roles=STAFF, problems=(422,)))
def targets(
    session: SessionDep,
    year: Year,
    kecamatan: Kecamatan = None,
    sector: Sector | None = None,
    country: Country = None,
) -> TargetsProgressRead:
    """Each target of the year with what is achieved, what is in the pipeline and the gap,
    counted from the records: departures from the stage history, training from completions.
    The filters narrow the people counted."""
    filters = progress.Filters(kecamatan=kecamatan, sector=sector, country=country)
    return progress.targets_progress(session, year, filters)


@router.get("/pipeline", **access(roles=STAFF, problems=(422,)))
def pipeline(
    session: SessionDep,
    kecamatan: Kecamatan = None,
    sector: Sector | None = None,
    country: Country = None,
    year: Annotated[
        int | None, Query(ge=2020, le=2100, description="Applications created in this year.")
    ] = None,
) -> PipelineRead:
    """The funnel by stage (reached and now), the closed applications with their reasons,
    and the median days between stages, from the stage history."""
    filters = progress.Filters(kecamatan=kecamatan, sector=sector, country=country)
    return funnel.pipeline(session, filters, year)
