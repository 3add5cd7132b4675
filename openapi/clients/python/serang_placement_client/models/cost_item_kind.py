from enum import StrEnum

class CostItemKind(StrEnum):
    ACCOMMODATION = "accommodation"
    AGENCY_FEE = "agency_fee"
    BPJS = "bpjs"
    CERTIFICATION = "certification"
    MEDICAL = "medical"
    OTHER = "other"
    PASSPORT = "passport"
    PSYCHOLOGICAL = "psychological"
    TRAINING = "training"
    TRAVEL = "travel"
    VISA = "visa"

    def __str__(self) -> str:
        return str(self.value)
