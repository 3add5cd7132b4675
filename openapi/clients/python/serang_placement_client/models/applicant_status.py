from enum import StrEnum

class ApplicantStatus(StrEnum):
    ARCHIVED = "archived"
    PLACED = "placed"
    REGISTERED = "registered"
    RETURNED = "returned"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
