from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rule_status import RuleStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.remedy_read import RemedyRead
  from ..models.rule_result_read_params import RuleResultReadParams





T = TypeVar("T", bound="RuleResultRead")



@_attrs_define
class RuleResultRead:
    """ 
        Attributes:
            rule_id (str):
            code (str): Reason code; `credential_expired` when renewal is the way.
            status (RuleStatus):
            title (str):
            requirement (str):
            message (str): Why the rule is met, not met or unknown.
            source (str):
            params (RuleResultReadParams): Required vs held values, dates.
            remedy (None | RemedyRead | Unset):
            expires_before_deadline (bool | Unset): The credential meeting the rule expires before the job order's deadline.
                Default: False.
            credential_id (int | None | Unset):
     """

    rule_id: str
    code: str
    status: RuleStatus
    title: str
    requirement: str
    message: str
    source: str
    params: RuleResultReadParams
    remedy: None | RemedyRead | Unset = UNSET
    expires_before_deadline: bool | Unset = False
    credential_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.remedy_read import RemedyRead # noqa: PLC0415
        from ..models.rule_result_read_params import RuleResultReadParams # noqa: PLC0415
        rule_id = self.rule_id

        code = self.code

        status = self.status.value

        title = self.title

        requirement = self.requirement

        message = self.message

        source = self.source

        params = self.params.to_dict()

        remedy: dict[str, Any] | None | Unset
        if isinstance(self.remedy, Unset):
            remedy = UNSET
        elif isinstance(self.remedy, RemedyRead):
            remedy = self.remedy.to_dict()
        else:
            remedy = self.remedy

        expires_before_deadline = self.expires_before_deadline

        credential_id: int | None | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "rule_id": rule_id,
            "code": code,
            "status": status,
            "title": title,
            "requirement": requirement,
            "message": message,
            "source": source,
            "params": params,
        })
        if remedy is not UNSET:
            field_dict["remedy"] = remedy
        if expires_before_deadline is not UNSET:
            field_dict["expires_before_deadline"] = expires_before_deadline
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remedy_read import RemedyRead # noqa: PLC0415
        from ..models.rule_result_read_params import RuleResultReadParams # noqa: PLC0415
        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        code = d.pop("code")

        status = RuleStatus(d.pop("status"))




        title = d.pop("title")

        requirement = d.pop("requirement")

        message = d.pop("message")

        source = d.pop("source")

        params = RuleResultReadParams.from_dict(d.pop("params"))




        def _parse_remedy(data: object) -> None | RemedyRead | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                remedy_type_0 = RemedyRead.from_dict(data)



                return remedy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RemedyRead | Unset, data)

        remedy = _parse_remedy(d.pop("remedy", UNSET))


        expires_before_deadline = d.pop("expires_before_deadline", UNSET)

        def _parse_credential_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credential_id = _parse_credential_id(d.pop("credential_id", UNSET))


        rule_result_read = cls(
            rule_id=rule_id,
            code=code,
            status=status,
            title=title,
            requirement=requirement,
            message=message,
            source=source,
            params=params,
            remedy=remedy,
            expires_before_deadline=expires_before_deadline,
            credential_id=credential_id,
        )


        rule_result_read.additional_properties = d
        return rule_result_read

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
