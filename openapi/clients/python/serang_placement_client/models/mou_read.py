from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.mou_kind import MouKind
from ..models.mou_stage import MouStage
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.mou_document import MouDocument
  from ..models.mou_stage_change_read import MouStageChangeRead





T = TypeVar("T", bound="MouRead")



@_attrs_define
class MouRead:
    """ 
        Attributes:
            id (int):
            title (str):
            kind (MouKind):
            stage (MouStage):
            allowed_next_stages (list[MouStage]):
            party_ids (list[int]):
            signed_on (datetime.date | None):
            effective_from (datetime.date | None):
            effective_until (datetime.date | None):
            countries (list[str]):
            sectors (list[str]):
            committed_positions (int | None):
            committed_trainees (int | None):
            documents (list[MouDocument]):
            notes (None | str):
            vacancy_count (int):
            history (list[MouStageChangeRead]):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    title: str
    kind: MouKind
    stage: MouStage
    allowed_next_stages: list[MouStage]
    party_ids: list[int]
    signed_on: datetime.date | None
    effective_from: datetime.date | None
    effective_until: datetime.date | None
    countries: list[str]
    sectors: list[str]
    committed_positions: int | None
    committed_trainees: int | None
    documents: list[MouDocument]
    notes: None | str
    vacancy_count: int
    history: list[MouStageChangeRead]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.mou_document import MouDocument # noqa: PLC0415
        from ..models.mou_stage_change_read import MouStageChangeRead # noqa: PLC0415
        id = self.id

        title = self.title

        kind = self.kind.value

        stage = self.stage.value

        allowed_next_stages = []
        for allowed_next_stages_item_data in self.allowed_next_stages:
            allowed_next_stages_item = allowed_next_stages_item_data.value
            allowed_next_stages.append(allowed_next_stages_item)



        party_ids = self.party_ids



        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        effective_from: None | str
        if isinstance(self.effective_from, datetime.date):
            effective_from = self.effective_from.isoformat()
        else:
            effective_from = self.effective_from

        effective_until: None | str
        if isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until

        countries = self.countries



        sectors = self.sectors



        committed_positions: int | None
        committed_positions = self.committed_positions

        committed_trainees: int | None
        committed_trainees = self.committed_trainees

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)



        notes: None | str
        notes = self.notes

        vacancy_count = self.vacancy_count

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
            "title": title,
            "kind": kind,
            "stage": stage,
            "allowed_next_stages": allowed_next_stages,
            "party_ids": party_ids,
            "signed_on": signed_on,
            "effective_from": effective_from,
            "effective_until": effective_until,
            "countries": countries,
            "sectors": sectors,
            "committed_positions": committed_positions,
            "committed_trainees": committed_trainees,
            "documents": documents,
            "notes": notes,
            "vacancy_count": vacancy_count,
            "history": history,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mou_document import MouDocument # noqa: PLC0415
        from ..models.mou_stage_change_read import MouStageChangeRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        kind = MouKind(d.pop("kind"))




        stage = MouStage(d.pop("stage"))




        allowed_next_stages = []
        _allowed_next_stages = d.pop("allowed_next_stages")
        for allowed_next_stages_item_data in (_allowed_next_stages):
            allowed_next_stages_item = MouStage(allowed_next_stages_item_data)



            allowed_next_stages.append(allowed_next_stages_item)


        party_ids = cast(list[int], d.pop("party_ids"))


        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)



                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))


        def _parse_effective_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_from_type_0 = datetime.date.fromisoformat(data)



                return effective_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_from = _parse_effective_from(d.pop("effective_from"))


        def _parse_effective_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_until_type_0 = datetime.date.fromisoformat(data)



                return effective_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_until = _parse_effective_until(d.pop("effective_until"))


        countries = cast(list[str], d.pop("countries"))


        sectors = cast(list[str], d.pop("sectors"))


        def _parse_committed_positions(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        committed_positions = _parse_committed_positions(d.pop("committed_positions"))


        def _parse_committed_trainees(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        committed_trainees = _parse_committed_trainees(d.pop("committed_trainees"))


        documents = []
        _documents = d.pop("documents")
        for documents_item_data in (_documents):
            documents_item = MouDocument.from_dict(documents_item_data)



            documents.append(documents_item)


        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        vacancy_count = d.pop("vacancy_count")

        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = MouStageChangeRead.from_dict(history_item_data)



            history.append(history_item)


        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        mou_read = cls(
            id=id,
            title=title,
            kind=kind,
            stage=stage,
            allowed_next_stages=allowed_next_stages,
            party_ids=party_ids,
            signed_on=signed_on,
            effective_from=effective_from,
            effective_until=effective_until,
            countries=countries,
            sectors=sectors,
            committed_positions=committed_positions,
            committed_trainees=committed_trainees,
            documents=documents,
            notes=notes,
            vacancy_count=vacancy_count,
            history=history,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )


        mou_read.additional_properties = d
        return mou_read

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
