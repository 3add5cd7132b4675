from enum import StrEnum

class VacancyStatus(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    DRAFT = "draft"
    FILLED = "filled"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
