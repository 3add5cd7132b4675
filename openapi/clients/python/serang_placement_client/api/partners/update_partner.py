from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.partner_read import PartnerRead
from ...models.partner_update import PartnerUpdate
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    partner_id: int,
    *,
    body: PartnerUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/partners/{partner_id}".format(partner_id=quote(str(partner_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PartnerRead | Problem | None:
    if response.status_code == 200:
        response_200 = PartnerRead.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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
    body: PartnerUpdate,

) -> Response[PartnerRead | Problem]:
    """ Update Partner

    Args:
        partner_id (int):
        body (PartnerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerRead | Problem]
     """


    kwargs = _get_kwargs(
        partner_id=partner_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    partner_id: int,
    *,
    client: AuthenticatedClient,
    body: PartnerUpdate,

) -> PartnerRead | Problem | None:
    """ Update Partner

    Args:
        partner_id (int):
        body (PartnerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerRead | Problem
     """


    return sync_detailed(
        partner_id=partner_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    partner_id: int,
    *,
    client: AuthenticatedClient,
    body: PartnerUpdate,

) -> Response[PartnerRead | Problem]:
    """ Update Partner

    Args:
        partner_id (int):
        body (PartnerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerRead | Problem]
     """


    kwargs = _get_kwargs(
        partner_id=partner_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    partner_id: int,
    *,
    client: AuthenticatedClient,
    body: PartnerUpdate,

) -> PartnerRead | Problem | None:
    """ Update Partner

    Args:
        partner_id (int):
        body (PartnerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerRead | Problem
     """


    return (await asyncio_detailed(
        partner_id=partner_id,
client=client,
body=body,

    )).parsed
