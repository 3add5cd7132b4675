from enum import StrEnum

class SupportKind(StrEnum):
    COMPLAINT = "complaint"
    CONTACT = "contact"

    def __str__(self) -> str:
        return str(self.value)
