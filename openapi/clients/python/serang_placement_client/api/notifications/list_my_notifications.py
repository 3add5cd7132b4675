from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_notification_read import PageNotificationRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    unread: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_unread: bool | None | Unset
    if isinstance(unread, Unset):
        json_unread = UNSET
    else:
        json_unread = unread
    params["unread"] = json_unread

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
        "url": "/api/v1/me/notifications",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageNotificationRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageNotificationRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageNotificationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    unread: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageNotificationRead | Problem]:
    """ List My Notifications

     The caller's notices, newest first, in the language of `Accept-Language`: every
    change to their applications and support cases, and every credential or document that
    expires within 30 days or has expired (one notice per expiry date, written by the
    scheduled expiry sweep: reading writes nothing).

    Args:
        unread (bool | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageNotificationRead | Problem]
     """


    kwargs = _get_kwargs(
        unread=unread,
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
    unread: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageNotificationRead | Problem | None:
    """ List My Notifications

     The caller's notices, newest first, in the language of `Accept-Language`: every
    change to their applications and support cases, and every credential or document that
    expires within 30 days or has expired (one notice per expiry date, written by the
    scheduled expiry sweep: reading writes nothing).

    Args:
        unread (bool | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageNotificationRead | Problem
     """


    return sync_detailed(
        client=client,
unread=unread,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unread: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageNotificationRead | Problem]:
    """ List My Notifications

     The caller's notices, newest first, in the language of `Accept-Language`: every
    change to their applications and support cases, and every credential or document that
    expires within 30 days or has expired (one notice per expiry date, written by the
    scheduled expiry sweep: reading writes nothing).

    Args:
        unread (bool | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageNotificationRead | Problem]
     """


    kwargs = _get_kwargs(
        unread=unread,
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
    unread: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageNotificationRead | Problem | None:
    """ List My Notifications

     The caller's notices, newest first, in the language of `Accept-Language`: every
    change to their applications and support cases, and every credential or document that
    expires within 30 days or has expired (one notice per expiry date, written by the
    scheduled expiry sweep: reading writes nothing).

    Args:
        unread (bool | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageNotificationRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
unread=unread,
limit=limit,
cursor=cursor,

    )).parsed
