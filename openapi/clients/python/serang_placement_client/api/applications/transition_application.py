from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.application_read import ApplicationRead
from ...models.application_transition import ApplicationTransition
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    application_id: int,
    *,
    body: ApplicationTransition,
    if_match: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/applications/{application_id}/transitions".format(application_id=quote(str(application_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApplicationRead | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationRead.from_dict(response.json())



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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApplicationRead | Problem]:
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
    body: ApplicationTransition,
    if_match: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[ApplicationRead | Problem]:
    """ Transition Application

     Move the application one legal step.

    The owning agency shortlists, interviews, selects and rejects; officers may too, and
    alone verify documents and record departure, work and return; the job seeker withdraws
    before departure. An illegal move is a 409 naming `allowed_next_stages`; a move that is
    not the caller's to make is a 403. Selecting uses one opening (409 `vacancy_full` when
    none is left) and withdraws the person's other open applications.

    Args:
        application_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        idempotency_key (str | Unset):
        body (ApplicationTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationRead | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ApplicationTransition,
    if_match: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> ApplicationRead | Problem | None:
    """ Transition Application

     Move the application one legal step.

    The owning agency shortlists, interviews, selects and rejects; officers may too, and
    alone verify documents and record departure, work and return; the job seeker withdraws
    before departure. An illegal move is a 409 naming `allowed_next_stages`; a move that is
    not the caller's to make is a 403. Selecting uses one opening (409 `vacancy_full` when
    none is left) and withdraws the person's other open applications.

    Args:
        application_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        idempotency_key (str | Unset):
        body (ApplicationTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationRead | Problem
     """


    return sync_detailed(
        application_id=application_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ApplicationTransition,
    if_match: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[ApplicationRead | Problem]:
    """ Transition Application

     Move the application one legal step.

    The owning agency shortlists, interviews, selects and rejects; officers may too, and
    alone verify documents and record departure, work and return; the job seeker withdraws
    before departure. An illegal move is a 409 naming `allowed_next_stages`; a move that is
    not the caller's to make is a 403. Selecting uses one opening (409 `vacancy_full` when
    none is left) and withdraws the person's other open applications.

    Args:
        application_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        idempotency_key (str | Unset):
        body (ApplicationTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationRead | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ApplicationTransition,
    if_match: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> ApplicationRead | Problem | None:
    """ Transition Application

     Move the application one legal step.

    The owning agency shortlists, interviews, selects and rejects; officers may too, and
    alone verify documents and record departure, work and return; the job seeker withdraws
    before departure. An illegal move is a 409 naming `allowed_next_stages`; a move that is
    not the caller's to make is a 403. Selecting uses one opening (409 `vacancy_full` when
    none is left) and withdraws the person's other open applications.

    Args:
        application_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        idempotency_key (str | Unset):
        body (ApplicationTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationRead | Problem
     """


    return (await asyncio_detailed(
        application_id=application_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed
