from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_vacancy_read import PageVacancyRead
from ...models.problem import Problem
from ...models.scheme import Scheme
from ...models.sector import Sector
from ...models.vacancy_status import VacancyStatus
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    agency_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    mou_id: int | None | Unset = UNSET,
    open_only: bool | Unset = False,
    deadline_after: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_agency_id: int | None | Unset
    if isinstance(agency_id, Unset):
        json_agency_id = UNSET
    else:
        json_agency_id = agency_id
    params["agency_id"] = json_agency_id

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_scheme: None | str | Unset
    if isinstance(scheme, Unset):
        json_scheme = UNSET
    elif isinstance(scheme, Scheme):
        json_scheme = scheme.value
    else:
        json_scheme = scheme
    params["scheme"] = json_scheme

    json_sector: None | str | Unset
    if isinstance(sector, Unset):
        json_sector = UNSET
    elif isinstance(sector, Sector):
        json_sector = sector.value
    else:
        json_sector = sector
    params["sector"] = json_sector

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, VacancyStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_mou_id: int | None | Unset
    if isinstance(mou_id, Unset):
        json_mou_id = UNSET
    else:
        json_mou_id = mou_id
    params["mou_id"] = json_mou_id

    params["open_only"] = open_only

    json_deadline_after: None | str | Unset
    if isinstance(deadline_after, Unset):
        json_deadline_after = UNSET
    elif isinstance(deadline_after, datetime.date):
        json_deadline_after = deadline_after.isoformat()
    else:
        json_deadline_after = deadline_after
    params["deadline_after"] = json_deadline_after

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
        "url": "/api/v1/vacancies",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageVacancyRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageVacancyRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageVacancyRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agency_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    mou_id: int | None | Unset = UNSET,
    open_only: bool | Unset = False,
    deadline_after: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageVacancyRead | Problem]:
    """ List Vacancies

     Job seekers see open orders; agencies their own; officers all.

    Args:
        agency_id (int | None | Unset):
        country (None | str | Unset):
        scheme (None | Scheme | Unset):
        sector (None | Sector | Unset):
        status (None | Unset | VacancyStatus):
        mou_id (int | None | Unset):
        open_only (bool | Unset): Only open orders whose deadline has not passed (or is unset).
            Default: False.
        deadline_after (datetime.date | None | Unset): Deadline on or after this date.
        q (None | str | Unset): Title or occupation contains.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageVacancyRead | Problem]
     """


    kwargs = _get_kwargs(
        agency_id=agency_id,
country=country,
scheme=scheme,
sector=sector,
status=status,
mou_id=mou_id,
open_only=open_only,
deadline_after=deadline_after,
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
    agency_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    mou_id: int | None | Unset = UNSET,
    open_only: bool | Unset = False,
    deadline_after: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageVacancyRead | Problem | None:
    """ List Vacancies

     Job seekers see open orders; agencies their own; officers all.

    Args:
        agency_id (int | None | Unset):
        country (None | str | Unset):
        scheme (None | Scheme | Unset):
        sector (None | Sector | Unset):
        status (None | Unset | VacancyStatus):
        mou_id (int | None | Unset):
        open_only (bool | Unset): Only open orders whose deadline has not passed (or is unset).
            Default: False.
        deadline_after (datetime.date | None | Unset): Deadline on or after this date.
        q (None | str | Unset): Title or occupation contains.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageVacancyRead | Problem
     """


    return sync_detailed(
        client=client,
agency_id=agency_id,
country=country,
scheme=scheme,
sector=sector,
status=status,
mou_id=mou_id,
open_only=open_only,
deadline_after=deadline_after,
q=q,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agency_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    mou_id: int | None | Unset = UNSET,
    open_only: bool | Unset = False,
    deadline_after: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageVacancyRead | Problem]:
    """ List Vacancies

     Job seekers see open orders; agencies their own; officers all.

    Args:
        agency_id (int | None | Unset):
        country (None | str | Unset):
        scheme (None | Scheme | Unset):
        sector (None | Sector | Unset):
        status (None | Unset | VacancyStatus):
        mou_id (int | None | Unset):
        open_only (bool | Unset): Only open orders whose deadline has not passed (or is unset).
            Default: False.
        deadline_after (datetime.date | None | Unset): Deadline on or after this date.
        q (None | str | Unset): Title or occupation contains.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageVacancyRead | Problem]
     """


    kwargs = _get_kwargs(
        agency_id=agency_id,
country=country,
scheme=scheme,
sector=sector,
status=status,
mou_id=mou_id,
open_only=open_only,
deadline_after=deadline_after,
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
    agency_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    scheme: None | Scheme | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    status: None | Unset | VacancyStatus = UNSET,
    mou_id: int | None | Unset = UNSET,
    open_only: bool | Unset = False,
    deadline_after: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageVacancyRead | Problem | None:
    """ List Vacancies

     Job seekers see open orders; agencies their own; officers all.

    Args:
        agency_id (int | None | Unset):
        country (None | str | Unset):
        scheme (None | Scheme | Unset):
        sector (None | Sector | Unset):
        status (None | Unset | VacancyStatus):
        mou_id (int | None | Unset):
        open_only (bool | Unset): Only open orders whose deadline has not passed (or is unset).
            Default: False.
        deadline_after (datetime.date | None | Unset): Deadline on or after this date.
        q (None | str | Unset): Title or occupation contains.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageVacancyRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
agency_id=agency_id,
country=country,
scheme=scheme,
sector=sector,
status=status,
mou_id=mou_id,
open_only=open_only,
deadline_after=deadline_after,
q=q,
limit=limit,
cursor=cursor,

    )).parsed
