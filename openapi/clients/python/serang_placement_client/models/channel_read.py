from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel_kind import ChannelKind
from ..models.scheme import Scheme
from typing import cast
import datetime






T = TypeVar("T", bound="ChannelRead")



@_attrs_define
class ChannelRead:
    """ 
        Attributes:
            code (str):
            kind (ChannelKind):
            scheme (Scheme):
            name (str): In the caller's language.
            source (None | str): A channel's own source (its rules); null for schemes.
            open_ (bool):
            reason (None | str): Why it is closed, when it is.
            closure_source (None | str): The source of the closure, when closed.
            changed_at (datetime.datetime | None): When the office last changed it.
     """

    code: str
    kind: ChannelKind
    scheme: Scheme
    name: str
    source: None | str
    open_: bool
    reason: None | str
    closure_source: None | str
    changed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        scheme = self.scheme.value

        name = self.name

        source: None | str
        source = self.source

        open_ = self.open_

        reason: None | str
        reason = self.reason

        closure_source: None | str
        closure_source = self.closure_source

        changed_at: None | str
        if isinstance(self.changed_at, datetime.datetime):
            changed_at = self.changed_at.isoformat()
        else:
            changed_at = self.changed_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "kind": kind,
            "scheme": scheme,
            "name": name,
            "source": source,
            "open": open_,
            "reason": reason,
            "closure_source": closure_source,
            "changed_at": changed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = ChannelKind(d.pop("kind"))




        scheme = Scheme(d.pop("scheme"))




        name = d.pop("name")

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))


        open_ = d.pop("open")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_closure_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closure_source = _parse_closure_source(d.pop("closure_source"))


        def _parse_changed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                changed_at_type_0 = datetime.datetime.fromisoformat(data)



                return changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        changed_at = _parse_changed_at(d.pop("changed_at"))


        channel_read = cls(
            code=code,
            kind=kind,
            scheme=scheme,
            name=name,
            source=source,
            open_=open_,
            reason=reason,
            closure_source=closure_source,
            changed_at=changed_at,
        )


        channel_read.additional_properties = d
        return channel_read

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
