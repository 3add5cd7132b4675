from enum import StrEnum

class Payer(StrEnum):
    AGENCY = "agency"
    EMPLOYER = "employer"
    GOVERNMENT = "government"
    WORKER = "worker"

    def __str__(self) -> str:
        return str(self.value)
