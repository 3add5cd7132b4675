from enum import StrEnum

class FinancingKind(StrEnum):
    AGENCY = "agency"
    BAZNAS_UPZ = "baznas_upz"
    GOVERNMENT = "government"
    KUR_PMI = "kur_pmi"

    def __str__(self) -> str:
        return str(self.value)
