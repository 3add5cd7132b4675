"""/api/v1/partners"""

from fastapi import APIRouter

router = APIRouter(prefix="/partners", tags=["partners"])
