from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.financing_read import FinancingRead
from ...models.financing_transition import FinancingTransition
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    financing_id: int,
    *,
    body: FinancingTransition,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/financing/{financing_id}/transitions".format(financing_id=quote(str(financing_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FinancingRead | Problem | None:
    if response.status_code == 200:
        response_200 = FinancingRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FinancingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    financing_id: int,
    *,
    client: AuthenticatedClient,
    body: FinancingTransition,
    idempotency_key: str | Unset = UNSET,

) -> Response[FinancingRead | Problem]:
    """ Transition Financing

     Move the request one legal step.

    The job seeker (or an officer for them) submits, and may cancel before approval; an
    officer, standing in for the lender, approves, rejects, records the disbursement and the
    repayment of a loan. An illegal move is a 409 naming `allowed_next_states`; a move that is
    not the caller's is a 403. Submitting checks the request again against the job order; a
    KUR PMI loan is approved and disbursed only with its SISKOP2MI reference recorded (409
    `financing_siskop2mi_required`, naming what is `missing`).

    Args:
        financing_id (int):
        idempotency_key (str | Unset):
        body (FinancingTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinancingRead | Problem]
     """


    kwargs = _get_kwargs(
        financing_id=financing_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    financing_id: int,
    *,
    client: AuthenticatedClient,
    body: FinancingTransition,
    idempotency_key: str | Unset = UNSET,

) -> FinancingRead | Problem | None:
    """ Transition Financing

     Move the request one legal step.

    The job seeker (or an officer for them) submits, and may cancel before approval; an
    officer, standing in for the lender, approves, rejects, records the disbursement and the
    repayment of a loan. An illegal move is a 409 naming `allowed_next_states`; a move that is
    not the caller's is a 403. Submitting checks the request again against the job order; a
    KUR PMI loan is approved and disbursed only with its SISKOP2MI reference recorded (409
    `financing_siskop2mi_required`, naming what is `missing`).

    Args:
        financing_id (int):
        idempotency_key (str | Unset):
        body (FinancingTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinancingRead | Problem
     """


    return sync_detailed(
        financing_id=financing_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    financing_id: int,
    *,
    client: AuthenticatedClient,
    body: FinancingTransition,
    idempotency_key: str | Unset = UNSET,

) -> Response[FinancingRead | Problem]:
    """ Transition Financing

     Move the request one legal step.

    The job seeker (or an officer for them) submits, and may cancel before approval; an
    officer, standing in for the lender, approves, rejects, records the disbursement and the
    repayment of a loan. An illegal move is a 409 naming `allowed_next_states`; a move that is
    not the caller's is a 403. Submitting checks the request again against the job order; a
    KUR PMI loan is approved and disbursed only with its SISKOP2MI reference recorded (409
    `financing_siskop2mi_required`, naming what is `missing`).

    Args:
        financing_id (int):
        idempotency_key (str | Unset):
        body (FinancingTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinancingRead | Problem]
     """


    kwargs = _get_kwargs(
        financing_id=financing_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    financing_id: int,
    *,
    client: AuthenticatedClient,
    body: FinancingTransition,
    idempotency_key: str | Unset = UNSET,

) -> FinancingRead | Problem | None:
    """ Transition Financing

     Move the request one legal step.

    The job seeker (or an officer for them) submits, and may cancel before approval; an
    officer, standing in for the lender, approves, rejects, records the disbursement and the
    repayment of a loan. An illegal move is a 409 naming `allowed_next_states`; a move that is
    not the caller's is a 403. Submitting checks the request again against the job order; a
    KUR PMI loan is approved and disbursed only with its SISKOP2MI reference recorded (409
    `financing_siskop2mi_required`, naming what is `missing`).

    Args:
        financing_id (int):
        idempotency_key (str | Unset):
        body (FinancingTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinancingRead | Problem
     """


    return (await asyncio_detailed(
        financing_id=financing_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
