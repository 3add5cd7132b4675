from enum import StrEnum

class LinkProof(StrEnum):
    CODE_SENT = "code_sent"
    VISIT_OFFICE = "visit_office"

    def __str__(self) -> str:
        return str(self.value)
