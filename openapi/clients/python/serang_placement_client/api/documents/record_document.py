from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_details import DocumentDetails
from ...models.document_kind import DocumentKind
from ...models.document_read import DocumentRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    application_id: int,
    kind: DocumentKind,
    *,
    body: DocumentDetails,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/applications/{application_id}/documents/{kind}".format(application_id=quote(str(application_id), safe=""),kind=quote(str(kind), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentRead | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentRead.from_dict(response.json())



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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentRead | Problem]:
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
    body: DocumentDetails,
    if_match: None | str | Unset = UNSET,

) -> Response[DocumentRead | Problem]:
    """ Record Document

     Record the document's number, issue and expiry dates (all three replaced). A change
    to a verified document asks for a new verification.

    Args:
        application_id (int):
        kind (DocumentKind):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (DocumentDetails): The document's number and dates; a PUT replaces all three.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentRead | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
kind=kind,
body=body,
if_match=if_match,

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
    body: DocumentDetails,
    if_match: None | str | Unset = UNSET,

) -> DocumentRead | Problem | None:
    """ Record Document

     Record the document's number, issue and expiry dates (all three replaced). A change
    to a verified document asks for a new verification.

    Args:
        application_id (int):
        kind (DocumentKind):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (DocumentDetails): The document's number and dates; a PUT replaces all three.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentRead | Problem
     """


    return sync_detailed(
        application_id=application_id,
kind=kind,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    application_id: int,
    kind: DocumentKind,
    *,
    client: AuthenticatedClient,
    body: DocumentDetails,
    if_match: None | str | Unset = UNSET,

) -> Response[DocumentRead | Problem]:
    """ Record Document

     Record the document's number, issue and expiry dates (all three replaced). A change
    to a verified document asks for a new verification.

    Args:
        application_id (int):
        kind (DocumentKind):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (DocumentDetails): The document's number and dates; a PUT replaces all three.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentRead | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
kind=kind,
body=body,
if_match=if_match,

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
    body: DocumentDetails,
    if_match: None | str | Unset = UNSET,

) -> DocumentRead | Problem | None:
    """ Record Document

     Record the document's number, issue and expiry dates (all three replaced). A change
    to a verified document asks for a new verification.

    Args:
        application_id (int):
        kind (DocumentKind):
        if_match (None | str | Unset): The ETag last read; a stale one is refused with 412 and
            nothing changes.
        body (DocumentDetails): The document's number and dates; a PUT replaces all three.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentRead | Problem
     """


    return (await asyncio_detailed(
        application_id=application_id,
kind=kind,
client=client,
body=body,
if_match=if_match,

    )).parsed
