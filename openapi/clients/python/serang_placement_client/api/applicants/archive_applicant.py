from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.applicant_read import ApplicantRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    applicant_id: int,
    *,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/applicants/{applicant_id}".format(applicant_id=quote(str(applicant_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApplicantRead | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicantRead.from_dict(response.json())



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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApplicantRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,

) -> Response[ApplicantRead | Problem]:
    """ Archive Applicant

     Archive the applicant; the record and its history are kept.

    Args:
        applicant_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicantRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,

) -> ApplicantRead | Problem | None:
    """ Archive Applicant

     Archive the applicant; the record and its history are kept.

    Args:
        applicant_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicantRead | Problem
     """


    return sync_detailed(
        applicant_id=applicant_id,
client=client,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,

) -> Response[ApplicantRead | Problem]:
    """ Archive Applicant

     Archive the applicant; the record and its history are kept.

    Args:
        applicant_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicantRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,

) -> ApplicantRead | Problem | None:
    """ Archive Applicant

     Archive the applicant; the record and its history are kept.

    Args:
        applicant_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicantRead | Problem
     """


    return (await asyncio_detailed(
        applicant_id=applicant_id,
client=client,
if_match=if_match,

    )).parsed
