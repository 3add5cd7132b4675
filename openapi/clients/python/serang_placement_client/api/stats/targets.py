from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.sector import Sector
from ...models.targets_progress_read import TargetsProgressRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    year: int,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year

    json_kecamatan: None | str | Unset
    if isinstance(kecamatan, Unset):
        json_kecamatan = UNSET
    else:
        json_kecamatan = kecamatan
    params["kecamatan"] = json_kecamatan

    json_sector: None | str | Unset
    if isinstance(sector, Unset):
        json_sector = UNSET
    elif isinstance(sector, Sector):
        json_sector = sector.value
    else:
        json_sector = sector
    params["sector"] = json_sector

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/targets",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TargetsProgressRead | None:
    if response.status_code == 200:
        response_200 = TargetsProgressRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TargetsProgressRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,

) -> Response[Problem | TargetsProgressRead]:
    """ Targets

     Each target of the year with what is achieved, what is in the pipeline and the gap,
    counted from the records: departures from the stage history, training from completions.
    The filters narrow the people counted.

    Args:
        year (int): Programme year (WIB calendar).
        kecamatan (None | str | Unset): Kecamatan code of Kota Serang, e.g. 367301.
        sector (None | Sector | Unset):
        country (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetsProgressRead]
     """


    kwargs = _get_kwargs(
        year=year,
kecamatan=kecamatan,
sector=sector,
country=country,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,

) -> Problem | TargetsProgressRead | None:
    """ Targets

     Each target of the year with what is achieved, what is in the pipeline and the gap,
    counted from the records: departures from the stage history, training from completions.
    The filters narrow the people counted.

    Args:
        year (int): Programme year (WIB calendar).
        kecamatan (None | str | Unset): Kecamatan code of Kota Serang, e.g. 367301.
        sector (None | Sector | Unset):
        country (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetsProgressRead
     """


    return sync_detailed(
        client=client,
year=year,
kecamatan=kecamatan,
sector=sector,
country=country,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,

) -> Response[Problem | TargetsProgressRead]:
    """ Targets

     Each target of the year with what is achieved, what is in the pipeline and the gap,
    counted from the records: departures from the stage history, training from completions.
    The filters narrow the people counted.

    Args:
        year (int): Programme year (WIB calendar).
        kecamatan (None | str | Unset): Kecamatan code of Kota Serang, e.g. 367301.
        sector (None | Sector | Unset):
        country (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetsProgressRead]
     """


    kwargs = _get_kwargs(
        year=year,
kecamatan=kecamatan,
sector=sector,
country=country,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,

) -> Problem | TargetsProgressRead | None:
    """ Targets

     Each target of the year with what is achieved, what is in the pipeline and the gap,
    counted from the records: departures from the stage history, training from completions.
    The filters narrow the people counted.

    Args:
        year (int): Programme year (WIB calendar).
        kecamatan (None | str | Unset): Kecamatan code of Kota Serang, e.g. 367301.
        sector (None | Sector | Unset):
        country (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetsProgressRead
     """


    return (await asyncio_detailed(
        client=client,
year=year,
kecamatan=kecamatan,
sector=sector,
country=country,

    )).parsed
