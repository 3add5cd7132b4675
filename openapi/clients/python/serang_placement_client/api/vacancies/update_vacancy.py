from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.vacancy_read import VacancyRead
from ...models.vacancy_update import VacancyUpdate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    vacancy_id: int,
    *,
    body: VacancyUpdate,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/vacancies/{vacancy_id}".format(vacancy_id=quote(str(vacancy_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VacancyRead | None:
    if response.status_code == 200:
        response_200 = VacancyRead.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | VacancyRead]:
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
    body: VacancyUpdate,
    if_match: None | str | Unset = UNSET,

) -> Response[Problem | VacancyRead]:
    """ Update Vacancy

     Change a job order; a partner system must send If-Match (the ETag it read).

    Args:
        vacancy_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (VacancyUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VacancyRead]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    vacancy_id: int,
    *,
    client: AuthenticatedClient,
    body: VacancyUpdate,
    if_match: None | str | Unset = UNSET,

) -> Problem | VacancyRead | None:
    """ Update Vacancy

     Change a job order; a partner system must send If-Match (the ETag it read).

    Args:
        vacancy_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (VacancyUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VacancyRead
     """


    return sync_detailed(
        vacancy_id=vacancy_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    vacancy_id: int,
    *,
    client: AuthenticatedClient,
    body: VacancyUpdate,
    if_match: None | str | Unset = UNSET,

) -> Response[Problem | VacancyRead]:
    """ Update Vacancy

     Change a job order; a partner system must send If-Match (the ETag it read).

    Args:
        vacancy_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (VacancyUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VacancyRead]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    vacancy_id: int,
    *,
    client: AuthenticatedClient,
    body: VacancyUpdate,
    if_match: None | str | Unset = UNSET,

) -> Problem | VacancyRead | None:
    """ Update Vacancy

     Change a job order; a partner system must send If-Match (the ETag it read).

    Args:
        vacancy_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (VacancyUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VacancyRead
     """


    return (await asyncio_detailed(
        vacancy_id=vacancy_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
