from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.cost_item import CostItem
  from ..models.payer_total import PayerTotal





T = TypeVar("T", bound="ApplicationCosts")



@_attrs_define
class ApplicationCosts:
    """ What a placement costs and who pays each item: what a lender needs to see.

        Attributes:
            application_id (int):
            vacancy_id (int):
            contract_months (int):
            items (list[CostItem]):
            totals (list[PayerTotal]): Sums per payer and currency.
            worker_total_idr (int): What the worker pays for the items in IDR, in whole units of IDR (370000 is Rp370.000);
                never minor units: no sen, no cents, no fractions.
            worker_other_currencies (list[PayerTotal]): Worker-paid sums in other currencies, not converted (no rate is
                kept).
            zero_cost_occupation (bool): The occupation is free of placement cost to the worker by regulation.
            zero_cost_to_worker (bool): No item is paid by the worker.
            legal_basis (None | str): The regulation, for a zero-cost occupation.
     """

    application_id: int
    vacancy_id: int
    contract_months: int
    items: list[CostItem]
    totals: list[PayerTotal]
    worker_total_idr: int
    worker_other_currencies: list[PayerTotal]
    zero_cost_occupation: bool
    zero_cost_to_worker: bool
    legal_basis: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_item import CostItem # noqa: PLC0415
        from ..models.payer_total import PayerTotal # noqa: PLC0415
        application_id = self.application_id

        vacancy_id = self.vacancy_id

        contract_months = self.contract_months

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        totals = []
        for totals_item_data in self.totals:
            totals_item = totals_item_data.to_dict()
            totals.append(totals_item)



        worker_total_idr = self.worker_total_idr

        worker_other_currencies = []
        for worker_other_currencies_item_data in self.worker_other_currencies:
            worker_other_currencies_item = worker_other_currencies_item_data.to_dict()
            worker_other_currencies.append(worker_other_currencies_item)



        zero_cost_occupation = self.zero_cost_occupation

        zero_cost_to_worker = self.zero_cost_to_worker

        legal_basis: None | str
        legal_basis = self.legal_basis


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "vacancy_id": vacancy_id,
            "contract_months": contract_months,
            "items": items,
            "totals": totals,
            "worker_total_idr": worker_total_idr,
            "worker_other_currencies": worker_other_currencies,
            "zero_cost_occupation": zero_cost_occupation,
            "zero_cost_to_worker": zero_cost_to_worker,
            "legal_basis": legal_basis,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_item import CostItem # noqa: PLC0415
        from ..models.payer_total import PayerTotal # noqa: PLC0415
        d = dict(src_dict)
        application_id = d.pop("application_id")

        vacancy_id = d.pop("vacancy_id")

        contract_months = d.pop("contract_months")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = CostItem.from_dict(items_item_data)



            items.append(items_item)


        totals = []
        _totals = d.pop("totals")
        for totals_item_data in (_totals):
            totals_item = PayerTotal.from_dict(totals_item_data)



            totals.append(totals_item)


        worker_total_idr = d.pop("worker_total_idr")

        worker_other_currencies = []
        _worker_other_currencies = d.pop("worker_other_currencies")
        for worker_other_currencies_item_data in (_worker_other_currencies):
            worker_other_currencies_item = PayerTotal.from_dict(worker_other_currencies_item_data)



            worker_other_currencies.append(worker_other_currencies_item)


        zero_cost_occupation = d.pop("zero_cost_occupation")

        zero_cost_to_worker = d.pop("zero_cost_to_worker")

        def _parse_legal_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis"))


        application_costs = cls(
            application_id=application_id,
            vacancy_id=vacancy_id,
            contract_months=contract_months,
            items=items,
            totals=totals,
            worker_total_idr=worker_total_idr,
            worker_other_currencies=worker_other_currencies,
            zero_cost_occupation=zero_cost_occupation,
            zero_cost_to_worker=zero_cost_to_worker,
            legal_basis=legal_basis,
        )


        application_costs.additional_properties = d
        return application_costs

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
