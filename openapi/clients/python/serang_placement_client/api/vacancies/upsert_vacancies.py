from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.vacancy_batch import VacancyBatch
from ...models.vacancy_batch_result import VacancyBatchResult
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: VacancyBatch,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/vacancies/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VacancyBatchResult | None:
    if response.status_code == 200:
        response_200 = VacancyBatchResult.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | VacancyBatchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VacancyBatch,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | VacancyBatchResult]:
    """ Upsert Vacancies

     Create or update up to 1,000 job orders by the agency's `external_id`.

    One result per item, in order: `created`, `updated`, `unchanged` (nothing differs: no new
    version, no audit entry) or `failed` with the item's problem. Valid items are stored even
    when others fail; each item is stored whole or not at all.

    Args:
        idempotency_key (str | Unset):
        body (VacancyBatch): Job orders to create or update, keyed by the agency's own
            `external_id`.

            Each item has the fields of a job order (see VacancyCreate); `agency_id` only when an
            officer sends it, since an agency's system always writes to its own agency. An item
            whose job order exists is applied like a PATCH (fields left out are kept); a new one
            needs every field a create needs. Items are checked one by one: a bad item is reported
            in its result and does not stop the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VacancyBatchResult]
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
    client: AuthenticatedClient,
    body: VacancyBatch,
    idempotency_key: str | Unset = UNSET,

) -> Problem | VacancyBatchResult | None:
    """ Upsert Vacancies

     Create or update up to 1,000 job orders by the agency's `external_id`.

    One result per item, in order: `created`, `updated`, `unchanged` (nothing differs: no new
    version, no audit entry) or `failed` with the item's problem. Valid items are stored even
    when others fail; each item is stored whole or not at all.

    Args:
        idempotency_key (str | Unset):
        body (VacancyBatch): Job orders to create or update, keyed by the agency's own
            `external_id`.

            Each item has the fields of a job order (see VacancyCreate); `agency_id` only when an
            officer sends it, since an agency's system always writes to its own agency. An item
            whose job order exists is applied like a PATCH (fields left out are kept); a new one
            needs every field a create needs. Items are checked one by one: a bad item is reported
            in its result and does not stop the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VacancyBatchResult
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VacancyBatch,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | VacancyBatchResult]:
    """ Upsert Vacancies

     Create or update up to 1,000 job orders by the agency's `external_id`.

    One result per item, in order: `created`, `updated`, `unchanged` (nothing differs: no new
    version, no audit entry) or `failed` with the item's problem. Valid items are stored even
    when others fail; each item is stored whole or not at all.

    Args:
        idempotency_key (str | Unset):
        body (VacancyBatch): Job orders to create or update, keyed by the agency's own
            `external_id`.

            Each item has the fields of a job order (see VacancyCreate); `agency_id` only when an
            officer sends it, since an agency's system always writes to its own agency. An item
            whose job order exists is applied like a PATCH (fields left out are kept); a new one
            needs every field a create needs. Items are checked one by one: a bad item is reported
            in its result and does not stop the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VacancyBatchResult]
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
    client: AuthenticatedClient,
    body: VacancyBatch,
    idempotency_key: str | Unset = UNSET,

) -> Problem | VacancyBatchResult | None:
    """ Upsert Vacancies

     Create or update up to 1,000 job orders by the agency's `external_id`.

    One result per item, in order: `created`, `updated`, `unchanged` (nothing differs: no new
    version, no audit entry) or `failed` with the item's problem. Valid items are stored even
    when others fail; each item is stored whole or not at all.

    Args:
        idempotency_key (str | Unset):
        body (VacancyBatch): Job orders to create or update, keyed by the agency's own
            `external_id`.

            Each item has the fields of a job order (see VacancyCreate); `agency_id` only when an
            officer sends it, since an agency's system always writes to its own agency. An item
            whose job order exists is applied like a PATCH (fields left out are kept); a new one
            needs every field a create needs. Items are checked one by one: a bad item is reported
            in its result and does not stop the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VacancyBatchResult
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
