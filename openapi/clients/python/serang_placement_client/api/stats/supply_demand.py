from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.sector import Sector
from ...models.supply_demand_read import SupplyDemandRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,

) -> dict[str, Any]:
    

    

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


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/supply-demand",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SupplyDemandRead | None:
    if response.status_code == 200:
        response_200 = SupplyDemandRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SupplyDemandRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,

) -> Response[Problem | SupplyDemandRead]:
    """ Supply Demand

     Open positions by country, scheme and sector against the consenting people eligible
    (or one rule short) for them; what the near-eligible lack and who trains for it; and the
    supply by kecamatan, age band, education and language level.

    Args:
        country (None | str | Unset):
        sector (None | Sector | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupplyDemandRead]
     """


    kwargs = _get_kwargs(
        country=country,
sector=sector,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,

) -> Problem | SupplyDemandRead | None:
    """ Supply Demand

     Open positions by country, scheme and sector against the consenting people eligible
    (or one rule short) for them; what the near-eligible lack and who trains for it; and the
    supply by kecamatan, age band, education and language level.

    Args:
        country (None | str | Unset):
        sector (None | Sector | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupplyDemandRead
     """


    return sync_detailed(
        client=client,
country=country,
sector=sector,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,

) -> Response[Problem | SupplyDemandRead]:
    """ Supply Demand

     Open positions by country, scheme and sector against the consenting people eligible
    (or one rule short) for them; what the near-eligible lack and who trains for it; and the
    supply by kecamatan, age band, education and language level.

    Args:
        country (None | str | Unset):
        sector (None | Sector | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupplyDemandRead]
     """


    kwargs = _get_kwargs(
        country=country,
sector=sector,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    sector: None | Sector | Unset = UNSET,

) -> Problem | SupplyDemandRead | None:
    """ Supply Demand

     Open positions by country, scheme and sector against the consenting people eligible
    (or one rule short) for them; what the near-eligible lack and who trains for it; and the
    supply by kecamatan, age band, education and language level.

    Args:
        country (None | str | Unset):
        sector (None | Sector | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupplyDemandRead
     """


    return (await asyncio_detailed(
        client=client,
country=country,
sector=sector,

    )).parsed
