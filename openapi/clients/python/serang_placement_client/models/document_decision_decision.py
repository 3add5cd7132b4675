from enum import StrEnum

class DocumentDecisionDecision(StrEnum):
    REJECTED = "rejected"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
