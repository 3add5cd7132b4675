from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel import Channel
from ..models.scheme import Scheme
from ..models.sector import Sector
from ..models.sex import Sex
from ..models.ssw_field import SswField
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.rule_read_params import RuleReadParams





T = TypeVar("T", bound="RuleRead")



@_attrs_define
class RuleRead:
    """ One hard rule of a scheme, as an officer reads it.

        Attributes:
            id (str): Stable rule id, e.g. `kr_eps_e9.max_age`.
            code (str): The reason code reported when the rule is not met.
            check (str): The kind of check: min_age, credential, not_recorded ...
            title (str):
            requirement (str): What the rule requires, in the caller's language.
            source (str): The law, regulation or programme document behind it.
            schemes (list[Scheme] | None): null: every job order.
            sectors (list[Sector] | None): null: every sector of those schemes.
            params (RuleReadParams):
            ssw_fields (list[SswField] | None | Unset): Japan SSW: the fields it applies to; null: every field.
            channels (list[Channel] | None | Unset): The recruitment channels it applies to; null: any.
            applies_to_sex (None | Sex | Unset):
     """

    id: str
    code: str
    check: str
    title: str
    requirement: str
    source: str
    schemes: list[Scheme] | None
    sectors: list[Sector] | None
    params: RuleReadParams
    ssw_fields: list[SswField] | None | Unset = UNSET
    channels: list[Channel] | None | Unset = UNSET
    applies_to_sex: None | Sex | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_read_params import RuleReadParams # noqa: PLC0415
        id = self.id

        code = self.code

        check = self.check

        title = self.title

        requirement = self.requirement

        source = self.source

        schemes: list[str] | None
        if isinstance(self.schemes, list):
            schemes = []
            for schemes_type_0_item_data in self.schemes:
                schemes_type_0_item = schemes_type_0_item_data.value
                schemes.append(schemes_type_0_item)


        else:
            schemes = self.schemes

        sectors: list[str] | None
        if isinstance(self.sectors, list):
            sectors = []
            for sectors_type_0_item_data in self.sectors:
                sectors_type_0_item = sectors_type_0_item_data.value
                sectors.append(sectors_type_0_item)


        else:
            sectors = self.sectors

        params = self.params.to_dict()

        ssw_fields: list[str] | None | Unset
        if isinstance(self.ssw_fields, Unset):
            ssw_fields = UNSET
        elif isinstance(self.ssw_fields, list):
            ssw_fields = []
            for ssw_fields_type_0_item_data in self.ssw_fields:
                ssw_fields_type_0_item = ssw_fields_type_0_item_data.value
                ssw_fields.append(ssw_fields_type_0_item)


        else:
            ssw_fields = self.ssw_fields

        channels: list[str] | None | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        elif isinstance(self.channels, list):
            channels = []
            for channels_type_0_item_data in self.channels:
                channels_type_0_item = channels_type_0_item_data.value
                channels.append(channels_type_0_item)


        else:
            channels = self.channels

        applies_to_sex: None | str | Unset
        if isinstance(self.applies_to_sex, Unset):
            applies_to_sex = UNSET
        elif isinstance(self.applies_to_sex, Sex):
            applies_to_sex = self.applies_to_sex.value
        else:
            applies_to_sex = self.applies_to_sex


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "code": code,
            "check": check,
            "title": title,
            "requirement": requirement,
            "source": source,
            "schemes": schemes,
            "sectors": sectors,
            "params": params,
        })
        if ssw_fields is not UNSET:
            field_dict["ssw_fields"] = ssw_fields
        if channels is not UNSET:
            field_dict["channels"] = channels
        if applies_to_sex is not UNSET:
            field_dict["applies_to_sex"] = applies_to_sex

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_read_params import RuleReadParams # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        check = d.pop("check")

        title = d.pop("title")

        requirement = d.pop("requirement")

        source = d.pop("source")

        def _parse_schemes(data: object) -> list[Scheme] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                schemes_type_0 = []
                _schemes_type_0 = data
                for schemes_type_0_item_data in (_schemes_type_0):
                    schemes_type_0_item = Scheme(schemes_type_0_item_data)



                    schemes_type_0.append(schemes_type_0_item)

                return schemes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Scheme] | None, data)

        schemes = _parse_schemes(d.pop("schemes"))


        def _parse_sectors(data: object) -> list[Sector] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sectors_type_0 = []
                _sectors_type_0 = data
                for sectors_type_0_item_data in (_sectors_type_0):
                    sectors_type_0_item = Sector(sectors_type_0_item_data)



                    sectors_type_0.append(sectors_type_0_item)

                return sectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Sector] | None, data)

        sectors = _parse_sectors(d.pop("sectors"))


        params = RuleReadParams.from_dict(d.pop("params"))




        def _parse_ssw_fields(data: object) -> list[SswField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ssw_fields_type_0 = []
                _ssw_fields_type_0 = data
                for ssw_fields_type_0_item_data in (_ssw_fields_type_0):
                    ssw_fields_type_0_item = SswField(ssw_fields_type_0_item_data)



                    ssw_fields_type_0.append(ssw_fields_type_0_item)

                return ssw_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SswField] | None | Unset, data)

        ssw_fields = _parse_ssw_fields(d.pop("ssw_fields", UNSET))


        def _parse_channels(data: object) -> list[Channel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                channels_type_0 = []
                _channels_type_0 = data
                for channels_type_0_item_data in (_channels_type_0):
                    channels_type_0_item = Channel(channels_type_0_item_data)



                    channels_type_0.append(channels_type_0_item)

                return channels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Channel] | None | Unset, data)

        channels = _parse_channels(d.pop("channels", UNSET))


        def _parse_applies_to_sex(data: object) -> None | Sex | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applies_to_sex_type_0 = Sex(data)



                return applies_to_sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex | Unset, data)

        applies_to_sex = _parse_applies_to_sex(d.pop("applies_to_sex", UNSET))


        rule_read = cls(
            id=id,
            code=code,
            check=check,
            title=title,
            requirement=requirement,
            source=source,
            schemes=schemes,
            sectors=sectors,
            params=params,
            ssw_fields=ssw_fields,
            channels=channels,
            applies_to_sex=applies_to_sex,
        )


        rule_read.additional_properties = d
        return rule_read

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
