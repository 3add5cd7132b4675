from enum import StrEnum

class TargetMetric(StrEnum):
    DEPARTURES = "departures"
    TRAINED = "trained"

    def __str__(self) -> str:
        return str(self.value)
