from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.application_source import ApplicationSource
from ..models.application_stage import ApplicationStage
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.application_stage_change_read import ApplicationStageChangeRead
  from ..models.candidate import Candidate





T = TypeVar("T", bound="ApplicationRead")



@_attrs_define
class ApplicationRead:
    """ 
        Attributes:
            id (int):
            applicant_id (int):
            vacancy_id (int):
            stage (ApplicationStage):
            reason (None | str):
            source (ApplicationSource):
            score (float | None):
            contract_starts_on (datetime.date | None):
            allowed_next_stages (list[ApplicationStage]):
            candidate (Candidate): The person behind an application.

                An agency sees it anonymous (no name, NIK, birth date, contacts or address) until the
                candidate is selected, and while the application is closed; `anonymous` says which view
                this is. The policy: `app/services/applications/disclosure.py`.
            history (list[ApplicationStageChangeRead]):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    applicant_id: int
    vacancy_id: int
    stage: ApplicationStage
    reason: None | str
    source: ApplicationSource
    score: float | None
    contract_starts_on: datetime.date | None
    allowed_next_stages: list[ApplicationStage]
    candidate: Candidate
    history: list[ApplicationStageChangeRead]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.application_stage_change_read import ApplicationStageChangeRead # noqa: PLC0415
        from ..models.candidate import Candidate # noqa: PLC0415
        id = self.id

        applicant_id = self.applicant_id

        vacancy_id = self.vacancy_id

        stage = self.stage.value

        reason: None | str
        reason = self.reason

        source = self.source.value

        score: float | None
        score = self.score

        contract_starts_on: None | str
        if isinstance(self.contract_starts_on, datetime.date):
            contract_starts_on = self.contract_starts_on.isoformat()
        else:
            contract_starts_on = self.contract_starts_on

        allowed_next_stages = []
        for allowed_next_stages_item_data in self.allowed_next_stages:
            allowed_next_stages_item = allowed_next_stages_item_data.value
            allowed_next_stages.append(allowed_next_stages_item)



        candidate = self.candidate.to_dict()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)



        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "applicant_id": applicant_id,
            "vacancy_id": vacancy_id,
            "stage": stage,
            "reason": reason,
            "source": source,
            "score": score,
            "contract_starts_on": contract_starts_on,
            "allowed_next_stages": allowed_next_stages,
            "candidate": candidate,
            "history": history,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_stage_change_read import ApplicationStageChangeRead # noqa: PLC0415
        from ..models.candidate import Candidate # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        applicant_id = d.pop("applicant_id")

        vacancy_id = d.pop("vacancy_id")

        stage = ApplicationStage(d.pop("stage"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        source = ApplicationSource(d.pop("source"))




        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))


        def _parse_contract_starts_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_starts_on_type_0 = datetime.date.fromisoformat(data)



                return contract_starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        contract_starts_on = _parse_contract_starts_on(d.pop("contract_starts_on"))


        allowed_next_stages = []
        _allowed_next_stages = d.pop("allowed_next_stages")
        for allowed_next_stages_item_data in (_allowed_next_stages):
            allowed_next_stages_item = ApplicationStage(allowed_next_stages_item_data)



            allowed_next_stages.append(allowed_next_stages_item)


        candidate = Candidate.from_dict(d.pop("candidate"))




        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = ApplicationStageChangeRead.from_dict(history_item_data)



            history.append(history_item)


        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        application_read = cls(
            id=id,
            applicant_id=applicant_id,
            vacancy_id=vacancy_id,
            stage=stage,
            reason=reason,
            source=source,
            score=score,
            contract_starts_on=contract_starts_on,
            allowed_next_stages=allowed_next_stages,
            candidate=candidate,
            history=history,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )


        application_read.additional_properties = d
        return application_read

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
