from enum import StrEnum

class EnrolmentStatus(StrEnum):
    COMPLETED = "completed"
    ENROLLED = "enrolled"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
