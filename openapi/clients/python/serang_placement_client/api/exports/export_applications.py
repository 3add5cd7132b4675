from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.application_stage import ApplicationStage
from ...models.problem import Problem
from ...models.sheet_format import SheetFormat
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    vacancy_id: int | None | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    stage: ApplicationStage | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_vacancy_id: int | None | Unset
    if isinstance(vacancy_id, Unset):
        json_vacancy_id = UNSET
    else:
        json_vacancy_id = vacancy_id
    params["vacancy_id"] = json_vacancy_id

    json_applicant_id: int | None | Unset
    if isinstance(applicant_id, Unset):
        json_applicant_id = UNSET
    else:
        json_applicant_id = applicant_id
    params["applicant_id"] = json_applicant_id

    json_stage: None | str | Unset
    if isinstance(stage, Unset):
        json_stage = UNSET
    elif isinstance(stage, ApplicationStage):
        json_stage = stage.value
    else:
        json_stage = stage
    params["stage"] = json_stage

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exports/applications",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vacancy_id: int | None | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    stage: ApplicationStage | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Export Applications

     The applications `GET /api/v1/applications` lists for the same filters, with each
    applicant's NIK and name and the job order's title, country and scheme. Personal data:
    in the audit trail.

    Args:
        vacancy_id (int | None | Unset):
        applicant_id (int | None | Unset):
        stage (ApplicationStage | None | Unset):
        format_ (SheetFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
applicant_id=applicant_id,
stage=stage,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    vacancy_id: int | None | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    stage: ApplicationStage | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> Any | Problem | None:
    """ Export Applications

     The applications `GET /api/v1/applications` lists for the same filters, with each
    applicant's NIK and name and the job order's title, country and scheme. Personal data:
    in the audit trail.

    Args:
        vacancy_id (int | None | Unset):
        applicant_id (int | None | Unset):
        stage (ApplicationStage | None | Unset):
        format_ (SheetFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        client=client,
vacancy_id=vacancy_id,
applicant_id=applicant_id,
stage=stage,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vacancy_id: int | None | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    stage: ApplicationStage | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Export Applications

     The applications `GET /api/v1/applications` lists for the same filters, with each
    applicant's NIK and name and the job order's title, country and scheme. Personal data:
    in the audit trail.

    Args:
        vacancy_id (int | None | Unset):
        applicant_id (int | None | Unset):
        stage (ApplicationStage | None | Unset):
        format_ (SheetFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        vacancy_id=vacancy_id,
applicant_id=applicant_id,
stage=stage,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    vacancy_id: int | None | Unset = UNSET,
    applicant_id: int | None | Unset = UNSET,
    stage: ApplicationStage | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> Any | Problem | None:
    """ Export Applications

     The applications `GET /api/v1/applications` lists for the same filters, with each
    applicant's NIK and name and the job order's title, country and scheme. Personal data:
    in the audit trail.

    Args:
        vacancy_id (int | None | Unset):
        applicant_id (int | None | Unset):
        stage (ApplicationStage | None | Unset):
        format_ (SheetFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        client=client,
vacancy_id=vacancy_id,
applicant_id=applicant_id,
stage=stage,
format_=format_,

    )).parsed
