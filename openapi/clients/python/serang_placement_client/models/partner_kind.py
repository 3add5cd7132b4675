from enum import StrEnum

class PartnerKind(StrEnum):
    ASSOCIATION = "association"
    FINANCIER = "financier"
    FOREIGN_EMPLOYER = "foreign_employer"
    FOREIGN_GOVERNMENT = "foreign_government"
    GOVERNMENT_BODY = "government_body"
    PLACEMENT_AGENCY = "placement_agency"
    TRAINING_PROVIDER = "training_provider"

    def __str__(self) -> str:
        return str(self.value)
