from enum import StrEnum

class DocumentKind(StrEnum):
    BPJS_KETENAGAKERJAAN = "bpjs_ketenagakerjaan"
    COMPETENCY_CERTIFICATE = "competency_certificate"
    EMPLOYMENT_CONTRACT = "employment_contract"
    FAMILY_CARD = "family_card"
    FAMILY_PERMISSION = "family_permission"
    HEALTH_CERTIFICATE = "health_certificate"
    KTP = "ktp"
    MARITAL_STATUS_LETTER = "marital_status_letter"
    ORIENTATION_CERTIFICATE = "orientation_certificate"
    PASSPORT = "passport"
    PLACEMENT_AGREEMENT = "placement_agreement"
    POLICE_CERTIFICATE = "police_certificate"
    PREGNANCY_TEST = "pregnancy_test"
    WORK_VISA = "work_visa"

    def __str__(self) -> str:
        return str(self.value)
