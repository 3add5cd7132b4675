"""If-Match and ETag on the HTTP side: the header a write takes, who must send it, and the
ETag a read answers with (the checks themselves: app/core/concurrency.py)."""

from typing import Annotated

from fastapi import Depends, Header, Response

from app.core.concurrency import Precondition, etag
from app.http.auth import PrincipalDep


def set_etag(response: Response, entity_id: int | None, version: int) -> None:
    response.headers["ETag"] = etag(entity_id, version)


IfMatchHeader = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="The ETag last read; a stale one is refused with 412 and nothing changes.",
    ),
]


def optional_if_match(if_match: IfMatchHeader = None) -> Precondition:
    return Precondition(if_match, required=False)


def client_must_match(principal: PrincipalDep, if_match: IfMatchHeader = None) -> Precondition:
    return Precondition(if_match, required=principal.kind == "client")


IfMatch = Annotated[Precondition, Depends(optional_if_match)]
ClientIfMatch = Annotated[Precondition, Depends(client_must_match)]
