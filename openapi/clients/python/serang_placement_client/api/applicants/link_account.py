from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.account_link_confirm import AccountLinkConfirm
from ...models.problem import Problem
from ...models.user_read import UserRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    applicant_id: int,
    *,
    body: AccountLinkConfirm,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/applicants/{applicant_id}/account-link".format(applicant_id=quote(str(applicant_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UserRead | None:
    if response.status_code == 200:
        response_200 = UserRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UserRead]:
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
    body: AccountLinkConfirm,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | UserRead]:
    """ Link Account

     Link an account that signed up with this record's NIK and birth date and waits for
    proof, after seeing the person's papers (`identity_checked`): for a record with no phone
    or e-mail to send a code to, or a person who lost them. In the audit trail.

    Args:
        applicant_id (int):
        idempotency_key (str | Unset):
        body (AccountLinkConfirm): An officer links an account that asked for this record, after
            checking identity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserRead]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountLinkConfirm,
    idempotency_key: str | Unset = UNSET,

) -> Problem | UserRead | None:
    """ Link Account

     Link an account that signed up with this record's NIK and birth date and waits for
    proof, after seeing the person's papers (`identity_checked`): for a record with no phone
    or e-mail to send a code to, or a person who lost them. In the audit trail.

    Args:
        applicant_id (int):
        idempotency_key (str | Unset):
        body (AccountLinkConfirm): An officer links an account that asked for this record, after
            checking identity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserRead
     """


    return sync_detailed(
        applicant_id=applicant_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountLinkConfirm,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | UserRead]:
    """ Link Account

     Link an account that signed up with this record's NIK and birth date and waits for
    proof, after seeing the person's papers (`identity_checked`): for a record with no phone
    or e-mail to send a code to, or a person who lost them. In the audit trail.

    Args:
        applicant_id (int):
        idempotency_key (str | Unset):
        body (AccountLinkConfirm): An officer links an account that asked for this record, after
            checking identity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserRead]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountLinkConfirm,
    idempotency_key: str | Unset = UNSET,

) -> Problem | UserRead | None:
    """ Link Account

     Link an account that signed up with this record's NIK and birth date and waits for
    proof, after seeing the person's papers (`identity_checked`): for a record with no phone
    or e-mail to send a code to, or a person who lost them. In the audit trail.

    Args:
        applicant_id (int):
        idempotency_key (str | Unset):
        body (AccountLinkConfirm): An officer links an account that asked for this record, after
            checking identity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserRead
     """


    return (await asyncio_detailed(
        applicant_id=applicant_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
