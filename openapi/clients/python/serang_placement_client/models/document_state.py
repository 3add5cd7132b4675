from enum import StrEnum

class DocumentState(StrEnum):
    EXPIRED = "expired"
    EXPIRES_BEFORE_CONTRACT = "expires_before_contract"
    ISSUED_TOO_EARLY = "issued_too_early"
    MISSING = "missing"
    REJECTED = "rejected"
    UNVERIFIED = "unverified"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
