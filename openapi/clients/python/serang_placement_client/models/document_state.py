from enum import StrEnum

class DocumentState(StrEnum):
    EXPIRED = "expired"
    EXPIRES_BEFORE_CONTRACT = "expires_before_contract"
    MISSING = "missing"
    REJECTED = "rejected"
    UNVERIFIED = "unverified"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
