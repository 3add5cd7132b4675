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
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.cost_item import CostItem
  from ..models.required_certificate import RequiredCertificate





T = TypeVar("T", bound="VacancyCreate")



@_attrs_define
class VacancyCreate:
    """ 
        Attributes:
            external_id (str):
            country (str):
            scheme (Scheme):
            sector (Sector):
            occupation (str):
            title (str):
            openings (int):
            agency_id (int): The placement agency (partner) that owns the order.
            isco_code (None | str | Unset): ISCO-08 unit group of the occupation. With `sector` it decides whether the order
                is domestic (household) work, which is refused (`domestic_work_refused`); left out, the sector alone decides.
                Words in the title or occupation never do.
            description (None | str | Unset):
            salary_min (int | None | Unset): The lowest salary offered in whole units of `currency` (2500000 with KRW is
                2,500,000 won); never minor units: no sen, no cents, no fractions.
            salary_max (int | None | Unset): The highest salary offered in whole units of `currency` (3000000 with KRW is
                3,000,000 won); never minor units: no sen, no cents, no fractions.
            currency (None | str | Unset): ISO 4217 code of `salary_min` and `salary_max`; needed with either.
            contract_months (int | None | Unset):
            min_age (int | None | Unset):
            max_age (int | None | Unset):
            required_sex (None | Sex | Unset):
            min_education (EducationLevel | None | Unset):
            language (Language | None | Unset):
            min_language_level (None | str | Unset): JLPT level (N5..N1) or CEFR level (A2 for JFT-Basic).
            min_language_score (int | None | Unset): EPS-TOPIK score out of 200.
            required_certificates (list[RequiredCertificate] | None | Unset):
            min_experience_years (float | None | Unset):
            cost_items (list[CostItem] | None | Unset):
            deadline (datetime.date | None | Unset):
            mou_id (int | None | Unset):
            ssw_field (None | SswField | Unset): Japan SSW orders: the SSW field (GET /matching/rules lists them). Left out,
                it is found from the occupation's ISCO code, else the sector; an order whose field neither determines (e.g.
                welding) must state it.
            channel (Channel | None | Unset): The recruitment channel the order comes through, where the scheme has several
                (e.g. `im_japan` for technical interns through IM Japan); its rules apply.
            status (None | Unset | VacancyStatus):
     """

    external_id: str
    country: str
    scheme: Scheme
    sector: Sector
    occupation: str
    title: str
    openings: int
    agency_id: int
    isco_code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    salary_min: int | None | Unset = UNSET
    salary_max: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    contract_months: int | None | Unset = UNSET
    min_age: int | None | Unset = UNSET
    max_age: int | None | Unset = UNSET
    required_sex: None | Sex | Unset = UNSET
    min_education: EducationLevel | None | Unset = UNSET
    language: Language | None | Unset = UNSET
    min_language_level: None | str | Unset = UNSET
    min_language_score: int | None | Unset = UNSET
    required_certificates: list[RequiredCertificate] | None | Unset = UNSET
    min_experience_years: float | None | Unset = UNSET
    cost_items: list[CostItem] | None | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    mou_id: int | None | Unset = UNSET
    ssw_field: None | SswField | Unset = UNSET
    channel: Channel | None | Unset = UNSET
    status: None | Unset | VacancyStatus = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_item import CostItem # noqa: PLC0415
        from ..models.required_certificate import RequiredCertificate # noqa: PLC0415
        external_id = self.external_id

        country = self.country

        scheme = self.scheme.value

        sector = self.sector.value

        occupation = self.occupation

        title = self.title

        openings = self.openings

        agency_id = self.agency_id

        isco_code: None | str | Unset
        if isinstance(self.isco_code, Unset):
            isco_code = UNSET
        else:
            isco_code = self.isco_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        salary_min: int | None | Unset
        if isinstance(self.salary_min, Unset):
            salary_min = UNSET
        else:
            salary_min = self.salary_min

        salary_max: int | None | Unset
        if isinstance(self.salary_max, Unset):
            salary_max = UNSET
        else:
            salary_max = self.salary_max

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        contract_months: int | None | Unset
        if isinstance(self.contract_months, Unset):
            contract_months = UNSET
        else:
            contract_months = self.contract_months

        min_age: int | None | Unset
        if isinstance(self.min_age, Unset):
            min_age = UNSET
        else:
            min_age = self.min_age

        max_age: int | None | Unset
        if isinstance(self.max_age, Unset):
            max_age = UNSET
        else:
            max_age = self.max_age

        required_sex: None | str | Unset
        if isinstance(self.required_sex, Unset):
            required_sex = UNSET
        elif isinstance(self.required_sex, Sex):
            required_sex = self.required_sex.value
        else:
            required_sex = self.required_sex

        min_education: None | str | Unset
        if isinstance(self.min_education, Unset):
            min_education = UNSET
        elif isinstance(self.min_education, EducationLevel):
            min_education = self.min_education.value
        else:
            min_education = self.min_education

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        min_language_level: None | str | Unset
        if isinstance(self.min_language_level, Unset):
            min_language_level = UNSET
        else:
            min_language_level = self.min_language_level

        min_language_score: int | None | Unset
        if isinstance(self.min_language_score, Unset):
            min_language_score = UNSET
        else:
            min_language_score = self.min_language_score

        required_certificates: list[dict[str, Any]] | None | Unset
        if isinstance(self.required_certificates, Unset):
            required_certificates = UNSET
        elif isinstance(self.required_certificates, list):
            required_certificates = []
            for required_certificates_type_0_item_data in self.required_certificates:
                required_certificates_type_0_item = required_certificates_type_0_item_data.to_dict()
                required_certificates.append(required_certificates_type_0_item)


        else:
            required_certificates = self.required_certificates

        min_experience_years: float | None | Unset
        if isinstance(self.min_experience_years, Unset):
            min_experience_years = UNSET
        else:
            min_experience_years = self.min_experience_years

        cost_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.cost_items, Unset):
            cost_items = UNSET
        elif isinstance(self.cost_items, list):
            cost_items = []
            for cost_items_type_0_item_data in self.cost_items:
                cost_items_type_0_item = cost_items_type_0_item_data.to_dict()
                cost_items.append(cost_items_type_0_item)


        else:
            cost_items = self.cost_items

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        mou_id: int | None | Unset
        if isinstance(self.mou_id, Unset):
            mou_id = UNSET
        else:
            mou_id = self.mou_id

        ssw_field: None | str | Unset
        if isinstance(self.ssw_field, Unset):
            ssw_field = UNSET
        elif isinstance(self.ssw_field, SswField):
            ssw_field = self.ssw_field.value
        else:
            ssw_field = self.ssw_field

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, VacancyStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "external_id": external_id,
            "country": country,
            "scheme": scheme,
            "sector": sector,
            "occupation": occupation,
            "title": title,
            "openings": openings,
            "agency_id": agency_id,
        })
        if isco_code is not UNSET:
            field_dict["isco_code"] = isco_code
        if description is not UNSET:
            field_dict["description"] = description
        if salary_min is not UNSET:
            field_dict["salary_min"] = salary_min
        if salary_max is not UNSET:
            field_dict["salary_max"] = salary_max
        if currency is not UNSET:
            field_dict["currency"] = currency
        if contract_months is not UNSET:
            field_dict["contract_months"] = contract_months
        if min_age is not UNSET:
            field_dict["min_age"] = min_age
        if max_age is not UNSET:
            field_dict["max_age"] = max_age
        if required_sex is not UNSET:
            field_dict["required_sex"] = required_sex
        if min_education is not UNSET:
            field_dict["min_education"] = min_education
        if language is not UNSET:
            field_dict["language"] = language
        if min_language_level is not UNSET:
            field_dict["min_language_level"] = min_language_level
        if min_language_score is not UNSET:
            field_dict["min_language_score"] = min_language_score
        if required_certificates is not UNSET:
            field_dict["required_certificates"] = required_certificates
        if min_experience_years is not UNSET:
            field_dict["min_experience_years"] = min_experience_years
        if cost_items is not UNSET:
            field_dict["cost_items"] = cost_items
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if mou_id is not UNSET:
            field_dict["mou_id"] = mou_id
        if ssw_field is not UNSET:
            field_dict["ssw_field"] = ssw_field
        if channel is not UNSET:
            field_dict["channel"] = channel
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_item import CostItem # noqa: PLC0415
        from ..models.required_certificate import RequiredCertificate # noqa: PLC0415
        d = dict(src_dict)
        external_id = d.pop("external_id")

        country = d.pop("country")

        scheme = Scheme(d.pop("scheme"))




        sector = Sector(d.pop("sector"))




        occupation = d.pop("occupation")

        title = d.pop("title")

        openings = d.pop("openings")

        agency_id = d.pop("agency_id")

        def _parse_isco_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isco_code = _parse_isco_code(d.pop("isco_code", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_salary_min(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        salary_min = _parse_salary_min(d.pop("salary_min", UNSET))


        def _parse_salary_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        salary_max = _parse_salary_max(d.pop("salary_max", UNSET))


        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        def _parse_contract_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contract_months = _parse_contract_months(d.pop("contract_months", UNSET))


        def _parse_min_age(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_age = _parse_min_age(d.pop("min_age", UNSET))


        def _parse_max_age(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_age = _parse_max_age(d.pop("max_age", UNSET))


        def _parse_required_sex(data: object) -> None | Sex | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                required_sex_type_0 = Sex(data)



                return required_sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex | Unset, data)

        required_sex = _parse_required_sex(d.pop("required_sex", UNSET))


        def _parse_min_education(data: object) -> EducationLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                min_education_type_0 = EducationLevel(data)



                return min_education_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EducationLevel | None | Unset, data)

        min_education = _parse_min_education(d.pop("min_education", UNSET))


        def _parse_language(data: object) -> Language | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)



                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


        def _parse_min_language_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_language_level = _parse_min_language_level(d.pop("min_language_level", UNSET))


        def _parse_min_language_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_language_score = _parse_min_language_score(d.pop("min_language_score", UNSET))


        def _parse_required_certificates(data: object) -> list[RequiredCertificate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                required_certificates_type_0 = []
                _required_certificates_type_0 = data
                for required_certificates_type_0_item_data in (_required_certificates_type_0):
                    required_certificates_type_0_item = RequiredCertificate.from_dict(required_certificates_type_0_item_data)



                    required_certificates_type_0.append(required_certificates_type_0_item)

                return required_certificates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RequiredCertificate] | None | Unset, data)

        required_certificates = _parse_required_certificates(d.pop("required_certificates", UNSET))


        def _parse_min_experience_years(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_experience_years = _parse_min_experience_years(d.pop("min_experience_years", UNSET))


        def _parse_cost_items(data: object) -> list[CostItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cost_items_type_0 = []
                _cost_items_type_0 = data
                for cost_items_type_0_item_data in (_cost_items_type_0):
                    cost_items_type_0_item = CostItem.from_dict(cost_items_type_0_item_data)



                    cost_items_type_0.append(cost_items_type_0_item)

                return cost_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CostItem] | None | Unset, data)

        cost_items = _parse_cost_items(d.pop("cost_items", UNSET))


        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)



                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))


        def _parse_mou_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mou_id = _parse_mou_id(d.pop("mou_id", UNSET))


        def _parse_ssw_field(data: object) -> None | SswField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ssw_field_type_0 = SswField(data)



                return ssw_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SswField | Unset, data)

        ssw_field = _parse_ssw_field(d.pop("ssw_field", UNSET))


        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)



                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))


        def _parse_status(data: object) -> None | Unset | VacancyStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VacancyStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VacancyStatus, data)

        status = _parse_status(d.pop("status", UNSET))


        vacancy_create = cls(
            external_id=external_id,
            country=country,
            scheme=scheme,
            sector=sector,
            occupation=occupation,
            title=title,
            openings=openings,
            agency_id=agency_id,
            isco_code=isco_code,
            description=description,
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
            deadline=deadline,
            mou_id=mou_id,
            ssw_field=ssw_field,
            channel=channel,
            status=status,
        )

        return vacancy_create

