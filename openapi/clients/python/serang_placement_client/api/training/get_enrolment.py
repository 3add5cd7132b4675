from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.enrolment_read import EnrolmentRead
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    enrolment_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training/enrolments/{enrolment_id}".format(enrolment_id=quote(str(enrolment_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnrolmentRead | Problem | None:
    if response.status_code == 200:
        response_200 = EnrolmentRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnrolmentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enrolment_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[EnrolmentRead | Problem]:
    """ Get Enrolment

     One enrolment: the person's own, any for officers, or one in the provider's programme.

    Args:
        enrolment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentRead | Problem]
     """


    kwargs = _get_kwargs(
        enrolment_id=enrolment_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    enrolment_id: int,
    *,
    client: AuthenticatedClient,

) -> EnrolmentRead | Problem | None:
    """ Get Enrolment

     One enrolment: the person's own, any for officers, or one in the provider's programme.

    Args:
        enrolment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentRead | Problem
     """


    return sync_detailed(
        enrolment_id=enrolment_id,
client=client,

    ).parsed

async def asyncio_detailed(
    enrolment_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[EnrolmentRead | Problem]:
    """ Get Enrolment

     One enrolment: the person's own, any for officers, or one in the provider's programme.

    Args:
        enrolment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentRead | Problem]
     """


    kwargs = _get_kwargs(
        enrolment_id=enrolment_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    enrolment_id: int,
    *,
    client: AuthenticatedClient,

) -> EnrolmentRead | Problem | None:
    """ Get Enrolment

     One enrolment: the person's own, any for officers, or one in the provider's programme.

    Args:
        enrolment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentRead | Problem
     """


    return (await asyncio_detailed(
        enrolment_id=enrolment_id,
client=client,

    )).parsed
