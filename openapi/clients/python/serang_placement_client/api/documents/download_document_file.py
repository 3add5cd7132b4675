from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_kind import DocumentKind
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    application_id: int,
    kind: DocumentKind,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applications/{application_id}/documents/{kind}/file".format(application_id=quote(str(application_id), safe=""),kind=quote(str(kind), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | None:
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

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: int,
    kind: DocumentKind,
    *,
    client: AuthenticatedClient,

) -> Response[Problem]:
    """ Download Document File

     The stored file, byte for byte: for the job seeker, officers, and the owning agency
    from selection on; 404 for anyone else. It is decrypted and checked against its
    SHA-256 before the first byte is sent (500 `document_file_damaged` if it differs).

    Args:
        application_id (int):
        kind (DocumentKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
kind=kind,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    application_id: int,
    kind: DocumentKind,
    *,
    client: AuthenticatedClient,

) -> Problem | None:
    """ Download Document File

     The stored file, byte for byte: for the job seeker, officers, and the owning agency
    from selection on; 404 for anyone else. It is decrypted and checked against its
    SHA-256 before the first byte is sent (500 `document_file_damaged` if it differs).

    Args:
        application_id (int):
        kind (DocumentKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
     """


    return sync_detailed(
        application_id=application_id,
kind=kind,
client=client,

    ).parsed

async def asyncio_detailed(
    application_id: int,
    kind: DocumentKind,
    *,
    client: AuthenticatedClient,

) -> Response[Problem]:
    """ Download Document File

     The stored file, byte for byte: for the job seeker, officers, and the owning agency
    from selection on; 404 for anyone else. It is decrypted and checked against its
    SHA-256 before the first byte is sent (500 `document_file_damaged` if it differs).

    Args:
        application_id (int):
        kind (DocumentKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
kind=kind,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    application_id: int,
    kind: DocumentKind,
    *,
    client: AuthenticatedClient,

) -> Problem | None:
    """ Download Document File

     The stored file, byte for byte: for the job seeker, officers, and the owning agency
    from selection on; 404 for anyone else. It is decrypted and checked against its
    SHA-256 before the first byte is sent (500 `document_file_damaged` if it differs).

    Args:
        application_id (int):
        kind (DocumentKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
     """


    return (await asyncio_detailed(
        application_id=application_id,
kind=kind,
client=client,

    )).parsed
