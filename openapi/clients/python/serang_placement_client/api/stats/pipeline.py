from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.pipeline_read import PipelineRead
from ...models.problem import Problem
from ...models.sector import Sector
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

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

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/pipeline",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PipelineRead | Problem | None:
    if response.status_code == 200:
        response_200 = PipelineRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PipelineRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> Response[PipelineRead | Problem]:
    """ Pipeline

     The funnel by stage (reached and now), the closed applications with their reasons,
    and the median days between stages, from the stage history.

    Args:
        kecamatan (None | str | Unset): Kecamatan code of Kota Serang, e.g. 367301.
        sector (None | Sector | Unset):
        country (None | str | Unset):
        year (int | None | Unset): Applications created in this year.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PipelineRead | Problem]
     """


    kwargs = _get_kwargs(
        kecamatan=kecamatan,
sector=sector,
country=country,
year=year,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> PipelineRead | Problem | None:
    """ Pipeline

     The funnel by stage (reached and now), the closed applications with their reasons,
    and the median days between stages, from the stage history.

    Args:
        kecamatan (None | str | Unset): Kecamatan code of Kota Serang, e.g. 367301.
        sector (None | Sector | Unset):
        country (None | str | Unset):
        year (int | None | Unset): Applications created in this year.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PipelineRead | Problem
     """


    return sync_detailed(
        client=client,
kecamatan=kecamatan,
sector=sector,
country=country,
year=year,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> Response[PipelineRead | Problem]:
    """ Pipeline

     The funnel by stage (reached and now), the closed applications with their reasons,
    and the median days between stages, from the stage history.

    Args:
        kecamatan (None | str | Unset): Kecamatan code of Kota Serang, e.g. 367301.
        sector (None | Sector | Unset):
        country (None | str | Unset):
        year (int | None | Unset): Applications created in this year.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PipelineRead | Problem]
     """


    kwargs = _get_kwargs(
        kecamatan=kecamatan,
sector=sector,
country=country,
year=year,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    kecamatan: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,
    country: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> PipelineRead | Problem | None:
    """ Pipeline

     The funnel by stage (reached and now), the closed applications with their reasons,
    and the median days between stages, from the stage history.

    Args:
        kecamatan (None | str | Unset): Kecamatan code of Kota Serang, e.g. 367301.
        sector (None | Sector | Unset):
        country (None | str | Unset):
        year (int | None | Unset): Applications created in this year.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PipelineRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
kecamatan=kecamatan,
sector=sector,
country=country,
year=year,

    )).parsed
