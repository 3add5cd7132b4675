from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.target_read import TargetRead
from ...models.target_update import TargetUpdate
from typing import cast



def _get_kwargs(
    target_id: int,
    *,
    body: TargetUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/targets/{target_id}".format(target_id=quote(str(target_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TargetRead | None:
    if response.status_code == 200:
        response_200 = TargetRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TargetRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    target_id: int,
    *,
    client: AuthenticatedClient,
    body: TargetUpdate,

) -> Response[Problem | TargetRead]:
    """ Update Target

     Change the number, the stretch number or the note.

    Args:
        target_id (int):
        body (TargetUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetRead]
     """


    kwargs = _get_kwargs(
        target_id=target_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    target_id: int,
    *,
    client: AuthenticatedClient,
    body: TargetUpdate,

) -> Problem | TargetRead | None:
    """ Update Target

     Change the number, the stretch number or the note.

    Args:
        target_id (int):
        body (TargetUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetRead
     """


    return sync_detailed(
        target_id=target_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    target_id: int,
    *,
    client: AuthenticatedClient,
    body: TargetUpdate,

) -> Response[Problem | TargetRead]:
    """ Update Target

     Change the number, the stretch number or the note.

    Args:
        target_id (int):
        body (TargetUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetRead]
     """


    kwargs = _get_kwargs(
        target_id=target_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    target_id: int,
    *,
    client: AuthenticatedClient,
    body: TargetUpdate,

) -> Problem | TargetRead | None:
    """ Update Target

     Change the number, the stretch number or the note.

    Args:
        target_id (int):
        body (TargetUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetRead
     """


    return (await asyncio_detailed(
        target_id=target_id,
client=client,
body=body,

    )).parsed
