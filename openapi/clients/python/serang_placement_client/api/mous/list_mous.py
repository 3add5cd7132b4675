from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.mou_kind import MouKind
from ...models.mou_stage import MouStage
from ...models.page_mou_read import PageMouRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    stage: MouStage | None | Unset = UNSET,
    kind: MouKind | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_stage: None | str | Unset
    if isinstance(stage, Unset):
        json_stage = UNSET
    elif isinstance(stage, MouStage):
        json_stage = stage.value
    else:
        json_stage = stage
    params["stage"] = json_stage

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, MouKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_partner_id: int | None | Unset
    if isinstance(partner_id, Unset):
        json_partner_id = UNSET
    else:
        json_partner_id = partner_id
    params["partner_id"] = json_partner_id

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

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
        "url": "/api/v1/mous",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageMouRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageMouRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageMouRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    stage: MouStage | None | Unset = UNSET,
    kind: MouKind | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageMouRead | Problem]:
    """ List Mous

    Args:
        stage (MouStage | None | Unset):
        kind (MouKind | None | Unset):
        partner_id (int | None | Unset): A party to the MoU.
        country (None | str | Unset): A country in the MoU's scope.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMouRead | Problem]
     """


    kwargs = _get_kwargs(
        stage=stage,
kind=kind,
partner_id=partner_id,
country=country,
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
    stage: MouStage | None | Unset = UNSET,
    kind: MouKind | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageMouRead | Problem | None:
    """ List Mous

    Args:
        stage (MouStage | None | Unset):
        kind (MouKind | None | Unset):
        partner_id (int | None | Unset): A party to the MoU.
        country (None | str | Unset): A country in the MoU's scope.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMouRead | Problem
     """


    return sync_detailed(
        client=client,
stage=stage,
kind=kind,
partner_id=partner_id,
country=country,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    stage: MouStage | None | Unset = UNSET,
    kind: MouKind | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageMouRead | Problem]:
    """ List Mous

    Args:
        stage (MouStage | None | Unset):
        kind (MouKind | None | Unset):
        partner_id (int | None | Unset): A party to the MoU.
        country (None | str | Unset): A country in the MoU's scope.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMouRead | Problem]
     """


    kwargs = _get_kwargs(
        stage=stage,
kind=kind,
partner_id=partner_id,
country=country,
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
    stage: MouStage | None | Unset = UNSET,
    kind: MouKind | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageMouRead | Problem | None:
    """ List Mous

    Args:
        stage (MouStage | None | Unset):
        kind (MouKind | None | Unset):
        partner_id (int | None | Unset): A party to the MoU.
        country (None | str | Unset): A country in the MoU's scope.
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMouRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
stage=stage,
kind=kind,
partner_id=partner_id,
country=country,
limit=limit,
cursor=cursor,

    )).parsed
