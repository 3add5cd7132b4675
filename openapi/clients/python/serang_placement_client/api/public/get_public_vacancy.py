from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.public_vacancy_detail import PublicVacancyDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    vacancy_id: int,
    *,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/vacancies/{vacancy_id}".format(vacancy_id=quote(str(vacancy_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PublicVacancyDetail | None:
    if response.status_code == 200:
        response_200 = PublicVacancyDetail.from_dict(response.json())



        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PublicVacancyDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vacancy_id: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Response[Problem | PublicVacancyDetail]:
    """ Get Public Vacancy

     One open job order, with the documents needed before departure; 404 for any order
    that is not open.

    Args:
        vacancy_id (int):
        if_none_match (None | str | Unset): The ETag last read: 304 while it still holds.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicVacancyDetail]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
if_none_match=if_none_match,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    vacancy_id: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Problem | PublicVacancyDetail | None:
    """ Get Public Vacancy

     One open job order, with the documents needed before departure; 404 for any order
    that is not open.

    Args:
        vacancy_id (int):
        if_none_match (None | str | Unset): The ETag last read: 304 while it still holds.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicVacancyDetail
     """


    return sync_detailed(
        vacancy_id=vacancy_id,
client=client,
if_none_match=if_none_match,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    vacancy_id: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Response[Problem | PublicVacancyDetail]:
    """ Get Public Vacancy

     One open job order, with the documents needed before departure; 404 for any order
    that is not open.

    Args:
        vacancy_id (int):
        if_none_match (None | str | Unset): The ETag last read: 304 while it still holds.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicVacancyDetail]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
if_none_match=if_none_match,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    vacancy_id: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,

) -> Problem | PublicVacancyDetail | None:
    """ Get Public Vacancy

     One open job order, with the documents needed before departure; 404 for any order
    that is not open.

    Args:
        vacancy_id (int):
        if_none_match (None | str | Unset): The ETag last read: 304 while it still holds.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicVacancyDetail
     """


    return (await asyncio_detailed(
        vacancy_id=vacancy_id,
client=client,
if_none_match=if_none_match,
accept_language=accept_language,

    )).parsed
