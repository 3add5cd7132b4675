"""/api/v1/targets"""

from fastapi import APIRouter

router = APIRouter(prefix="/targets", tags=["targets"])
