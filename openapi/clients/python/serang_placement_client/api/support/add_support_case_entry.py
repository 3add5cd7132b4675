from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.support_case_entry_create import SupportCaseEntryCreate
from ...models.support_case_read import SupportCaseRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    case_id: int,
    *,
    body: SupportCaseEntryCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/support/{case_id}/entries".format(case_id=quote(str(case_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SupportCaseRead | None:
    if response.status_code == 201:
        response_201 = SupportCaseRead.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SupportCaseRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: SupportCaseEntryCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | SupportCaseRead]:
    """ Add Support Case Entry

     Follow a case up: a note (the worker on their own case, or an officer), a status move
    (officers: open -> in_progress -> resolved / closed; a resolution needs a note), or
    both. A closed case takes no more entries (409).

    Args:
        case_id (int):
        idempotency_key (str | Unset):
        body (SupportCaseEntryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupportCaseRead]
     """


    kwargs = _get_kwargs(
        case_id=case_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: SupportCaseEntryCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | SupportCaseRead | None:
    """ Add Support Case Entry

     Follow a case up: a note (the worker on their own case, or an officer), a status move
    (officers: open -> in_progress -> resolved / closed; a resolution needs a note), or
    both. A closed case takes no more entries (409).

    Args:
        case_id (int):
        idempotency_key (str | Unset):
        body (SupportCaseEntryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupportCaseRead
     """


    return sync_detailed(
        case_id=case_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: SupportCaseEntryCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | SupportCaseRead]:
    """ Add Support Case Entry

     Follow a case up: a note (the worker on their own case, or an officer), a status move
    (officers: open -> in_progress -> resolved / closed; a resolution needs a note), or
    both. A closed case takes no more entries (409).

    Args:
        case_id (int):
        idempotency_key (str | Unset):
        body (SupportCaseEntryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupportCaseRead]
     """


    kwargs = _get_kwargs(
        case_id=case_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: SupportCaseEntryCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | SupportCaseRead | None:
    """ Add Support Case Entry

     Follow a case up: a note (the worker on their own case, or an officer), a status move
    (officers: open -> in_progress -> resolved / closed; a resolution needs a note), or
    both. A closed case takes no more entries (409).

    Args:
        case_id (int):
        idempotency_key (str | Unset):
        body (SupportCaseEntryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupportCaseRead
     """


    return (await asyncio_detailed(
        case_id=case_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
