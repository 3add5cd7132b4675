from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.body_import_applicants import BodyImportApplicants
from ...models.import_read import ImportRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: BodyImportApplicants,
    dry_run: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    params: dict[str, Any] = {}

    params["dry_run"] = dry_run


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/applicants/imports",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ImportRead | Problem | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 202:
        response_202 = ImportRead.from_dict(response.json())



        return response_202

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

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ImportRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyImportApplicants,
    dry_run: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Any | ImportRead | Problem]:
    """ Import Applicants

     Import job seekers from a spreadsheet (multipart `file`: CSV in UTF-8 or XLSX, at most
    `IMPORT_MAX_BYTES` and `IMPORT_MAX_ROWS` rows; columns as in the template). Each row obeys
    the rules of `POST /api/v1/applicants`; a NIK already on record is updated from the
    row's filled cells. Up to `IMPORT_INLINE_ROWS` rows are answered at once (200, the
    report); a larger file is worked in the background (202, follow `Location`).

    Args:
        dry_run (bool | Unset): Judge every row and report, changing no record. Default: False.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.
        idempotency_key (str | Unset):
        body (BodyImportApplicants):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
dry_run=dry_run,
accept_language=accept_language,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: BodyImportApplicants,
    dry_run: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Any | ImportRead | Problem | None:
    """ Import Applicants

     Import job seekers from a spreadsheet (multipart `file`: CSV in UTF-8 or XLSX, at most
    `IMPORT_MAX_BYTES` and `IMPORT_MAX_ROWS` rows; columns as in the template). Each row obeys
    the rules of `POST /api/v1/applicants`; a NIK already on record is updated from the
    row's filled cells. Up to `IMPORT_INLINE_ROWS` rows are answered at once (200, the
    report); a larger file is worked in the background (202, follow `Location`).

    Args:
        dry_run (bool | Unset): Judge every row and report, changing no record. Default: False.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.
        idempotency_key (str | Unset):
        body (BodyImportApplicants):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportRead | Problem
     """


    return sync_detailed(
        client=client,
body=body,
dry_run=dry_run,
accept_language=accept_language,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyImportApplicants,
    dry_run: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Any | ImportRead | Problem]:
    """ Import Applicants

     Import job seekers from a spreadsheet (multipart `file`: CSV in UTF-8 or XLSX, at most
    `IMPORT_MAX_BYTES` and `IMPORT_MAX_ROWS` rows; columns as in the template). Each row obeys
    the rules of `POST /api/v1/applicants`; a NIK already on record is updated from the
    row's filled cells. Up to `IMPORT_INLINE_ROWS` rows are answered at once (200, the
    report); a larger file is worked in the background (202, follow `Location`).

    Args:
        dry_run (bool | Unset): Judge every row and report, changing no record. Default: False.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.
        idempotency_key (str | Unset):
        body (BodyImportApplicants):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
dry_run=dry_run,
accept_language=accept_language,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyImportApplicants,
    dry_run: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Any | ImportRead | Problem | None:
    """ Import Applicants

     Import job seekers from a spreadsheet (multipart `file`: CSV in UTF-8 or XLSX, at most
    `IMPORT_MAX_BYTES` and `IMPORT_MAX_ROWS` rows; columns as in the template). Each row obeys
    the rules of `POST /api/v1/applicants`; a NIK already on record is updated from the
    row's filled cells. Up to `IMPORT_INLINE_ROWS` rows are answered at once (200, the
    report); a larger file is worked in the background (202, follow `Location`).

    Args:
        dry_run (bool | Unset): Judge every row and report, changing no record. Default: False.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.
        idempotency_key (str | Unset):
        body (BodyImportApplicants):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
dry_run=dry_run,
accept_language=accept_language,
idempotency_key=idempotency_key,

    )).parsed
