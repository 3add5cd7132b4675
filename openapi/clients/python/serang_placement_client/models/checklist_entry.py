from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.document_kind import DocumentKind
from ..models.document_state import DocumentState
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.counts_for import CountsFor
  from ..models.document_read import DocumentRead





T = TypeVar("T", bound="ChecklistEntry")



@_attrs_define
class ChecklistEntry:
    """ 
        Attributes:
            kind (DocumentKind):
            label_en (str):
            label_id (str):
            source (str):
            expiry_required (bool):
            counts_for (CountsFor | None): The document counts only if issued at most this long before departure (the
                contract start, and never before today); null: no such limit.
            no_longer_counts_from (datetime.date | None): The first departure day the recorded document no longer counts for
                (its issue date plus `counts_for`, plus one day); null without a limit or an issue date. On or after this day
                the state is `issued_too_early`.
            state (DocumentState): An item of the checklist as the departure gate sees it, on a given day.
            document (DocumentRead | None):
     """

    kind: DocumentKind
    label_en: str
    label_id: str
    source: str
    expiry_required: bool
    counts_for: CountsFor | None
    no_longer_counts_from: datetime.date | None
    state: DocumentState
    document: DocumentRead | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.counts_for import CountsFor # noqa: PLC0415
        from ..models.document_read import DocumentRead # noqa: PLC0415
        kind = self.kind.value

        label_en = self.label_en

        label_id = self.label_id

        source = self.source

        expiry_required = self.expiry_required

        counts_for: dict[str, Any] | None
        if isinstance(self.counts_for, CountsFor):
            counts_for = self.counts_for.to_dict()
        else:
            counts_for = self.counts_for

        no_longer_counts_from: None | str
        if isinstance(self.no_longer_counts_from, datetime.date):
            no_longer_counts_from = self.no_longer_counts_from.isoformat()
        else:
            no_longer_counts_from = self.no_longer_counts_from

        state = self.state.value

        document: dict[str, Any] | None
        if isinstance(self.document, DocumentRead):
            document = self.document.to_dict()
        else:
            document = self.document


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "label_en": label_en,
            "label_id": label_id,
            "source": source,
            "expiry_required": expiry_required,
            "counts_for": counts_for,
            "no_longer_counts_from": no_longer_counts_from,
            "state": state,
            "document": document,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counts_for import CountsFor # noqa: PLC0415
        from ..models.document_read import DocumentRead # noqa: PLC0415
        d = dict(src_dict)
        kind = DocumentKind(d.pop("kind"))




        label_en = d.pop("label_en")

        label_id = d.pop("label_id")

        source = d.pop("source")

        expiry_required = d.pop("expiry_required")

        def _parse_counts_for(data: object) -> CountsFor | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counts_for_type_0 = CountsFor.from_dict(data)



                return counts_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountsFor | None, data)

        counts_for = _parse_counts_for(d.pop("counts_for"))


        def _parse_no_longer_counts_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                no_longer_counts_from_type_0 = datetime.date.fromisoformat(data)



                return no_longer_counts_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        no_longer_counts_from = _parse_no_longer_counts_from(d.pop("no_longer_counts_from"))


        state = DocumentState(d.pop("state"))




        def _parse_document(data: object) -> DocumentRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = DocumentRead.from_dict(data)



                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentRead | None, data)

        document = _parse_document(d.pop("document"))


        checklist_entry = cls(
            kind=kind,
            label_en=label_en,
            label_id=label_id,
            source=source,
            expiry_required=expiry_required,
            counts_for=counts_for,
            no_longer_counts_from=no_longer_counts_from,
            state=state,
            document=document,
        )


        checklist_entry.additional_properties = d
        return checklist_entry

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
