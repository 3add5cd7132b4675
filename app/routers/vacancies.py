"""/api/v1/vacancies"""

from fastapi import APIRouter

router = APIRouter(prefix="/vacancies", tags=["vacancies"])
