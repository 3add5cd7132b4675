from enum import StrEnum

class MouKind(StrEnum):
    ASSOCIATION = "association"
    EMPLOYER = "employer"
    FINANCING = "financing"
    G2G = "g2g"
    SISTER_CITY = "sister_city"
    TRAINING_PROVIDER = "training_provider"

    def __str__(self) -> str:
        return str(self.value)
