"""/api/v1/credentials"""

from fastapi import APIRouter

router = APIRouter(prefix="/credentials", tags=["credentials"])
