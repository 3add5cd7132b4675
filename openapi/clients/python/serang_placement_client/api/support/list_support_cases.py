from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_support_case_read import PageSupportCaseRead
from ...models.problem import Problem
from ...models.support_category import SupportCategory
from ...models.support_severity import SupportSeverity
from ...models.support_status import SupportStatus
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: None | SupportStatus | Unset = UNSET,
    category: None | SupportCategory | Unset = UNSET,
    severity: None | SupportSeverity | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, SupportStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, SupportCategory):
        json_category = category.value
    else:
        json_category = category
    params["category"] = json_category

    json_severity: None | str | Unset
    if isinstance(severity, Unset):
        json_severity = UNSET
    elif isinstance(severity, SupportSeverity):
        json_severity = severity.value
    else:
        json_severity = severity
    params["severity"] = json_severity

    json_applicant_id: int | None | Unset
    if isinstance(applicant_id, Unset):
        json_applicant_id = UNSET
    else:
        json_applicant_id = applicant_id
    params["applicant_id"] = json_applicant_id

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
        "url": "/api/v1/support",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageSupportCaseRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageSupportCaseRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageSupportCaseRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | SupportStatus | Unset = UNSET,
    category: None | SupportCategory | Unset = UNSET,
    severity: None | SupportSeverity | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageSupportCaseRead | Problem]:
    """ List Support Cases

     Every support case, for the office's follow-up (e.g. `?status=open`).

    Args:
        status (None | SupportStatus | Unset):
        category (None | SupportCategory | Unset):
        severity (None | SupportSeverity | Unset):
        applicant_id (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSupportCaseRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
category=category,
severity=severity,
applicant_id=applicant_id,
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
    status: None | SupportStatus | Unset = UNSET,
    category: None | SupportCategory | Unset = UNSET,
    severity: None | SupportSeverity | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageSupportCaseRead | Problem | None:
    """ List Support Cases

     Every support case, for the office's follow-up (e.g. `?status=open`).

    Args:
        status (None | SupportStatus | Unset):
        category (None | SupportCategory | Unset):
        severity (None | SupportSeverity | Unset):
        applicant_id (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSupportCaseRead | Problem
     """


    return sync_detailed(
        client=client,
status=status,
category=category,
severity=severity,
applicant_id=applicant_id,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | SupportStatus | Unset = UNSET,
    category: None | SupportCategory | Unset = UNSET,
    severity: None | SupportSeverity | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageSupportCaseRead | Problem]:
    """ List Support Cases

     Every support case, for the office's follow-up (e.g. `?status=open`).

    Args:
        status (None | SupportStatus | Unset):
        category (None | SupportCategory | Unset):
        severity (None | SupportSeverity | Unset):
        applicant_id (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSupportCaseRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
category=category,
severity=severity,
applicant_id=applicant_id,
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
    status: None | SupportStatus | Unset = UNSET,
    category: None | SupportCategory | Unset = UNSET,
    severity: None | SupportSeverity | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageSupportCaseRead | Problem | None:
    """ List Support Cases

     Every support case, for the office's follow-up (e.g. `?status=open`).

    Args:
        status (None | SupportStatus | Unset):
        category (None | SupportCategory | Unset):
        severity (None | SupportSeverity | Unset):
        applicant_id (int | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSupportCaseRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
category=category,
severity=severity,
applicant_id=applicant_id,
limit=limit,
cursor=cursor,

    )).parsed
