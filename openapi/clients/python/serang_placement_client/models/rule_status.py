from enum import StrEnum

class RuleStatus(StrEnum):
    MET = "met"
    UNKNOWN = "unknown"
    UNMET = "unmet"

    def __str__(self) -> str:
        return str(self.value)
