from enum import StrEnum

class SupportCategory(StrEnum):
    ABUSE = "abuse"
    CONTRACT = "contract"
    DOCUMENTS = "documents"
    HEALTH = "health"
    OTHER = "other"
    REPATRIATION = "repatriation"
    WAGES = "wages"
    WORKING_CONDITIONS = "working_conditions"

    def __str__(self) -> str:
        return str(self.value)
