from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_partner_read import PagePartnerRead
from ...models.partner_kind import PartnerKind
from ...models.partner_status import PartnerStatus
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    kind: None | PartnerKind | Unset = UNSET,
    status: None | PartnerStatus | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, PartnerKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, PartnerStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/partners",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PagePartnerRead | Problem | None:
    if response.status_code == 200:
        response_200 = PagePartnerRead.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PagePartnerRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | PartnerKind | Unset = UNSET,
    status: None | PartnerStatus | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PagePartnerRead | Problem]:
    """ List Partners

    Args:
        kind (None | PartnerKind | Unset):
        status (None | PartnerStatus | Unset):
        country (None | str | Unset):
        q (None | str | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePartnerRead | Problem]
     """


    kwargs = _get_kwargs(
        kind=kind,
status=status,
country=country,
q=q,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    kind: None | PartnerKind | Unset = UNSET,
    status: None | PartnerStatus | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PagePartnerRead | Problem | None:
    """ List Partners

    Args:
        kind (None | PartnerKind | Unset):
        status (None | PartnerStatus | Unset):
        country (None | str | Unset):
        q (None | str | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePartnerRead | Problem
     """


    return sync_detailed(
        client=client,
kind=kind,
status=status,
country=country,
q=q,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | PartnerKind | Unset = UNSET,
    status: None | PartnerStatus | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PagePartnerRead | Problem]:
    """ List Partners

    Args:
        kind (None | PartnerKind | Unset):
        status (None | PartnerStatus | Unset):
        country (None | str | Unset):
        q (None | str | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePartnerRead | Problem]
     """


    kwargs = _get_kwargs(
        kind=kind,
status=status,
country=country,
q=q,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | PartnerKind | Unset = UNSET,
    status: None | PartnerStatus | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PagePartnerRead | Problem | None:
    """ List Partners

    Args:
        kind (None | PartnerKind | Unset):
        status (None | PartnerStatus | Unset):
        country (None | str | Unset):
        q (None | str | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePartnerRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
kind=kind,
status=status,
country=country,
q=q,
limit=limit,
cursor=cursor,

    )).parsed
