from enum import StrEnum

class RowStatus(StrEnum):
    CREATED = "created"
    PROBLEM = "problem"
    UNCHANGED = "unchanged"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
