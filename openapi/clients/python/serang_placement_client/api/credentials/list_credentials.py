from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credential_kind import CredentialKind
from ...models.credential_type import CredentialType
from ...models.page_credential_read import PageCredentialRead
from ...models.problem import Problem
from ...models.verification import Verification
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    applicant_id: int,
    *,
    type_: CredentialType | None | Unset = UNSET,
    kind: CredentialKind | None | Unset = UNSET,
    verification: None | Unset | Verification = UNSET,
    valid_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, CredentialType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, CredentialKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_verification: None | str | Unset
    if isinstance(verification, Unset):
        json_verification = UNSET
    elif isinstance(verification, Verification):
        json_verification = verification.value
    else:
        json_verification = verification
    params["verification"] = json_verification

    json_valid_on: None | str | Unset
    if isinstance(valid_on, Unset):
        json_valid_on = UNSET
    elif isinstance(valid_on, datetime.date):
        json_valid_on = valid_on.isoformat()
    else:
        json_valid_on = valid_on
    params["valid_on"] = json_valid_on

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
        "url": "/api/v1/applicants/{applicant_id}/credentials".format(applicant_id=quote(str(applicant_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageCredentialRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageCredentialRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageCredentialRead | Problem]:
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
    type_: CredentialType | None | Unset = UNSET,
    kind: CredentialKind | None | Unset = UNSET,
    verification: None | Unset | Verification = UNSET,
    valid_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageCredentialRead | Problem]:
    """ List Credentials

    Args:
        applicant_id (int):
        type_ (CredentialType | None | Unset):
        kind (CredentialKind | None | Unset):
        verification (None | Unset | Verification):
        valid_on (datetime.date | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCredentialRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
type_=type_,
kind=kind,
verification=verification,
valid_on=valid_on,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    type_: CredentialType | None | Unset = UNSET,
    kind: CredentialKind | None | Unset = UNSET,
    verification: None | Unset | Verification = UNSET,
    valid_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageCredentialRead | Problem | None:
    """ List Credentials

    Args:
        applicant_id (int):
        type_ (CredentialType | None | Unset):
        kind (CredentialKind | None | Unset):
        verification (None | Unset | Verification):
        valid_on (datetime.date | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCredentialRead | Problem
     """


    return sync_detailed(
        applicant_id=applicant_id,
client=client,
type_=type_,
kind=kind,
verification=verification,
valid_on=valid_on,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    type_: CredentialType | None | Unset = UNSET,
    kind: CredentialKind | None | Unset = UNSET,
    verification: None | Unset | Verification = UNSET,
    valid_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageCredentialRead | Problem]:
    """ List Credentials

    Args:
        applicant_id (int):
        type_ (CredentialType | None | Unset):
        kind (CredentialKind | None | Unset):
        verification (None | Unset | Verification):
        valid_on (datetime.date | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCredentialRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
type_=type_,
kind=kind,
verification=verification,
valid_on=valid_on,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    type_: CredentialType | None | Unset = UNSET,
    kind: CredentialKind | None | Unset = UNSET,
    verification: None | Unset | Verification = UNSET,
    valid_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageCredentialRead | Problem | None:
    """ List Credentials

    Args:
        applicant_id (int):
        type_ (CredentialType | None | Unset):
        kind (CredentialKind | None | Unset):
        verification (None | Unset | Verification):
        valid_on (datetime.date | None | Unset):
        limit (int | Unset): Page size, at most 100. Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCredentialRead | Problem
     """


    return (await asyncio_detailed(
        applicant_id=applicant_id,
client=client,
type_=type_,
kind=kind,
verification=verification,
valid_on=valid_on,
limit=limit,
cursor=cursor,

    )).parsed
