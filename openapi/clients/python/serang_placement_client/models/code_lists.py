from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credential_type import CredentialType
from ..models.education_level import EducationLevel
from ..models.partner_kind import PartnerKind
from ..models.scheme import Scheme
from ..models.sector import Sector
from typing import cast






T = TypeVar("T", bound="CodeLists")



@_attrs_define
class CodeLists:
    """ 
        Attributes:
            education_levels (list[EducationLevel]):
            schemes (list[Scheme]):
            sectors (list[Sector]):
            credential_types (list[CredentialType]):
            partner_kinds (list[PartnerKind]):
     """

    education_levels: list[EducationLevel]
    schemes: list[Scheme]
    sectors: list[Sector]
    credential_types: list[CredentialType]
    partner_kinds: list[PartnerKind]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        education_levels = []
        for education_levels_item_data in self.education_levels:
            education_levels_item = education_levels_item_data.value
            education_levels.append(education_levels_item)



        schemes = []
        for schemes_item_data in self.schemes:
            schemes_item = schemes_item_data.value
            schemes.append(schemes_item)



        sectors = []
        for sectors_item_data in self.sectors:
            sectors_item = sectors_item_data.value
            sectors.append(sectors_item)



        credential_types = []
        for credential_types_item_data in self.credential_types:
            credential_types_item = credential_types_item_data.value
            credential_types.append(credential_types_item)



        partner_kinds = []
        for partner_kinds_item_data in self.partner_kinds:
            partner_kinds_item = partner_kinds_item_data.value
            partner_kinds.append(partner_kinds_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "education_levels": education_levels,
            "schemes": schemes,
            "sectors": sectors,
            "credential_types": credential_types,
            "partner_kinds": partner_kinds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        education_levels = []
        _education_levels = d.pop("education_levels")
        for education_levels_item_data in (_education_levels):
            education_levels_item = EducationLevel(education_levels_item_data)



            education_levels.append(education_levels_item)


        schemes = []
        _schemes = d.pop("schemes")
        for schemes_item_data in (_schemes):
            schemes_item = Scheme(schemes_item_data)



            schemes.append(schemes_item)


        sectors = []
        _sectors = d.pop("sectors")
        for sectors_item_data in (_sectors):
            sectors_item = Sector(sectors_item_data)



            sectors.append(sectors_item)


        credential_types = []
        _credential_types = d.pop("credential_types")
        for credential_types_item_data in (_credential_types):
            credential_types_item = CredentialType(credential_types_item_data)



            credential_types.append(credential_types_item)


        partner_kinds = []
        _partner_kinds = d.pop("partner_kinds")
        for partner_kinds_item_data in (_partner_kinds):
            partner_kinds_item = PartnerKind(partner_kinds_item_data)



            partner_kinds.append(partner_kinds_item)


        code_lists = cls(
            education_levels=education_levels,
            schemes=schemes,
            sectors=sectors,
            credential_types=credential_types,
            partner_kinds=partner_kinds,
        )


        code_lists.additional_properties = d
        return code_lists

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
