from enum import StrEnum

class ApplicationStage(StrEnum):
    DEPARTED = "departed"
    DOCUMENTS = "documents"
    INTERVIEWED = "interviewed"
    MATCHED = "matched"
    REJECTED = "rejected"
    RETURNED = "returned"
    SELECTED = "selected"
    SHORTLISTED = "shortlisted"
    WITHDRAWN = "withdrawn"
    WORKING = "working"

    def __str__(self) -> str:
        return str(self.value)
