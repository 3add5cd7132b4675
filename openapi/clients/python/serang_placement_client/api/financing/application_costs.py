from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.application_costs import ApplicationCosts
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    application_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applications/{application_id}/costs".format(application_id=quote(str(application_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApplicationCosts | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationCosts.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApplicationCosts | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ApplicationCosts | Problem]:
    """ Application Costs

     The job order's cost items and who pays each, totals per payer and currency, what the
    worker pays in rupiah, and whether the occupation is free of placement cost to the worker
    by regulation (BP2MI regulation 9/2020). Whoever may see the application may see this.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationCosts | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,

) -> ApplicationCosts | Problem | None:
    """ Application Costs

     The job order's cost items and who pays each, totals per payer and currency, what the
    worker pays in rupiah, and whether the occupation is free of placement cost to the worker
    by regulation (BP2MI regulation 9/2020). Whoever may see the application may see this.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationCosts | Problem
     """


    return sync_detailed(
        application_id=application_id,
client=client,

    ).parsed

async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ApplicationCosts | Problem]:
    """ Application Costs

     The job order's cost items and who pays each, totals per payer and currency, what the
    worker pays in rupiah, and whether the occupation is free of placement cost to the worker
    by regulation (BP2MI regulation 9/2020). Whoever may see the application may see this.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationCosts | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,

) -> ApplicationCosts | Problem | None:
    """ Application Costs

     The job order's cost items and who pays each, totals per payer and currency, what the
    worker pays in rupiah, and whether the occupation is free of placement cost to the worker
    by regulation (BP2MI regulation 9/2020). Whoever may see the application may see this.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationCosts | Problem
     """


    return (await asyncio_detailed(
        application_id=application_id,
client=client,

    )).parsed
