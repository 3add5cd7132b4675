from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.scheme import Scheme
from ..models.sector import Sector
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.public_cost import PublicCost
  from ..models.public_document import PublicDocument
  from ..models.public_requirement import PublicRequirement





T = TypeVar("T", bound="PublicVacancyDetail")



@_attrs_define
class PublicVacancyDetail:
    """ 
        Attributes:
            id (int):
            title (str):
            country (str): ISO 3166-1 alpha-2.
            country_name (str):
            city (None | str): Where the work is, when the job order records it (the title often says).
            scheme (Scheme):
            scheme_name (str):
            sector (Sector):
            sector_name (str):
            occupation (str):
            description (None | str):
            openings_left (int): Openings not yet taken.
            salary_min (int | None): Lowest salary in whole units of `currency` (); never minor units: no sen, no cents, no
                fractions.
            salary_max (int | None): Highest salary in whole units of `currency` (); never minor units: no sen, no cents, no
                fractions.
            currency (None | str):
            salary_text (str): The salary range in words, e.g. `JPY 185,000 - 225,000 a month`.
            contract_months (int):
            requirements (list[PublicRequirement]):
            worker_costs (list[PublicCost]): What the worker pays; empty: nothing.
            zero_cost_to_worker (bool):
            zero_cost_by_law (bool): The occupation is one the regulator makes free of placement cost to the worker (BP2MI
                regulation 9/2020).
            deadline (datetime.date | None):
            agency_name (str):
            agency_licence_number (None | str):
            share_url (str): The job order's page on the board, to share.
            updated_at (datetime.datetime):
            documents (list[PublicDocument]): The papers needed before departure (Law 18/2017 art. 13 and practice).
     """

    id: int
    title: str
    country: str
    country_name: str
    city: None | str
    scheme: Scheme
    scheme_name: str
    sector: Sector
    sector_name: str
    occupation: str
    description: None | str
    openings_left: int
    salary_min: int | None
    salary_max: int | None
    currency: None | str
    salary_text: str
    contract_months: int
    requirements: list[PublicRequirement]
    worker_costs: list[PublicCost]
    zero_cost_to_worker: bool
    zero_cost_by_law: bool
    deadline: datetime.date | None
    agency_name: str
    agency_licence_number: None | str
    share_url: str
    updated_at: datetime.datetime
    documents: list[PublicDocument]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.public_cost import PublicCost # noqa: PLC0415
        from ..models.public_document import PublicDocument # noqa: PLC0415
        from ..models.public_requirement import PublicRequirement # noqa: PLC0415
        id = self.id

        title = self.title

        country = self.country

        country_name = self.country_name

        city: None | str
        city = self.city

        scheme = self.scheme.value

        scheme_name = self.scheme_name

        sector = self.sector.value

        sector_name = self.sector_name

        occupation = self.occupation

        description: None | str
        description = self.description

        openings_left = self.openings_left

        salary_min: int | None
        salary_min = self.salary_min

        salary_max: int | None
        salary_max = self.salary_max

        currency: None | str
        currency = self.currency

        salary_text = self.salary_text

        contract_months = self.contract_months

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)



        worker_costs = []
        for worker_costs_item_data in self.worker_costs:
            worker_costs_item = worker_costs_item_data.to_dict()
            worker_costs.append(worker_costs_item)



        zero_cost_to_worker = self.zero_cost_to_worker

        zero_cost_by_law = self.zero_cost_by_law

        deadline: None | str
        if isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        agency_name = self.agency_name

        agency_licence_number: None | str
        agency_licence_number = self.agency_licence_number

        share_url = self.share_url

        updated_at = self.updated_at.isoformat()

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "title": title,
            "country": country,
            "country_name": country_name,
            "city": city,
            "scheme": scheme,
            "scheme_name": scheme_name,
            "sector": sector,
            "sector_name": sector_name,
            "occupation": occupation,
            "description": description,
            "openings_left": openings_left,
            "salary_min": salary_min,
            "salary_max": salary_max,
            "currency": currency,
            "salary_text": salary_text,
            "contract_months": contract_months,
            "requirements": requirements,
            "worker_costs": worker_costs,
            "zero_cost_to_worker": zero_cost_to_worker,
            "zero_cost_by_law": zero_cost_by_law,
            "deadline": deadline,
            "agency_name": agency_name,
            "agency_licence_number": agency_licence_number,
            "share_url": share_url,
            "updated_at": updated_at,
            "documents": documents,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_cost import PublicCost # noqa: PLC0415
        from ..models.public_document import PublicDocument # noqa: PLC0415
        from ..models.public_requirement import PublicRequirement # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        country = d.pop("country")

        country_name = d.pop("country_name")

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))


        scheme = Scheme(d.pop("scheme"))




        scheme_name = d.pop("scheme_name")

        sector = Sector(d.pop("sector"))




        sector_name = d.pop("sector_name")

        occupation = d.pop("occupation")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        openings_left = d.pop("openings_left")

        def _parse_salary_min(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        salary_min = _parse_salary_min(d.pop("salary_min"))


        def _parse_salary_max(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        salary_max = _parse_salary_max(d.pop("salary_max"))


        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))


        salary_text = d.pop("salary_text")

        contract_months = d.pop("contract_months")

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in (_requirements):
            requirements_item = PublicRequirement.from_dict(requirements_item_data)



            requirements.append(requirements_item)


        worker_costs = []
        _worker_costs = d.pop("worker_costs")
        for worker_costs_item_data in (_worker_costs):
            worker_costs_item = PublicCost.from_dict(worker_costs_item_data)



            worker_costs.append(worker_costs_item)


        zero_cost_to_worker = d.pop("zero_cost_to_worker")

        zero_cost_by_law = d.pop("zero_cost_by_law")

        def _parse_deadline(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)



                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        deadline = _parse_deadline(d.pop("deadline"))


        agency_name = d.pop("agency_name")

        def _parse_agency_licence_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agency_licence_number = _parse_agency_licence_number(d.pop("agency_licence_number"))


        share_url = d.pop("share_url")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        documents = []
        _documents = d.pop("documents")
        for documents_item_data in (_documents):
            documents_item = PublicDocument.from_dict(documents_item_data)



            documents.append(documents_item)


        public_vacancy_detail = cls(
            id=id,
            title=title,
            country=country,
            country_name=country_name,
            city=city,
            scheme=scheme,
            scheme_name=scheme_name,
            sector=sector,
            sector_name=sector_name,
            occupation=occupation,
            description=description,
            openings_left=openings_left,
            salary_min=salary_min,
            salary_max=salary_max,
            currency=currency,
            salary_text=salary_text,
            contract_months=contract_months,
            requirements=requirements,
            worker_costs=worker_costs,
            zero_cost_to_worker=zero_cost_to_worker,
            zero_cost_by_law=zero_cost_by_law,
            deadline=deadline,
            agency_name=agency_name,
            agency_licence_number=agency_licence_number,
            share_url=share_url,
            updated_at=updated_at,
            documents=documents,
        )


        public_vacancy_detail.additional_properties = d
        return public_vacancy_detail

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
