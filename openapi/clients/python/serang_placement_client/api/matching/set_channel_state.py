from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.channel_read import ChannelRead
from ...models.channel_state_write import ChannelStateWrite
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body: ChannelStateWrite,
    accept_language: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language



    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/matching/channels/{code}".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChannelRead | Problem | None:
    if response.status_code == 200:
        response_200 = ChannelRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ChannelRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ChannelStateWrite,
    accept_language: None | str | Unset = UNSET,

) -> Response[ChannelRead | Problem]:
    """ Set Channel State

     Close a scheme or channel (with the reason and its source) or open it again.

    While closed, its job orders are not offered, proposed or applied to.

    Args:
        code (str):
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.
        body (ChannelStateWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelRead | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ChannelStateWrite,
    accept_language: None | str | Unset = UNSET,

) -> ChannelRead | Problem | None:
    """ Set Channel State

     Close a scheme or channel (with the reason and its source) or open it again.

    While closed, its job orders are not offered, proposed or applied to.

    Args:
        code (str):
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.
        body (ChannelStateWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelRead | Problem
     """


    return sync_detailed(
        code=code,
client=client,
body=body,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ChannelStateWrite,
    accept_language: None | str | Unset = UNSET,

) -> Response[ChannelRead | Problem]:
    """ Set Channel State

     Close a scheme or channel (with the reason and its source) or open it again.

    While closed, its job orders are not offered, proposed or applied to.

    Args:
        code (str):
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.
        body (ChannelStateWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelRead | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ChannelStateWrite,
    accept_language: None | str | Unset = UNSET,

) -> ChannelRead | Problem | None:
    """ Set Channel State

     Close a scheme or channel (with the reason and its source) or open it again.

    While closed, its job orders are not offered, proposed or applied to.

    Args:
        code (str):
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.
        body (ChannelStateWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelRead | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,
accept_language=accept_language,

    )).parsed
