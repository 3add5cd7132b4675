from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.matches_read import MatchesRead
from ...models.problem import Problem
from ...models.sector import Sector
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    applicant_id: int,
    *,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language



    

    params: dict[str, Any] = {}

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_sector: None | str | Unset
    if isinstance(sector, Unset):
        json_sector = UNSET
    elif isinstance(sector, Sector):
        json_sector = sector.value
    else:
        json_sector = sector
    params["sector"] = json_sector

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
        "url": "/api/v1/applicants/{applicant_id}/matches".format(applicant_id=quote(str(applicant_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MatchesRead | Problem | None:
    if response.status_code == 200:
        response_200 = MatchesRead.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MatchesRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Response[MatchesRead | Problem]:
    """ List Matches

     Open job orders the person qualifies for, best first, and the nearest misses with
    what is missing. Needs the person's consent (409 otherwise).

    Args:
        applicant_id (int):
        country (None | str | Unset):
        sector (None | Sector | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchesRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
country=country,
sector=sector,
limit=limit,
cursor=cursor,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> MatchesRead | Problem | None:
    """ List Matches

     Open job orders the person qualifies for, best first, and the nearest misses with
    what is missing. Needs the person's consent (409 otherwise).

    Args:
        applicant_id (int):
        country (None | str | Unset):
        sector (None | Sector | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchesRead | Problem
     """


    return sync_detailed(
        applicant_id=applicant_id,
client=client,
country=country,
sector=sector,
limit=limit,
cursor=cursor,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Response[MatchesRead | Problem]:
    """ List Matches

     Open job orders the person qualifies for, best first, and the nearest misses with
    what is missing. Needs the person's consent (409 otherwise).

    Args:
        applicant_id (int):
        country (None | str | Unset):
        sector (None | Sector | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchesRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
country=country,
sector=sector,
limit=limit,
cursor=cursor,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> MatchesRead | Problem | None:
    """ List Matches

     Open job orders the person qualifies for, best first, and the nearest misses with
    what is missing. Needs the person's consent (409 otherwise).

    Args:
        applicant_id (int):
        country (None | str | Unset):
        sector (None | Sector | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchesRead | Problem
     """


    return (await asyncio_detailed(
        applicant_id=applicant_id,
client=client,
country=country,
sector=sector,
limit=limit,
cursor=cursor,
accept_language=accept_language,

    )).parsed
