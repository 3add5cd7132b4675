from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AccessLogEntry")



@_attrs_define
class AccessLogEntry:
    """ One read of the person's data by a partner, as the person sees it.

        Attributes:
            id (int):
            at (datetime.datetime):
            partner_id (int | None):
            partner_name (str): Who read: the partner (e.g. the placement agency).
            partner_kind (None | str):
            through (str): `system`: the partner's system (its API client); `staff`: a person acting for the partner.
            application_id (int | None): The application the data was read through.
            fields (list[str]): Which of the person's data were read.
            documents (list[str]): Which placement documents were read, by kind.
            support_cases (list[int]): Which support cases were read.
     """

    id: int
    at: datetime.datetime
    partner_id: int | None
    partner_name: str
    partner_kind: None | str
    through: str
    application_id: int | None
    fields: list[str]
    documents: list[str]
    support_cases: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        at = self.at.isoformat()

        partner_id: int | None
        partner_id = self.partner_id

        partner_name = self.partner_name

        partner_kind: None | str
        partner_kind = self.partner_kind

        through = self.through

        application_id: int | None
        application_id = self.application_id

        fields = self.fields



        documents = self.documents



        support_cases = self.support_cases




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "at": at,
            "partner_id": partner_id,
            "partner_name": partner_name,
            "partner_kind": partner_kind,
            "through": through,
            "application_id": application_id,
            "fields": fields,
            "documents": documents,
            "support_cases": support_cases,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        def _parse_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partner_id = _parse_partner_id(d.pop("partner_id"))


        partner_name = d.pop("partner_name")

        def _parse_partner_kind(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partner_kind = _parse_partner_kind(d.pop("partner_kind"))


        through = d.pop("through")

        def _parse_application_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        application_id = _parse_application_id(d.pop("application_id"))


        fields = cast(list[str], d.pop("fields"))


        documents = cast(list[str], d.pop("documents"))


        support_cases = cast(list[int], d.pop("support_cases"))


        access_log_entry = cls(
            id=id,
            at=at,
            partner_id=partner_id,
            partner_name=partner_name,
            partner_kind=partner_kind,
            through=through,
            application_id=application_id,
            fields=fields,
            documents=documents,
            support_cases=support_cases,
        )


        access_log_entry.additional_properties = d
        return access_log_entry

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
