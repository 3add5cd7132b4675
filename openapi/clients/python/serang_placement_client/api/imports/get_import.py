from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.import_read import ImportRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    import_id: int,
    *,
    problems_only: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language



    

    params: dict[str, Any] = {}

    params["problems_only"] = problems_only


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applicants/imports/{import_id}".format(import_id=quote(str(import_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportRead | Problem | None:
    if response.status_code == 200:
        response_200 = ImportRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    import_id: int,
    *,
    client: AuthenticatedClient,
    problems_only: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> Response[ImportRead | Problem]:
    """ Get Import

     Progress while it works (`processed_rows`, `percent`, `counts`); then every row's
    result, problems in the language of the request.

    Args:
        import_id (int):
        problems_only (bool | Unset): Only the refused rows in `rows` (the counts stay whole).
            Default: False.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportRead | Problem]
     """


    kwargs = _get_kwargs(
        import_id=import_id,
problems_only=problems_only,
accept_language=accept_language,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    import_id: int,
    *,
    client: AuthenticatedClient,
    problems_only: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> ImportRead | Problem | None:
    """ Get Import

     Progress while it works (`processed_rows`, `percent`, `counts`); then every row's
    result, problems in the language of the request.

    Args:
        import_id (int):
        problems_only (bool | Unset): Only the refused rows in `rows` (the counts stay whole).
            Default: False.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportRead | Problem
     """


    return sync_detailed(
        import_id=import_id,
client=client,
problems_only=problems_only,
accept_language=accept_language,

    ).parsed

async def asyncio_detailed(
    import_id: int,
    *,
    client: AuthenticatedClient,
    problems_only: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> Response[ImportRead | Problem]:
    """ Get Import

     Progress while it works (`processed_rows`, `percent`, `counts`); then every row's
    result, problems in the language of the request.

    Args:
        import_id (int):
        problems_only (bool | Unset): Only the refused rows in `rows` (the counts stay whole).
            Default: False.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportRead | Problem]
     """


    kwargs = _get_kwargs(
        import_id=import_id,
problems_only=problems_only,
accept_language=accept_language,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    import_id: int,
    *,
    client: AuthenticatedClient,
    problems_only: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,

) -> ImportRead | Problem | None:
    """ Get Import

     Progress while it works (`processed_rows`, `percent`, `counts`); then every row's
    result, problems in the language of the request.

    Args:
        import_id (int):
        problems_only (bool | Unset): Only the refused rows in `rows` (the counts stay whole).
            Default: False.
        accept_language (None | str | Unset): `id` for Indonesian messages, else English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportRead | Problem
     """


    return (await asyncio_detailed(
        import_id=import_id,
client=client,
problems_only=problems_only,
accept_language=accept_language,

    )).parsed
