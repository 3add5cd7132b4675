from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.financing_rule_read import FinancingRuleRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    accept_language: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/financing/rules",
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[FinancingRuleRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = FinancingRuleRead.from_dict(response_200_item_data)



            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[FinancingRuleRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,

) -> Response[Problem | list[FinancingRuleRead]]:
    """ List Financing Rules

     Each financing rule with its numbers, the problem code it gives and its source: the
    KUR PMI ceiling, interest cap, term, NPWP threshold and SISKOP2MI registration.

    Args:
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[FinancingRuleRead]]
     """


    kwargs = _get_kwargs(
        accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,

) -> Problem | list[FinancingRuleRead] | None:
    """ List Financing Rules

     Each financing rule with its numbers, the problem code it gives and its source: the
    KUR PMI ceiling, interest cap, term, NPWP threshold and SISKOP2MI registration.

    Args:
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[FinancingRuleRead]
     """


    return sync_detailed(
        client=client,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,

) -> Response[Problem | list[FinancingRuleRead]]:
    """ List Financing Rules

     Each financing rule with its numbers, the problem code it gives and its source: the
    KUR PMI ceiling, interest cap, term, NPWP threshold and SISKOP2MI registration.

    Args:
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[FinancingRuleRead]]
     """


    kwargs = _get_kwargs(
        accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,

) -> Problem | list[FinancingRuleRead] | None:
    """ List Financing Rules

     Each financing rule with its numbers, the problem code it gives and its source: the
    KUR PMI ceiling, interest cap, term, NPWP threshold and SISKOP2MI registration.

    Args:
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[FinancingRuleRead]
     """


    return (await asyncio_detailed(
        client=client,
accept_language=accept_language,

    )).parsed
