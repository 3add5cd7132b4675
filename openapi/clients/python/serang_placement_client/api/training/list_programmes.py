from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credential_type import CredentialType
from ...models.page_programme_read import PageProgrammeRead
from ...models.problem import Problem
from ...models.programme_status import ProgrammeStatus
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    credential_type: CredentialType | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    provider_id: int | None | Unset = UNSET,
    status: None | ProgrammeStatus | Unset = UNSET,
    with_free_seats: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_credential_type: None | str | Unset
    if isinstance(credential_type, Unset):
        json_credential_type = UNSET
    elif isinstance(credential_type, CredentialType):
        json_credential_type = credential_type.value
    else:
        json_credential_type = credential_type
    params["credential_type"] = json_credential_type

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    else:
        json_level = level
    params["level"] = json_level

    json_provider_id: int | None | Unset
    if isinstance(provider_id, Unset):
        json_provider_id = UNSET
    else:
        json_provider_id = provider_id
    params["provider_id"] = json_provider_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ProgrammeStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["with_free_seats"] = with_free_seats

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
        "url": "/api/v1/training/programmes",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageProgrammeRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageProgrammeRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageProgrammeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    credential_type: CredentialType | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    provider_id: int | None | Unset = UNSET,
    status: None | ProgrammeStatus | Unset = UNSET,
    with_free_seats: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageProgrammeRead | Problem]:
    """ List Programmes

    Args:
        credential_type (CredentialType | None | Unset):
        level (None | str | Unset): e.g. N4.
        provider_id (int | None | Unset):
        status (None | ProgrammeStatus | Unset):
        with_free_seats (bool | Unset): Only programmes with an open cohort not started, seats
            free. Default: False.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageProgrammeRead | Problem]
     """


    kwargs = _get_kwargs(
        credential_type=credential_type,
level=level,
provider_id=provider_id,
status=status,
with_free_seats=with_free_seats,
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
    credential_type: CredentialType | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    provider_id: int | None | Unset = UNSET,
    status: None | ProgrammeStatus | Unset = UNSET,
    with_free_seats: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageProgrammeRead | Problem | None:
    """ List Programmes

    Args:
        credential_type (CredentialType | None | Unset):
        level (None | str | Unset): e.g. N4.
        provider_id (int | None | Unset):
        status (None | ProgrammeStatus | Unset):
        with_free_seats (bool | Unset): Only programmes with an open cohort not started, seats
            free. Default: False.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageProgrammeRead | Problem
     """


    return sync_detailed(
        client=client,
credential_type=credential_type,
level=level,
provider_id=provider_id,
status=status,
with_free_seats=with_free_seats,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    credential_type: CredentialType | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    provider_id: int | None | Unset = UNSET,
    status: None | ProgrammeStatus | Unset = UNSET,
    with_free_seats: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageProgrammeRead | Problem]:
    """ List Programmes

    Args:
        credential_type (CredentialType | None | Unset):
        level (None | str | Unset): e.g. N4.
        provider_id (int | None | Unset):
        status (None | ProgrammeStatus | Unset):
        with_free_seats (bool | Unset): Only programmes with an open cohort not started, seats
            free. Default: False.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageProgrammeRead | Problem]
     """


    kwargs = _get_kwargs(
        credential_type=credential_type,
level=level,
provider_id=provider_id,
status=status,
with_free_seats=with_free_seats,
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
    credential_type: CredentialType | None | Unset = UNSET,
    level: None | str | Unset = UNSET,
    provider_id: int | None | Unset = UNSET,
    status: None | ProgrammeStatus | Unset = UNSET,
    with_free_seats: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageProgrammeRead | Problem | None:
    """ List Programmes

    Args:
        credential_type (CredentialType | None | Unset):
        level (None | str | Unset): e.g. N4.
        provider_id (int | None | Unset):
        status (None | ProgrammeStatus | Unset):
        with_free_seats (bool | Unset): Only programmes with an open cohort not started, seats
            free. Default: False.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageProgrammeRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
credential_type=credential_type,
level=level,
provider_id=provider_id,
status=status,
with_free_seats=with_free_seats,
limit=limit,
cursor=cursor,

    )).parsed
