from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.eligibility_read import EligibilityRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    applicant_id: int,
    *,
    vacancy_id: int,
    accept_language: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language



    

    params: dict[str, Any] = {}

    params["vacancy_id"] = vacancy_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applicants/{applicant_id}/eligibility".format(applicant_id=quote(str(applicant_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EligibilityRead | Problem | None:
    if response.status_code == 200:
        response_200 = EligibilityRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EligibilityRead | Problem]:
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
    vacancy_id: int,
    accept_language: None | str | Unset = UNSET,

) -> Response[EligibilityRead | Problem]:
    """ Get Eligibility

     Every rule for the applicant and the job order: met, unmet or unknown, with remedies.

    `eligible` is true when no rule is unmet; unknown rules (health, BPJS, documents) are
    checked at the documents stage. An applicant may ask about themself only.

    Args:
        applicant_id (int):
        vacancy_id (int): The job order to check against.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
vacancy_id=vacancy_id,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    vacancy_id: int,
    accept_language: None | str | Unset = UNSET,

) -> EligibilityRead | Problem | None:
    """ Get Eligibility

     Every rule for the applicant and the job order: met, unmet or unknown, with remedies.

    `eligible` is true when no rule is unmet; unknown rules (health, BPJS, documents) are
    checked at the documents stage. An applicant may ask about themself only.

    Args:
        applicant_id (int):
        vacancy_id (int): The job order to check against.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityRead | Problem
     """


    return sync_detailed(
        applicant_id=applicant_id,
client=client,
vacancy_id=vacancy_id,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    vacancy_id: int,
    accept_language: None | str | Unset = UNSET,

) -> Response[EligibilityRead | Problem]:
    """ Get Eligibility

     Every rule for the applicant and the job order: met, unmet or unknown, with remedies.

    `eligible` is true when no rule is unmet; unknown rules (health, BPJS, documents) are
    checked at the documents stage. An applicant may ask about themself only.

    Args:
        applicant_id (int):
        vacancy_id (int): The job order to check against.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityRead | Problem]
     """


    kwargs = _get_kwargs(
        applicant_id=applicant_id,
vacancy_id=vacancy_id,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    applicant_id: int,
    *,
    client: AuthenticatedClient,
    vacancy_id: int,
    accept_language: None | str | Unset = UNSET,

) -> EligibilityRead | Problem | None:
    """ Get Eligibility

     Every rule for the applicant and the job order: met, unmet or unknown, with remedies.

    `eligible` is true when no rule is unmet; unknown rules (health, BPJS, documents) are
    checked at the documents stage. An applicant may ask about themself only.

    Args:
        applicant_id (int):
        vacancy_id (int): The job order to check against.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityRead | Problem
     """


    return (await asyncio_detailed(
        applicant_id=applicant_id,
client=client,
vacancy_id=vacancy_id,
accept_language=accept_language,

    )).parsed
