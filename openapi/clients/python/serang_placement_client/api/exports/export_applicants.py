from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.applicant_status import ApplicantStatus
from ...models.education_level import EducationLevel
from ...models.identity_check_status import IdentityCheckStatus
from ...models.problem import Problem
from ...models.sex import Sex
from ...models.sheet_format import SheetFormat
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: ApplicantStatus | None | Unset = UNSET,
    kecamatan_code: None | str | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    education_level: EducationLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    identity_check: IdentityCheckStatus | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ApplicantStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kecamatan_code: None | str | Unset
    if isinstance(kecamatan_code, Unset):
        json_kecamatan_code = UNSET
    else:
        json_kecamatan_code = kecamatan_code
    params["kecamatan_code"] = json_kecamatan_code

    json_sex: None | str | Unset
    if isinstance(sex, Unset):
        json_sex = UNSET
    elif isinstance(sex, Sex):
        json_sex = sex.value
    else:
        json_sex = sex
    params["sex"] = json_sex

    json_education_level: None | str | Unset
    if isinstance(education_level, Unset):
        json_education_level = UNSET
    elif isinstance(education_level, EducationLevel):
        json_education_level = education_level.value
    else:
        json_education_level = education_level
    params["education_level"] = json_education_level

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_fast_track: bool | None | Unset
    if isinstance(fast_track, Unset):
        json_fast_track = UNSET
    else:
        json_fast_track = fast_track
    params["fast_track"] = json_fast_track

    json_identity_check: None | str | Unset
    if isinstance(identity_check, Unset):
        json_identity_check = UNSET
    elif isinstance(identity_check, IdentityCheckStatus):
        json_identity_check = identity_check.value
    else:
        json_identity_check = identity_check
    params["identity_check"] = json_identity_check

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exports/applicants",
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
    status: ApplicantStatus | None | Unset = UNSET,
    kecamatan_code: None | str | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    education_level: EducationLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    identity_check: IdentityCheckStatus | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Export Applicants

     The applicants `GET /api/v1/applicants` lists for the same filters, every row: the
    import's columns first (an export can be imported again), then id, areas, status,
    identity check and dates. Personal data: in the audit trail (who, filters, rows).

    Args:
        status (ApplicantStatus | None | Unset): Archived records are left out unless asked for
            here.
        kecamatan_code (None | str | Unset):
        sex (None | Sex | Unset):
        education_level (EducationLevel | None | Unset):
        q (None | str | Unset): Name contains, or NIK.
        fast_track (bool | None | Unset): Returning workers (true) or first-timers (false).
        identity_check (IdentityCheckStatus | None | Unset): `needs_check`: records whose NIK
            disagrees with the birth date or sex, waiting for an officer to compare them with the KTP.
        format_ (SheetFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
kecamatan_code=kecamatan_code,
sex=sex,
education_level=education_level,
q=q,
fast_track=fast_track,
identity_check=identity_check,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: ApplicantStatus | None | Unset = UNSET,
    kecamatan_code: None | str | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    education_level: EducationLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    identity_check: IdentityCheckStatus | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> Any | Problem | None:
    """ Export Applicants

     The applicants `GET /api/v1/applicants` lists for the same filters, every row: the
    import's columns first (an export can be imported again), then id, areas, status,
    identity check and dates. Personal data: in the audit trail (who, filters, rows).

    Args:
        status (ApplicantStatus | None | Unset): Archived records are left out unless asked for
            here.
        kecamatan_code (None | str | Unset):
        sex (None | Sex | Unset):
        education_level (EducationLevel | None | Unset):
        q (None | str | Unset): Name contains, or NIK.
        fast_track (bool | None | Unset): Returning workers (true) or first-timers (false).
        identity_check (IdentityCheckStatus | None | Unset): `needs_check`: records whose NIK
            disagrees with the birth date or sex, waiting for an officer to compare them with the KTP.
        format_ (SheetFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        client=client,
status=status,
kecamatan_code=kecamatan_code,
sex=sex,
education_level=education_level,
q=q,
fast_track=fast_track,
identity_check=identity_check,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ApplicantStatus | None | Unset = UNSET,
    kecamatan_code: None | str | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    education_level: EducationLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    identity_check: IdentityCheckStatus | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Export Applicants

     The applicants `GET /api/v1/applicants` lists for the same filters, every row: the
    import's columns first (an export can be imported again), then id, areas, status,
    identity check and dates. Personal data: in the audit trail (who, filters, rows).

    Args:
        status (ApplicantStatus | None | Unset): Archived records are left out unless asked for
            here.
        kecamatan_code (None | str | Unset):
        sex (None | Sex | Unset):
        education_level (EducationLevel | None | Unset):
        q (None | str | Unset): Name contains, or NIK.
        fast_track (bool | None | Unset): Returning workers (true) or first-timers (false).
        identity_check (IdentityCheckStatus | None | Unset): `needs_check`: records whose NIK
            disagrees with the birth date or sex, waiting for an officer to compare them with the KTP.
        format_ (SheetFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
kecamatan_code=kecamatan_code,
sex=sex,
education_level=education_level,
q=q,
fast_track=fast_track,
identity_check=identity_check,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ApplicantStatus | None | Unset = UNSET,
    kecamatan_code: None | str | Unset = UNSET,
    sex: None | Sex | Unset = UNSET,
    education_level: EducationLevel | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    fast_track: bool | None | Unset = UNSET,
    identity_check: IdentityCheckStatus | None | Unset = UNSET,
    format_: SheetFormat | Unset = UNSET,

) -> Any | Problem | None:
    """ Export Applicants

     The applicants `GET /api/v1/applicants` lists for the same filters, every row: the
    import's columns first (an export can be imported again), then id, areas, status,
    identity check and dates. Personal data: in the audit trail (who, filters, rows).

    Args:
        status (ApplicantStatus | None | Unset): Archived records are left out unless asked for
            here.
        kecamatan_code (None | str | Unset):
        sex (None | Sex | Unset):
        education_level (EducationLevel | None | Unset):
        q (None | str | Unset): Name contains, or NIK.
        fast_track (bool | None | Unset): Returning workers (true) or first-timers (false).
        identity_check (IdentityCheckStatus | None | Unset): `needs_check`: records whose NIK
            disagrees with the birth date or sex, waiting for an officer to compare them with the KTP.
        format_ (SheetFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
kecamatan_code=kecamatan_code,
sex=sex,
education_level=education_level,
q=q,
fast_track=fast_track,
identity_check=identity_check,
format_=format_,

    )).parsed
