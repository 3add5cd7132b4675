from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.mou_kind import MouKind
from ..models.sector import Sector
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.mou_document import MouDocument





T = TypeVar("T", bound="MouCreate")



@_attrs_define
class MouCreate:
    """ 
        Attributes:
            title (str):
            kind (MouKind):
            party_ids (list[int]):
            effective_from (datetime.date | None | Unset):
            effective_until (datetime.date | None | Unset):
            countries (list[str] | Unset): ISO 3166-1 alpha-2 codes.
            sectors (list[Sector] | Unset):
            committed_positions (int | None | Unset):
            committed_trainees (int | None | Unset):
            documents (list[MouDocument] | Unset):
            notes (None | str | Unset):
     """

    title: str
    kind: MouKind
    party_ids: list[int]
    effective_from: datetime.date | None | Unset = UNSET
    effective_until: datetime.date | None | Unset = UNSET
    countries: list[str] | Unset = UNSET
    sectors: list[Sector] | Unset = UNSET
    committed_positions: int | None | Unset = UNSET
    committed_trainees: int | None | Unset = UNSET
    documents: list[MouDocument] | Unset = UNSET
    notes: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.mou_document import MouDocument # noqa: PLC0415
        title = self.title

        kind = self.kind.value

        party_ids = self.party_ids



        effective_from: None | str | Unset
        if isinstance(self.effective_from, Unset):
            effective_from = UNSET
        elif isinstance(self.effective_from, datetime.date):
            effective_from = self.effective_from.isoformat()
        else:
            effective_from = self.effective_from

        effective_until: None | str | Unset
        if isinstance(self.effective_until, Unset):
            effective_until = UNSET
        elif isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries



        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = []
            for sectors_item_data in self.sectors:
                sectors_item = sectors_item_data.value
                sectors.append(sectors_item)



        committed_positions: int | None | Unset
        if isinstance(self.committed_positions, Unset):
            committed_positions = UNSET
        else:
            committed_positions = self.committed_positions

        committed_trainees: int | None | Unset
        if isinstance(self.committed_trainees, Unset):
            committed_trainees = UNSET
        else:
            committed_trainees = self.committed_trainees

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)



        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
            "kind": kind,
            "party_ids": party_ids,
        })
        if effective_from is not UNSET:
            field_dict["effective_from"] = effective_from
        if effective_until is not UNSET:
            field_dict["effective_until"] = effective_until
        if countries is not UNSET:
            field_dict["countries"] = countries
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if committed_positions is not UNSET:
            field_dict["committed_positions"] = committed_positions
        if committed_trainees is not UNSET:
            field_dict["committed_trainees"] = committed_trainees
        if documents is not UNSET:
            field_dict["documents"] = documents
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mou_document import MouDocument # noqa: PLC0415
        d = dict(src_dict)
        title = d.pop("title")

        kind = MouKind(d.pop("kind"))




        party_ids = cast(list[int], d.pop("party_ids"))


        def _parse_effective_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_from_type_0 = datetime.date.fromisoformat(data)



                return effective_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_from = _parse_effective_from(d.pop("effective_from", UNSET))


        def _parse_effective_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_until_type_0 = datetime.date.fromisoformat(data)



                return effective_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_until = _parse_effective_until(d.pop("effective_until", UNSET))


        countries = cast(list[str], d.pop("countries", UNSET))


        _sectors = d.pop("sectors", UNSET)
        sectors: list[Sector] | Unset = UNSET
        if _sectors is not UNSET:
            sectors = []
            for sectors_item_data in _sectors:
                sectors_item = Sector(sectors_item_data)



                sectors.append(sectors_item)


        def _parse_committed_positions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        committed_positions = _parse_committed_positions(d.pop("committed_positions", UNSET))


        def _parse_committed_trainees(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        committed_trainees = _parse_committed_trainees(d.pop("committed_trainees", UNSET))


        _documents = d.pop("documents", UNSET)
        documents: list[MouDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = MouDocument.from_dict(documents_item_data)



                documents.append(documents_item)


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        mou_create = cls(
            title=title,
            kind=kind,
            party_ids=party_ids,
            effective_from=effective_from,
            effective_until=effective_until,
            countries=countries,
            sectors=sectors,
            committed_positions=committed_positions,
            committed_trainees=committed_trainees,
            documents=documents,
            notes=notes,
        )

        return mou_create

