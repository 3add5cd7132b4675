from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.enrolment_status import EnrolmentStatus
from ...models.page_enrolment_read import PageEnrolmentRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    applicant_id: int | None | Unset = UNSET,
    status: EnrolmentStatus | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_applicant_id: int | None | Unset
    if isinstance(applicant_id, Unset):
        json_applicant_id = UNSET
    else:
        json_applicant_id = applicant_id
    params["applicant_id"] = json_applicant_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, EnrolmentStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/training/enrolments",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageEnrolmentRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageEnrolmentRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageEnrolmentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    applicant_id: int | None | Unset = UNSET,
    status: EnrolmentStatus | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageEnrolmentRead | Problem]:
    """ List My Enrolments

     Enrolments across cohorts: the job seeker's own, or anyone's for officers.

    Args:
        applicant_id (int | None | Unset): Officers: one person's. A job seeker sees their own.
        status (EnrolmentStatus | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEnrolmentRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
status=status,
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
    applicant_id: int | None | Unset = UNSET,
    status: EnrolmentStatus | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageEnrolmentRead | Problem | None:
    """ List My Enrolments

     Enrolments across cohorts: the job seeker's own, or anyone's for officers.

    Args:
        applicant_id (int | None | Unset): Officers: one person's. A job seeker sees their own.
        status (EnrolmentStatus | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEnrolmentRead | Problem
     """


    return sync_detailed(
        client=client,
applicant_id=applicant_id,
status=status,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    applicant_id: int | None | Unset = UNSET,
    status: EnrolmentStatus | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageEnrolmentRead | Problem]:
    """ List My Enrolments

     Enrolments across cohorts: the job seeker's own, or anyone's for officers.

    Args:
        applicant_id (int | None | Unset): Officers: one person's. A job seeker sees their own.
        status (EnrolmentStatus | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEnrolmentRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
status=status,
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
    applicant_id: int | None | Unset = UNSET,
    status: EnrolmentStatus | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageEnrolmentRead | Problem | None:
    """ List My Enrolments

     Enrolments across cohorts: the job seeker's own, or anyone's for officers.

    Args:
        applicant_id (int | None | Unset): Officers: one person's. A job seeker sees their own.
        status (EnrolmentStatus | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEnrolmentRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
applicant_id=applicant_id,
status=status,
limit=limit,
cursor=cursor,

    )).parsed
