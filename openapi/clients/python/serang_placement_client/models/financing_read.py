from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cost_item_kind import CostItemKind
from ..models.financing_kind import FinancingKind
from ..models.financing_state import FinancingState
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.financing_state_change_read import FinancingStateChangeRead
  from ..models.required_document import RequiredDocument





T = TypeVar("T", bound="FinancingRead")



@_attrs_define
class FinancingRead:
    """ 
        Attributes:
            id (int):
            applicant_id (int):
            application_id (int):
            kind (FinancingKind):
            lender_id (int | None):
            amount (int): The amount requested in whole units of IDR (15000000 is Rp15.000.000); never minor units: no sen,
                no cents, no fractions.
            term_months (int | None):
            annual_rate_bp (int | None):
            monthly_instalment (int | None): Indicative annuity instalment in whole units of IDR (456000 is Rp456.000);
                never minor units: no sen, no cents, no fractions. Rounded half up; null when not repaid.
            purpose (None | str):
            covers (list[CostItemKind]):
            npwp (None | str): Digits only.
            siskop2mi_ref (None | str):
            state (FinancingState):
            reason (None | str):
            allowed_next_states (list[FinancingState]):
            required_documents (list[RequiredDocument]):
            history (list[FinancingStateChangeRead]):
            created_by (str):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            currency (str | Unset): Always IDR: requests are in rupiah. Default: 'IDR'.
     """

    id: int
    applicant_id: int
    application_id: int
    kind: FinancingKind
    lender_id: int | None
    amount: int
    term_months: int | None
    annual_rate_bp: int | None
    monthly_instalment: int | None
    purpose: None | str
    covers: list[CostItemKind]
    npwp: None | str
    siskop2mi_ref: None | str
    state: FinancingState
    reason: None | str
    allowed_next_states: list[FinancingState]
    required_documents: list[RequiredDocument]
    history: list[FinancingStateChangeRead]
    created_by: str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    currency: str | Unset = 'IDR'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.financing_state_change_read import FinancingStateChangeRead # noqa: PLC0415
        from ..models.required_document import RequiredDocument # noqa: PLC0415
        id = self.id

        applicant_id = self.applicant_id

        application_id = self.application_id

        kind = self.kind.value

        lender_id: int | None
        lender_id = self.lender_id

        amount = self.amount

        term_months: int | None
        term_months = self.term_months

        annual_rate_bp: int | None
        annual_rate_bp = self.annual_rate_bp

        monthly_instalment: int | None
        monthly_instalment = self.monthly_instalment

        purpose: None | str
        purpose = self.purpose

        covers = []
        for covers_item_data in self.covers:
            covers_item = covers_item_data.value
            covers.append(covers_item)



        npwp: None | str
        npwp = self.npwp

        siskop2mi_ref: None | str
        siskop2mi_ref = self.siskop2mi_ref

        state = self.state.value

        reason: None | str
        reason = self.reason

        allowed_next_states = []
        for allowed_next_states_item_data in self.allowed_next_states:
            allowed_next_states_item = allowed_next_states_item_data.value
            allowed_next_states.append(allowed_next_states_item)



        required_documents = []
        for required_documents_item_data in self.required_documents:
            required_documents_item = required_documents_item_data.to_dict()
            required_documents.append(required_documents_item)



        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)



        created_by = self.created_by

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        currency = self.currency


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "applicant_id": applicant_id,
            "application_id": application_id,
            "kind": kind,
            "lender_id": lender_id,
            "amount": amount,
            "term_months": term_months,
            "annual_rate_bp": annual_rate_bp,
            "monthly_instalment": monthly_instalment,
            "purpose": purpose,
            "covers": covers,
            "npwp": npwp,
            "siskop2mi_ref": siskop2mi_ref,
            "state": state,
            "reason": reason,
            "allowed_next_states": allowed_next_states,
            "required_documents": required_documents,
            "history": history,
            "created_by": created_by,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.financing_state_change_read import FinancingStateChangeRead # noqa: PLC0415
        from ..models.required_document import RequiredDocument # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        applicant_id = d.pop("applicant_id")

        application_id = d.pop("application_id")

        kind = FinancingKind(d.pop("kind"))




        def _parse_lender_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        lender_id = _parse_lender_id(d.pop("lender_id"))


        amount = d.pop("amount")

        def _parse_term_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        term_months = _parse_term_months(d.pop("term_months"))


        def _parse_annual_rate_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        annual_rate_bp = _parse_annual_rate_bp(d.pop("annual_rate_bp"))


        def _parse_monthly_instalment(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        monthly_instalment = _parse_monthly_instalment(d.pop("monthly_instalment"))


        def _parse_purpose(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purpose = _parse_purpose(d.pop("purpose"))


        covers = []
        _covers = d.pop("covers")
        for covers_item_data in (_covers):
            covers_item = CostItemKind(covers_item_data)



            covers.append(covers_item)


        def _parse_npwp(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        npwp = _parse_npwp(d.pop("npwp"))


        def _parse_siskop2mi_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        siskop2mi_ref = _parse_siskop2mi_ref(d.pop("siskop2mi_ref"))


        state = FinancingState(d.pop("state"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        allowed_next_states = []
        _allowed_next_states = d.pop("allowed_next_states")
        for allowed_next_states_item_data in (_allowed_next_states):
            allowed_next_states_item = FinancingState(allowed_next_states_item_data)



            allowed_next_states.append(allowed_next_states_item)


        required_documents = []
        _required_documents = d.pop("required_documents")
        for required_documents_item_data in (_required_documents):
            required_documents_item = RequiredDocument.from_dict(required_documents_item_data)



            required_documents.append(required_documents_item)


        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = FinancingStateChangeRead.from_dict(history_item_data)



            history.append(history_item)


        created_by = d.pop("created_by")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        currency = d.pop("currency", UNSET)

        financing_read = cls(
            id=id,
            applicant_id=applicant_id,
            application_id=application_id,
            kind=kind,
            lender_id=lender_id,
            amount=amount,
            term_months=term_months,
            annual_rate_bp=annual_rate_bp,
            monthly_instalment=monthly_instalment,
            purpose=purpose,
            covers=covers,
            npwp=npwp,
            siskop2mi_ref=siskop2mi_ref,
            state=state,
            reason=reason,
            allowed_next_states=allowed_next_states,
            required_documents=required_documents,
            history=history,
            created_by=created_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            currency=currency,
        )


        financing_read.additional_properties = d
        return financing_read

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
