from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.run_phase import RunPhase
from ..models.run_status import RunStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.run_summary import RunSummary





T = TypeVar("T", bound="MatchingRunRead")



@_attrs_define
class MatchingRunRead:
    """ 
        Attributes:
            id (int):
            status (RunStatus):
            phase (RunPhase):
            percent (int):
            vacancy_ids (list[int] | None):
            candidates_per_opening (int): As asked when the run was started.
            requested_by (str):
            summary (None | RunSummary):
            error (None | str):
            created_at (datetime.datetime):
            started_at (datetime.datetime | None):
            finished_at (datetime.datetime | None):
     """

    id: int
    status: RunStatus
    phase: RunPhase
    percent: int
    vacancy_ids: list[int] | None
    candidates_per_opening: int
    requested_by: str
    summary: None | RunSummary
    error: None | str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.run_summary import RunSummary # noqa: PLC0415
        id = self.id

        status = self.status.value

        phase = self.phase.value

        percent = self.percent

        vacancy_ids: list[int] | None
        if isinstance(self.vacancy_ids, list):
            vacancy_ids = self.vacancy_ids


        else:
            vacancy_ids = self.vacancy_ids

        candidates_per_opening = self.candidates_per_opening

        requested_by = self.requested_by

        summary: dict[str, Any] | None
        if isinstance(self.summary, RunSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        error: None | str
        error = self.error

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "phase": phase,
            "percent": percent,
            "vacancy_ids": vacancy_ids,
            "candidates_per_opening": candidates_per_opening,
            "requested_by": requested_by,
            "summary": summary,
            "error": error,
            "created_at": created_at,
            "started_at": started_at,
            "finished_at": finished_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_summary import RunSummary # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        status = RunStatus(d.pop("status"))




        phase = RunPhase(d.pop("phase"))




        percent = d.pop("percent")

        def _parse_vacancy_ids(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vacancy_ids_type_0 = cast(list[int], data)

                return vacancy_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        vacancy_ids = _parse_vacancy_ids(d.pop("vacancy_ids"))


        candidates_per_opening = d.pop("candidates_per_opening")

        requested_by = d.pop("requested_by")

        def _parse_summary(data: object) -> None | RunSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = RunSummary.from_dict(data)



                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunSummary, data)

        summary = _parse_summary(d.pop("summary"))


        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))


        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        matching_run_read = cls(
            id=id,
            status=status,
            phase=phase,
            percent=percent,
            vacancy_ids=vacancy_ids,
            candidates_per_opening=candidates_per_opening,
            requested_by=requested_by,
            summary=summary,
            error=error,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
        )


        matching_run_read.additional_properties = d
        return matching_run_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
