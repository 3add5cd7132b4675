"""The edge of the public routes (no login): the per-address budget, and answers that caches
may keep (`ETag` from the body, `Cache-Control`, 304 on a matching `If-None-Match`)."""

import hashlib
from typing import Annotated

from fastapi import Depends, Header, Request, Response

from app.http.client_address import client_address

# Open job orders change a few times a day; a minute of staleness costs a reader nothing and
# lets a proxy or the browser answer a repeated look.
PUBLIC_MAX_AGE_SECONDS = 60


def take_public_budget(request: Request) -> None:
    address = client_address(request, request.app.state.settings.trusted_proxies)
    request.app.state.public_limits.take(address)


PublicBudget = Depends(take_public_budget)

IfNoneMatch = Annotated[
    str | None,
    Header(alias="If-None-Match", description="The ETag last read: 304 while it still holds."),
]


def body_etag(body: bytes) -> str:
    # Weak: the same content may be served compressed or not.
    return f'W/"{hashlib.sha256(body).hexdigest()[:32]}"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    wanted = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in wanted or etag.removeprefix("W/") in wanted


def cacheable(body: bytes, media_type: str, if_none_match: str | None, language: str) -> Response:
    """The answer with its validators; 304 without a body when the client holds it already."""
    etag = body_etag(body)
    headers = {
        "ETag": etag,
        "Cache-Control": f"public, max-age={PUBLIC_MAX_AGE_SECONDS}",
        "Vary": "Accept-Language",
        "Content-Language": language,
    }
    if _matches(if_none_match, etag):
        return Response(status_code=304, headers=headers)
    return Response(content=body, media_type=media_type, headers=headers)
