from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.financing_kind import FinancingKind
from typing import cast

if TYPE_CHECKING:
  from ..models.financing_rule_read_params import FinancingRuleReadParams





T = TypeVar("T", bound="FinancingRuleRead")



@_attrs_define
class FinancingRuleRead:
    """ One financing rule as an officer, a lender or a job seeker reads it.

        Attributes:
            id (str): Stable rule id, e.g. `kur_pmi.max_rate`.
            code (str): The problem code a request breaking the rule gets.
            title (str):
            requirement (str): What the rule requires, in the caller's language.
            source (str): The regulation behind it, with the date it was checked.
            kinds (list[FinancingKind] | None): null: every kind of financing.
            checked_at (str): `request`: when a request is filed, submitted or changed; else the states (e.g. `approved,
                disbursed`) at the move into which it is judged.
            params (FinancingRuleReadParams): The rule's numbers (rupiah, months, basis points).
     """

    id: str
    code: str
    title: str
    requirement: str
    source: str
    kinds: list[FinancingKind] | None
    checked_at: str
    params: FinancingRuleReadParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.financing_rule_read_params import FinancingRuleReadParams # noqa: PLC0415
        id = self.id

        code = self.code

        title = self.title

        requirement = self.requirement

        source = self.source

        kinds: list[str] | None
        if isinstance(self.kinds, list):
            kinds = []
            for kinds_type_0_item_data in self.kinds:
                kinds_type_0_item = kinds_type_0_item_data.value
                kinds.append(kinds_type_0_item)


        else:
            kinds = self.kinds

        checked_at = self.checked_at

        params = self.params.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "code": code,
            "title": title,
            "requirement": requirement,
            "source": source,
            "kinds": kinds,
            "checked_at": checked_at,
            "params": params,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.financing_rule_read_params import FinancingRuleReadParams # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        title = d.pop("title")

        requirement = d.pop("requirement")

        source = d.pop("source")

        def _parse_kinds(data: object) -> list[FinancingKind] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                kinds_type_0 = []
                _kinds_type_0 = data
                for kinds_type_0_item_data in (_kinds_type_0):
                    kinds_type_0_item = FinancingKind(kinds_type_0_item_data)



                    kinds_type_0.append(kinds_type_0_item)

                return kinds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FinancingKind] | None, data)

        kinds = _parse_kinds(d.pop("kinds"))


        checked_at = d.pop("checked_at")

        params = FinancingRuleReadParams.from_dict(d.pop("params"))




        financing_rule_read = cls(
            id=id,
            code=code,
            title=title,
            requirement=requirement,
            source=source,
            kinds=kinds,
            checked_at=checked_at,
            params=params,
        )


        financing_rule_read.additional_properties = d
        return financing_rule_read

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
