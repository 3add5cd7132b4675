from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.me_read import MeRead
from ...models.problem import Problem
from ...models.register_request import RegisterRequest
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MeRead | Problem | None:
    if response.status_code == 201:
        response_201 = MeRead.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,

) -> Response[MeRead | Problem]:
    """ Register

     A job seeker signs up; then logs in at /auth/token. When the office holds a record
    with this NIK and birth date, the account waits unlinked: `link` says where the code
    went (the record's own phone or e-mail) or that an officer must see the KTP-el.

    Args:
        idempotency_key (str | Unset):
        body (RegisterRequest): A job seeker signs up: a login (e-mail or phone), a password and
            the applicant record.

            If the office already imported an applicant with this NIK and the same birth date, no
            second record is made: the account is created unlinked and sees nothing of that record
            until the person proves it is theirs, with a code sent to the phone or e-mail already on
            the record (`POST /api/v1/auth/link/verify`), or at the office. The answer's `link` says
            which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,

) -> MeRead | Problem | None:
    """ Register

     A job seeker signs up; then logs in at /auth/token. When the office holds a record
    with this NIK and birth date, the account waits unlinked: `link` says where the code
    went (the record's own phone or e-mail) or that an officer must see the KTP-el.

    Args:
        idempotency_key (str | Unset):
        body (RegisterRequest): A job seeker signs up: a login (e-mail or phone), a password and
            the applicant record.

            If the office already imported an applicant with this NIK and the same birth date, no
            second record is made: the account is created unlinked and sees nothing of that record
            until the person proves it is theirs, with a code sent to the phone or e-mail already on
            the record (`POST /api/v1/auth/link/verify`), or at the office. The answer's `link` says
            which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,

) -> Response[MeRead | Problem]:
    """ Register

     A job seeker signs up; then logs in at /auth/token. When the office holds a record
    with this NIK and birth date, the account waits unlinked: `link` says where the code
    went (the record's own phone or e-mail) or that an officer must see the KTP-el.

    Args:
        idempotency_key (str | Unset):
        body (RegisterRequest): A job seeker signs up: a login (e-mail or phone), a password and
            the applicant record.

            If the office already imported an applicant with this NIK and the same birth date, no
            second record is made: the account is created unlinked and sees nothing of that record
            until the person proves it is theirs, with a code sent to the phone or e-mail already on
            the record (`POST /api/v1/auth/link/verify`), or at the office. The answer's `link` says
            which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,

) -> MeRead | Problem | None:
    """ Register

     A job seeker signs up; then logs in at /auth/token. When the office holds a record
    with this NIK and birth date, the account waits unlinked: `link` says where the code
    went (the record's own phone or e-mail) or that an officer must see the KTP-el.

    Args:
        idempotency_key (str | Unset):
        body (RegisterRequest): A job seeker signs up: a login (e-mail or phone), a password and
            the applicant record.

            If the office already imported an applicant with this NIK and the same birth date, no
            second record is made: the account is created unlinked and sees nothing of that record
            until the person proves it is theirs, with a code sent to the phone or e-mail already on
            the record (`POST /api/v1/auth/link/verify`), or at the office. The answer's `link` says
            which.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
