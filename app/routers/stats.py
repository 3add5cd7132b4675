"""/api/v1/stats: where the programme stands."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlmodel import Session

from app.auth import STAFF, access
from app.db import get_session
from app.models.stats import SupplyDemandRead
from app.reference import Sector
from app.services.matching import supply

router = APIRouter(prefix="/stats", tags=["stats"])
SessionDep = Annotated[Session, Depends(get_session)]


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
