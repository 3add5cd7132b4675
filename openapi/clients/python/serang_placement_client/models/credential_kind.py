from enum import StrEnum

class CredentialKind(StrEnum):
    LANGUAGE = "language"
    REGISTRATION = "registration"
    SKILL_CERTIFICATE = "skill_certificate"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
