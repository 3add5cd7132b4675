from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_support_case_read import PageSupportCaseRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    application_id: int,
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

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
        "url": "/api/v1/applications/{application_id}/support".format(application_id=quote(str(application_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageSupportCaseRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageSupportCaseRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageSupportCaseRead | Problem]:
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageSupportCaseRead | Problem]:
    """ List Application Support Cases

     The cases of a placement: the worker's own, the agency's own placements (read only,
    it answers for the worker's protection), any for officers.

    Args:
        application_id (int):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSupportCaseRead | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageSupportCaseRead | Problem | None:
    """ List Application Support Cases

     The cases of a placement: the worker's own, the agency's own placements (read only,
    it answers for the worker's protection), any for officers.

    Args:
        application_id (int):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSupportCaseRead | Problem
     """


    return sync_detailed(
        application_id=application_id,
client=client,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageSupportCaseRead | Problem]:
    """ List Application Support Cases

     The cases of a placement: the worker's own, the agency's own placements (read only,
    it answers for the worker's protection), any for officers.

    Args:
        application_id (int):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSupportCaseRead | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageSupportCaseRead | Problem | None:
    """ List Application Support Cases

     The cases of a placement: the worker's own, the agency's own placements (read only,
    it answers for the worker's protection), any for officers.

    Args:
        application_id (int):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSupportCaseRead | Problem
     """


    return (await asyncio_detailed(
        application_id=application_id,
client=client,
limit=limit,
cursor=cursor,

    )).parsed
