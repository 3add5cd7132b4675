from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.financing_kind import FinancingKind
from ...models.financing_state import FinancingState
from ...models.page_financing_read import PageFinancingRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    state: FinancingState | None | Unset = UNSET,
    kind: FinancingKind | None | Unset = UNSET,
    lender_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, FinancingState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, FinancingKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_lender_id: int | None | Unset
    if isinstance(lender_id, Unset):
        json_lender_id = UNSET
    else:
        json_lender_id = lender_id
    params["lender_id"] = json_lender_id

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
        "url": "/api/v1/financing",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageFinancingRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageFinancingRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageFinancingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: FinancingState | None | Unset = UNSET,
    kind: FinancingKind | None | Unset = UNSET,
    lender_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageFinancingRead | Problem]:
    """ List Financing

     Every financing request, filtered: the office's (and the lenders') work list.

    Args:
        state (FinancingState | None | Unset):
        kind (FinancingKind | None | Unset):
        lender_id (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageFinancingRead | Problem]
     """


    kwargs = _get_kwargs(
        state=state,
kind=kind,
lender_id=lender_id,
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
    state: FinancingState | None | Unset = UNSET,
    kind: FinancingKind | None | Unset = UNSET,
    lender_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageFinancingRead | Problem | None:
    """ List Financing

     Every financing request, filtered: the office's (and the lenders') work list.

    Args:
        state (FinancingState | None | Unset):
        kind (FinancingKind | None | Unset):
        lender_id (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageFinancingRead | Problem
     """


    return sync_detailed(
        client=client,
state=state,
kind=kind,
lender_id=lender_id,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: FinancingState | None | Unset = UNSET,
    kind: FinancingKind | None | Unset = UNSET,
    lender_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageFinancingRead | Problem]:
    """ List Financing

     Every financing request, filtered: the office's (and the lenders') work list.

    Args:
        state (FinancingState | None | Unset):
        kind (FinancingKind | None | Unset):
        lender_id (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageFinancingRead | Problem]
     """


    kwargs = _get_kwargs(
        state=state,
kind=kind,
lender_id=lender_id,
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
    state: FinancingState | None | Unset = UNSET,
    kind: FinancingKind | None | Unset = UNSET,
    lender_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageFinancingRead | Problem | None:
    """ List Financing

     Every financing request, filtered: the office's (and the lenders') work list.

    Args:
        state (FinancingState | None | Unset):
        kind (FinancingKind | None | Unset):
        lender_id (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageFinancingRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
state=state,
kind=kind,
lender_id=lender_id,
limit=limit,
cursor=cursor,

    )).parsed
