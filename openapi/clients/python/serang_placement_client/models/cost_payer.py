from enum import StrEnum

class CostPayer(StrEnum):
    EMPLOYER = "employer"
    GOVERNMENT = "government"
    PROVIDER = "provider"
    WORKER = "worker"

    def __str__(self) -> str:
        return str(self.value)
