from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_checklist import DocumentChecklist
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    application_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applications/{application_id}/documents".format(application_id=quote(str(application_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentChecklist | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentChecklist.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentChecklist | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DocumentChecklist | Problem]:
    """ Document Checklist

     The documents departure needs for this destination, scheme and the worker's sex, each
    with its state (`missing`, `unverified`, `verified`, `rejected`, `expired`,
    `expires_before_contract`, `issued_too_early`: issued longer before departure than the item
    allows, from `no_longer_counts_from` on), and whether departure may be recorded. The
    owning agency sees them from selection on.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentChecklist | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,

) -> DocumentChecklist | Problem | None:
    """ Document Checklist

     The documents departure needs for this destination, scheme and the worker's sex, each
    with its state (`missing`, `unverified`, `verified`, `rejected`, `expired`,
    `expires_before_contract`, `issued_too_early`: issued longer before departure than the item
    allows, from `no_longer_counts_from` on), and whether departure may be recorded. The
    owning agency sees them from selection on.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentChecklist | Problem
     """


    return sync_detailed(
        application_id=application_id,
client=client,

    ).parsed

async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DocumentChecklist | Problem]:
    """ Document Checklist

     The documents departure needs for this destination, scheme and the worker's sex, each
    with its state (`missing`, `unverified`, `verified`, `rejected`, `expired`,
    `expires_before_contract`, `issued_too_early`: issued longer before departure than the item
    allows, from `no_longer_counts_from` on), and whether departure may be recorded. The
    owning agency sees them from selection on.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentChecklist | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,

) -> DocumentChecklist | Problem | None:
    """ Document Checklist

     The documents departure needs for this destination, scheme and the worker's sex, each
    with its state (`missing`, `unverified`, `verified`, `rejected`, `expired`,
    `expires_before_contract`, `issued_too_early`: issued longer before departure than the item
    allows, from `no_longer_counts_from` on), and whether departure may be recorded. The
    owning agency sees them from selection on.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentChecklist | Problem
     """


    return (await asyncio_detailed(
        application_id=application_id,
client=client,

    )).parsed
