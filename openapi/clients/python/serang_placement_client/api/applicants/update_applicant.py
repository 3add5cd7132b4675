from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.applicant_read import ApplicantRead
from ...models.applicant_update import ApplicantUpdate
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    applicant_id: int,
    *,
    body: ApplicantUpdate,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/applicants/{applicant_id}".format(applicant_id=quote(str(applicant_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApplicantRead | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicantRead.from_dict(response.json())



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
    body: ApplicantUpdate,
    if_match: None | str | Unset = UNSET,

) -> Response[ApplicantRead | Problem]:
    """ Update Applicant

     A job seeker's new phone or e-mail is not applied at once: a code goes to it, and
    `POST /api/v1/me/contact-change/verify` applies it (`contact_changes_pending`). Other
    fields, and officers' changes, apply at once.

    Args:
        applicant_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (ApplicantUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicantRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
body=body,
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
    body: ApplicantUpdate,
    if_match: None | str | Unset = UNSET,

) -> ApplicantRead | Problem | None:
    """ Update Applicant

     A job seeker's new phone or e-mail is not applied at once: a code goes to it, and
    `POST /api/v1/me/contact-change/verify` applies it (`contact_changes_pending`). Other
    fields, and officers' changes, apply at once.

    Args:
        applicant_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (ApplicantUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicantRead | Problem
     """


    return sync_detailed(
        applicant_id=applicant_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    body: ApplicantUpdate,
    if_match: None | str | Unset = UNSET,

) -> Response[ApplicantRead | Problem]:
    """ Update Applicant

     A job seeker's new phone or e-mail is not applied at once: a code goes to it, and
    `POST /api/v1/me/contact-change/verify` applies it (`contact_changes_pending`). Other
    fields, and officers' changes, apply at once.

    Args:
        applicant_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (ApplicantUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicantRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
body=body,
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
    body: ApplicantUpdate,
    if_match: None | str | Unset = UNSET,

) -> ApplicantRead | Problem | None:
    """ Update Applicant

     A job seeker's new phone or e-mail is not applied at once: a code goes to it, and
    `POST /api/v1/me/contact-change/verify` applies it (`contact_changes_pending`). Other
    fields, and officers' changes, apply at once.

    Args:
        applicant_id (int):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (ApplicantUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicantRead | Problem
     """


    return (await asyncio_detailed(
        applicant_id=applicant_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
