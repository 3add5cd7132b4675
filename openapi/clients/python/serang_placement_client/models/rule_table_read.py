from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.channel_read import ChannelRead
  from ..models.job_order_rule_read import JobOrderRuleRead
  from ..models.rule_read import RuleRead
  from ..models.ssw_field_table_read import SswFieldTableRead





T = TypeVar("T", bound="RuleTableRead")



@_attrs_define
class RuleTableRead:
    """ 
        Attributes:
            scheme_rules (list[RuleRead]):
            job_order_rules (list[JobOrderRuleRead]):
            ssw_fields (SswFieldTableRead):
            channels (list[ChannelRead]): Every scheme and channel, and whether it takes people now.
     """

    scheme_rules: list[RuleRead]
    job_order_rules: list[JobOrderRuleRead]
    ssw_fields: SswFieldTableRead
    channels: list[ChannelRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.channel_read import ChannelRead # noqa: PLC0415
        from ..models.job_order_rule_read import JobOrderRuleRead # noqa: PLC0415
        from ..models.rule_read import RuleRead # noqa: PLC0415
        from ..models.ssw_field_table_read import SswFieldTableRead # noqa: PLC0415
        scheme_rules = []
        for scheme_rules_item_data in self.scheme_rules:
            scheme_rules_item = scheme_rules_item_data.to_dict()
            scheme_rules.append(scheme_rules_item)



        job_order_rules = []
        for job_order_rules_item_data in self.job_order_rules:
            job_order_rules_item = job_order_rules_item_data.to_dict()
            job_order_rules.append(job_order_rules_item)



        ssw_fields = self.ssw_fields.to_dict()

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "scheme_rules": scheme_rules,
            "job_order_rules": job_order_rules,
            "ssw_fields": ssw_fields,
            "channels": channels,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_read import ChannelRead # noqa: PLC0415
        from ..models.job_order_rule_read import JobOrderRuleRead # noqa: PLC0415
        from ..models.rule_read import RuleRead # noqa: PLC0415
        from ..models.ssw_field_table_read import SswFieldTableRead # noqa: PLC0415
        d = dict(src_dict)
        scheme_rules = []
        _scheme_rules = d.pop("scheme_rules")
        for scheme_rules_item_data in (_scheme_rules):
            scheme_rules_item = RuleRead.from_dict(scheme_rules_item_data)



            scheme_rules.append(scheme_rules_item)


        job_order_rules = []
        _job_order_rules = d.pop("job_order_rules")
        for job_order_rules_item_data in (_job_order_rules):
            job_order_rules_item = JobOrderRuleRead.from_dict(job_order_rules_item_data)



            job_order_rules.append(job_order_rules_item)


        ssw_fields = SswFieldTableRead.from_dict(d.pop("ssw_fields"))




        channels = []
        _channels = d.pop("channels")
        for channels_item_data in (_channels):
            channels_item = ChannelRead.from_dict(channels_item_data)



            channels.append(channels_item)


        rule_table_read = cls(
            scheme_rules=scheme_rules,
            job_order_rules=job_order_rules,
            ssw_fields=ssw_fields,
            channels=channels,
        )


        rule_table_read.additional_properties = d
        return rule_table_read

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
