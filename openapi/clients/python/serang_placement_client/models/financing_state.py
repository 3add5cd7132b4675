from enum import StrEnum

class FinancingState(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    DISBURSED = "disbursed"
    DRAFT = "draft"
    REJECTED = "rejected"
    REPAID = "repaid"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
