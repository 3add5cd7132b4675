from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.scheme import Scheme
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.rule_result_read import RuleResultRead





T = TypeVar("T", bound="EligibilityRead")



@_attrs_define
class EligibilityRead:
    """ 
        Attributes:
            applicant_id (int):
            vacancy_id (int):
            scheme (Scheme):
            evaluated_on (datetime.date):
            eligible (bool): No rule is unmet (unknown ones are checked later).
            complete (bool): No rule is unknown either.
            summary (str):
            unmet (list[str]): Reason codes of every unmet rule.
            warnings (list[str]): Rule ids whose credential expires before deadline.
            rules (list[RuleResultRead]):
     """

    applicant_id: int
    vacancy_id: int
    scheme: Scheme
    evaluated_on: datetime.date
    eligible: bool
    complete: bool
    summary: str
    unmet: list[str]
    warnings: list[str]
    rules: list[RuleResultRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_result_read import RuleResultRead # noqa: PLC0415
        applicant_id = self.applicant_id

        vacancy_id = self.vacancy_id

        scheme = self.scheme.value

        evaluated_on = self.evaluated_on.isoformat()

        eligible = self.eligible

        complete = self.complete

        summary = self.summary

        unmet = self.unmet



        warnings = self.warnings



        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant_id": applicant_id,
            "vacancy_id": vacancy_id,
            "scheme": scheme,
            "evaluated_on": evaluated_on,
            "eligible": eligible,
            "complete": complete,
            "summary": summary,
            "unmet": unmet,
            "warnings": warnings,
            "rules": rules,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_result_read import RuleResultRead # noqa: PLC0415
        d = dict(src_dict)
        applicant_id = d.pop("applicant_id")

        vacancy_id = d.pop("vacancy_id")

        scheme = Scheme(d.pop("scheme"))




        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))




        eligible = d.pop("eligible")

        complete = d.pop("complete")

        summary = d.pop("summary")

        unmet = cast(list[str], d.pop("unmet"))


        warnings = cast(list[str], d.pop("warnings"))


        rules = []
        _rules = d.pop("rules")
        for rules_item_data in (_rules):
            rules_item = RuleResultRead.from_dict(rules_item_data)



            rules.append(rules_item)


        eligibility_read = cls(
            applicant_id=applicant_id,
            vacancy_id=vacancy_id,
            scheme=scheme,
            evaluated_on=evaluated_on,
            eligible=eligible,
            complete=complete,
            summary=summary,
            unmet=unmet,
            warnings=warnings,
            rules=rules,
        )


        eligibility_read.additional_properties = d
        return eligibility_read

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
