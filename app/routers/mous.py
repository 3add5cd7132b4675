"""/api/v1/mous"""

from fastapi import APIRouter

router = APIRouter(prefix="/mous", tags=["mous"])
