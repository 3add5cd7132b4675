from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.candidate_page import CandidatePage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    vacancy_id: int,
    *,
    kecamatan_code: None | str | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_kecamatan_code: None | str | Unset
    if isinstance(kecamatan_code, Unset):
        json_kecamatan_code = UNSET
    else:
        json_kecamatan_code = kecamatan_code
    params["kecamatan_code"] = json_kecamatan_code

    json_min_score: int | None | Unset
    if isinstance(min_score, Unset):
        json_min_score = UNSET
    else:
        json_min_score = min_score
    params["min_score"] = json_min_score

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
        "url": "/api/v1/vacancies/{vacancy_id}/candidates".format(vacancy_id=quote(str(vacancy_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CandidatePage | Problem | None:
    if response.status_code == 200:
        response_200 = CandidatePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CandidatePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vacancy_id: int,
    *,
    client: AuthenticatedClient,
    kecamatan_code: None | str | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[CandidatePage | Problem]:
    """ List Candidates

     Eligible people with consent, best first, anonymous: no name, NIK or contacts.

    An agency sees this for its own job orders only; names come with selection.

    Args:
        vacancy_id (int):
        kecamatan_code (None | str | Unset):
        min_score (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidatePage | Problem]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
kecamatan_code=kecamatan_code,
min_score=min_score,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    vacancy_id: int,
    *,
    client: AuthenticatedClient,
    kecamatan_code: None | str | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> CandidatePage | Problem | None:
    """ List Candidates

     Eligible people with consent, best first, anonymous: no name, NIK or contacts.

    An agency sees this for its own job orders only; names come with selection.

    Args:
        vacancy_id (int):
        kecamatan_code (None | str | Unset):
        min_score (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidatePage | Problem
     """


    return sync_detailed(
        vacancy_id=vacancy_id,
client=client,
kecamatan_code=kecamatan_code,
min_score=min_score,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    vacancy_id: int,
    *,
    client: AuthenticatedClient,
    kecamatan_code: None | str | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[CandidatePage | Problem]:
    """ List Candidates

     Eligible people with consent, best first, anonymous: no name, NIK or contacts.

    An agency sees this for its own job orders only; names come with selection.

    Args:
        vacancy_id (int):
        kecamatan_code (None | str | Unset):
        min_score (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidatePage | Problem]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
kecamatan_code=kecamatan_code,
min_score=min_score,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    vacancy_id: int,
    *,
    client: AuthenticatedClient,
    kecamatan_code: None | str | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> CandidatePage | Problem | None:
    """ List Candidates

     Eligible people with consent, best first, anonymous: no name, NIK or contacts.

    An agency sees this for its own job orders only; names come with selection.

    Args:
        vacancy_id (int):
        kecamatan_code (None | str | Unset):
        min_score (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidatePage | Problem
     """


    return (await asyncio_detailed(
        vacancy_id=vacancy_id,
client=client,
kecamatan_code=kecamatan_code,
min_score=min_score,
limit=limit,
cursor=cursor,

    )).parsed
