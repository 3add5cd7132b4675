from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.checklist_entry import ChecklistEntry





T = TypeVar("T", bound="DocumentChecklist")



@_attrs_define
class DocumentChecklist:
    """ 
        Attributes:
            application_id (int):
            country (str):
            scheme (str):
            contract_starts_on (datetime.date | None):
            departure_ready (bool): Every item verified, valid on the contract start (which is recorded) and issued recently
                enough to count for it.
            items (list[ChecklistEntry]):
     """

    application_id: int
    country: str
    scheme: str
    contract_starts_on: datetime.date | None
    departure_ready: bool
    items: list[ChecklistEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checklist_entry import ChecklistEntry # noqa: PLC0415
        application_id = self.application_id

        country = self.country

        scheme = self.scheme

        contract_starts_on: None | str
        if isinstance(self.contract_starts_on, datetime.date):
            contract_starts_on = self.contract_starts_on.isoformat()
        else:
            contract_starts_on = self.contract_starts_on

        departure_ready = self.departure_ready

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "country": country,
            "scheme": scheme,
            "contract_starts_on": contract_starts_on,
            "departure_ready": departure_ready,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checklist_entry import ChecklistEntry # noqa: PLC0415
        d = dict(src_dict)
        application_id = d.pop("application_id")

        country = d.pop("country")

        scheme = d.pop("scheme")

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


        departure_ready = d.pop("departure_ready")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ChecklistEntry.from_dict(items_item_data)



            items.append(items_item)


        document_checklist = cls(
            application_id=application_id,
            country=country,
            scheme=scheme,
            contract_starts_on=contract_starts_on,
            departure_ready=departure_ready,
            items=items,
        )


        document_checklist.additional_properties = d
        return document_checklist

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
