from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.partner_read import PartnerRead
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    partner_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/partners/{partner_id}".format(partner_id=quote(str(partner_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PartnerRead | Problem | None:
    if response.status_code == 200:
        response_200 = PartnerRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PartnerRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partner_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[PartnerRead | Problem]:
    """ Archive Partner

     Archive the partner; its records stay.

    Args:
        partner_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerRead | Problem]
     """


    kwargs = _get_kwargs(
        partner_id=partner_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    partner_id: int,
    *,
    client: AuthenticatedClient,

) -> PartnerRead | Problem | None:
    """ Archive Partner

     Archive the partner; its records stay.

    Args:
        partner_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerRead | Problem
     """


    return sync_detailed(
        partner_id=partner_id,
client=client,

    ).parsed

async def asyncio_detailed(
    partner_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[PartnerRead | Problem]:
    """ Archive Partner

     Archive the partner; its records stay.

    Args:
        partner_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerRead | Problem]
     """


    kwargs = _get_kwargs(
        partner_id=partner_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    partner_id: int,
    *,
    client: AuthenticatedClient,

) -> PartnerRead | Problem | None:
    """ Archive Partner

     Archive the partner; its records stay.

    Args:
        partner_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerRead | Problem
     """


    return (await asyncio_detailed(
        partner_id=partner_id,
client=client,

    )).parsed
