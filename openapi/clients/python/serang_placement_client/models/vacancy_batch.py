from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.vacancy_batch_items_item import VacancyBatchItemsItem





T = TypeVar("T", bound="VacancyBatch")



@_attrs_define
class VacancyBatch:
    """ Job orders to create or update, keyed by the agency's own `external_id`.

    Each item has the fields of a job order (see VacancyCreate); `agency_id` only when an
    officer sends it, since an agency's system always writes to its own agency. An item
    whose job order exists is applied like a PATCH (fields left out are kept); a new one
    needs every field a create needs. Items are checked one by one: a bad item is reported
    in its result and does not stop the others.

        Attributes:
            items (list[VacancyBatchItemsItem]):
     """

    items: list[VacancyBatchItemsItem]





    def to_dict(self) -> dict[str, Any]:
        from ..models.vacancy_batch_items_item import VacancyBatchItemsItem # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vacancy_batch_items_item import VacancyBatchItemsItem # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = VacancyBatchItemsItem.from_dict(items_item_data)



            items.append(items_item)


        vacancy_batch = cls(
            items=items,
        )

        return vacancy_batch

