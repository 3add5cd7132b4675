from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.public_vacancy_page import PublicVacancyPage
from ...models.scheme import Scheme
from ...models.sector import Sector
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

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

    json_scheme: None | str | Unset
    if isinstance(scheme, Unset):
        json_scheme = UNSET
    elif isinstance(scheme, Scheme):
        json_scheme = scheme.value
    else:
        json_scheme = scheme
    params["scheme"] = json_scheme

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
        "url": "/api/v1/public/vacancies",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PublicVacancyPage | None:
    if response.status_code == 200:
        response_200 = PublicVacancyPage.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PublicVacancyPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Response[Problem | PublicVacancyPage]:
    """ List Public Vacancies

     Open job orders in plain words: where, what, pay, contract, requirements, what the
    worker pays, deadline and the agency with its licence. No login; no personal data.
    Answers carry an `ETag` (304 on `If-None-Match`) and may be cached for a minute; one
    address may ask `PUBLIC_REQUESTS_PER_ADDRESS_PER_MINUTE` (120) times a minute.

    Args:
        country (None | str | Unset):
        sector (None | Sector | Unset):
        scheme (None | Scheme | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.
        if_none_match (None | str | Unset): The ETag last read: 304 while it still holds.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicVacancyPage]
     """


    kwargs = _get_kwargs(
        country=country,
sector=sector,
scheme=scheme,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Problem | PublicVacancyPage | None:
    """ List Public Vacancies

     Open job orders in plain words: where, what, pay, contract, requirements, what the
    worker pays, deadline and the agency with its licence. No login; no personal data.
    Answers carry an `ETag` (304 on `If-None-Match`) and may be cached for a minute; one
    address may ask `PUBLIC_REQUESTS_PER_ADDRESS_PER_MINUTE` (120) times a minute.

    Args:
        country (None | str | Unset):
        sector (None | Sector | Unset):
        scheme (None | Scheme | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.
        if_none_match (None | str | Unset): The ETag last read: 304 while it still holds.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicVacancyPage
     """


    return sync_detailed(
        client=client,
country=country,
sector=sector,
scheme=scheme,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Response[Problem | PublicVacancyPage]:
    """ List Public Vacancies

     Open job orders in plain words: where, what, pay, contract, requirements, what the
    worker pays, deadline and the agency with its licence. No login; no personal data.
    Answers carry an `ETag` (304 on `If-None-Match`) and may be cached for a minute; one
    address may ask `PUBLIC_REQUESTS_PER_ADDRESS_PER_MINUTE` (120) times a minute.

    Args:
        country (None | str | Unset):
        sector (None | Sector | Unset):
        scheme (None | Scheme | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.
        if_none_match (None | str | Unset): The ETag last read: 304 while it still holds.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicVacancyPage]
     """


    kwargs = _get_kwargs(
        country=country,
sector=sector,
scheme=scheme,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Problem | PublicVacancyPage | None:
    """ List Public Vacancies

     Open job orders in plain words: where, what, pay, contract, requirements, what the
    worker pays, deadline and the agency with its licence. No login; no personal data.
    Answers carry an `ETag` (304 on `If-None-Match`) and may be cached for a minute; one
    address may ask `PUBLIC_REQUESTS_PER_ADDRESS_PER_MINUTE` (120) times a minute.

    Args:
        country (None | str | Unset):
        sector (None | Sector | Unset):
        scheme (None | Scheme | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.
        if_none_match (None | str | Unset): The ETag last read: 304 while it still holds.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicVacancyPage
     """


    return (await asyncio_detailed(
        client=client,
country=country,
sector=sector,
scheme=scheme,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
accept_language=accept_language,

    )).parsed
