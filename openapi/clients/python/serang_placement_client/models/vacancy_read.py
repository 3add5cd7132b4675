from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel import Channel
from ..models.education_level import EducationLevel
from ..models.language import Language
from ..models.scheme import Scheme
from ..models.sector import Sector
from ..models.sex import Sex
from ..models.ssw_field import SswField
from ..models.vacancy_status import VacancyStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.cost_item import CostItem
  from ..models.required_certificate import RequiredCertificate





T = TypeVar("T", bound="VacancyRead")



@_attrs_define
class VacancyRead:
    """ 
        Attributes:
            id (int):
            agency_id (int):
            external_id (str):
            country (str):
            scheme (Scheme):
            sector (Sector):
            occupation (str):
            isco_code (None | str):
            title (str):
            description (None | str):
            openings (int):
            filled (int):
            salary_min (int | None): The lowest salary offered in whole units of `currency` (2500000 with KRW is 2,500,000
                won); never minor units: no sen, no cents, no fractions.
            salary_max (int | None): The highest salary offered in whole units of `currency` (3000000 with KRW is 3,000,000
                won); never minor units: no sen, no cents, no fractions.
            currency (None | str): ISO 4217 code of `salary_min` and `salary_max`; needed with either.
            contract_months (int):
            min_age (int | None):
            max_age (int | None):
            required_sex (None | Sex):
            min_education (EducationLevel | None):
            language (Language | None):
            min_language_level (None | str):
            min_language_score (int | None):
            required_certificates (list[RequiredCertificate]):
            min_experience_years (float | None):
            cost_items (list[CostItem]):
            zero_cost_to_worker (bool):
            deadline (datetime.date | None):
            mou_id (int | None):
            ssw_field (None | SswField): Japan SSW orders: the order's SSW field, as stated or as found from the occupation
                and sector; null for other schemes.
            channel (Channel | None):
            status (VacancyStatus):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    agency_id: int
    external_id: str
    country: str
    scheme: Scheme
    sector: Sector
    occupation: str
    isco_code: None | str
    title: str
    description: None | str
    openings: int
    filled: int
    salary_min: int | None
    salary_max: int | None
    currency: None | str
    contract_months: int
    min_age: int | None
    max_age: int | None
    required_sex: None | Sex
    min_education: EducationLevel | None
    language: Language | None
    min_language_level: None | str
    min_language_score: int | None
    required_certificates: list[RequiredCertificate]
    min_experience_years: float | None
    cost_items: list[CostItem]
    zero_cost_to_worker: bool
    deadline: datetime.date | None
    mou_id: int | None
    ssw_field: None | SswField
    channel: Channel | None
    status: VacancyStatus
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_item import CostItem # noqa: PLC0415
        from ..models.required_certificate import RequiredCertificate # noqa: PLC0415
        id = self.id

        agency_id = self.agency_id

        external_id = self.external_id

        country = self.country

        scheme = self.scheme.value

        sector = self.sector.value

        occupation = self.occupation

        isco_code: None | str
        isco_code = self.isco_code

        title = self.title

        description: None | str
        description = self.description

        openings = self.openings

        filled = self.filled

        salary_min: int | None
        salary_min = self.salary_min

        salary_max: int | None
        salary_max = self.salary_max

        currency: None | str
        currency = self.currency

        contract_months = self.contract_months

        min_age: int | None
        min_age = self.min_age

        max_age: int | None
        max_age = self.max_age

        required_sex: None | str
        if isinstance(self.required_sex, Sex):
            required_sex = self.required_sex.value
        else:
            required_sex = self.required_sex

        min_education: None | str
        if isinstance(self.min_education, EducationLevel):
            min_education = self.min_education.value
        else:
            min_education = self.min_education

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        min_language_level: None | str
        min_language_level = self.min_language_level

        min_language_score: int | None
        min_language_score = self.min_language_score

        required_certificates = []
        for required_certificates_item_data in self.required_certificates:
            required_certificates_item = required_certificates_item_data.to_dict()
            required_certificates.append(required_certificates_item)



        min_experience_years: float | None
        min_experience_years = self.min_experience_years

        cost_items = []
        for cost_items_item_data in self.cost_items:
            cost_items_item = cost_items_item_data.to_dict()
            cost_items.append(cost_items_item)



        zero_cost_to_worker = self.zero_cost_to_worker

        deadline: None | str
        if isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        mou_id: int | None
        mou_id = self.mou_id

        ssw_field: None | str
        if isinstance(self.ssw_field, SswField):
            ssw_field = self.ssw_field.value
        else:
            ssw_field = self.ssw_field

        channel: None | str
        if isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        status = self.status.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "agency_id": agency_id,
            "external_id": external_id,
            "country": country,
            "scheme": scheme,
            "sector": sector,
            "occupation": occupation,
            "isco_code": isco_code,
            "title": title,
            "description": description,
            "openings": openings,
            "filled": filled,
            "salary_min": salary_min,
            "salary_max": salary_max,
            "currency": currency,
            "contract_months": contract_months,
            "min_age": min_age,
            "max_age": max_age,
            "required_sex": required_sex,
            "min_education": min_education,
            "language": language,
            "min_language_level": min_language_level,
            "min_language_score": min_language_score,
            "required_certificates": required_certificates,
            "min_experience_years": min_experience_years,
            "cost_items": cost_items,
            "zero_cost_to_worker": zero_cost_to_worker,
            "deadline": deadline,
            "mou_id": mou_id,
            "ssw_field": ssw_field,
            "channel": channel,
            "status": status,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_item import CostItem # noqa: PLC0415
        from ..models.required_certificate import RequiredCertificate # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        agency_id = d.pop("agency_id")

        external_id = d.pop("external_id")

        country = d.pop("country")

        scheme = Scheme(d.pop("scheme"))




        sector = Sector(d.pop("sector"))




        occupation = d.pop("occupation")

        def _parse_isco_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        isco_code = _parse_isco_code(d.pop("isco_code"))


        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        openings = d.pop("openings")

        filled = d.pop("filled")

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


        contract_months = d.pop("contract_months")

        def _parse_min_age(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_age = _parse_min_age(d.pop("min_age"))


        def _parse_max_age(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_age = _parse_max_age(d.pop("max_age"))


        def _parse_required_sex(data: object) -> None | Sex:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                required_sex_type_0 = Sex(data)



                return required_sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex, data)

        required_sex = _parse_required_sex(d.pop("required_sex"))


        def _parse_min_education(data: object) -> EducationLevel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                min_education_type_0 = EducationLevel(data)



                return min_education_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EducationLevel | None, data)

        min_education = _parse_min_education(d.pop("min_education"))


        def _parse_language(data: object) -> Language | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)



                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None, data)

        language = _parse_language(d.pop("language"))


        def _parse_min_language_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        min_language_level = _parse_min_language_level(d.pop("min_language_level"))


        def _parse_min_language_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_language_score = _parse_min_language_score(d.pop("min_language_score"))


        required_certificates = []
        _required_certificates = d.pop("required_certificates")
        for required_certificates_item_data in (_required_certificates):
            required_certificates_item = RequiredCertificate.from_dict(required_certificates_item_data)



            required_certificates.append(required_certificates_item)


        def _parse_min_experience_years(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_experience_years = _parse_min_experience_years(d.pop("min_experience_years"))


        cost_items = []
        _cost_items = d.pop("cost_items")
        for cost_items_item_data in (_cost_items):
            cost_items_item = CostItem.from_dict(cost_items_item_data)



            cost_items.append(cost_items_item)


        zero_cost_to_worker = d.pop("zero_cost_to_worker")

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


        def _parse_mou_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        mou_id = _parse_mou_id(d.pop("mou_id"))


        def _parse_ssw_field(data: object) -> None | SswField:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ssw_field_type_0 = SswField(data)



                return ssw_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SswField, data)

        ssw_field = _parse_ssw_field(d.pop("ssw_field"))


        def _parse_channel(data: object) -> Channel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)



                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None, data)

        channel = _parse_channel(d.pop("channel"))


        status = VacancyStatus(d.pop("status"))




        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        vacancy_read = cls(
            id=id,
            agency_id=agency_id,
            external_id=external_id,
            country=country,
            scheme=scheme,
            sector=sector,
            occupation=occupation,
            isco_code=isco_code,
            title=title,
            description=description,
            openings=openings,
            filled=filled,
            salary_min=salary_min,
            salary_max=salary_max,
            currency=currency,
            contract_months=contract_months,
            min_age=min_age,
            max_age=max_age,
            required_sex=required_sex,
            min_education=min_education,
            language=language,
            min_language_level=min_language_level,
            min_language_score=min_language_score,
            required_certificates=required_certificates,
            min_experience_years=min_experience_years,
            cost_items=cost_items,
            zero_cost_to_worker=zero_cost_to_worker,
            deadline=deadline,
            mou_id=mou_id,
            ssw_field=ssw_field,
            channel=channel,
            status=status,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )


        vacancy_read.additional_properties = d
        return vacancy_read

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
