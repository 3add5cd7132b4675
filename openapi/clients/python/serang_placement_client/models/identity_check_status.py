from enum import StrEnum

class IdentityCheckStatus(StrEnum):
    CONSISTENT = "consistent"
    NEEDS_CHECK = "needs_check"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
