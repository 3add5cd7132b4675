from enum import StrEnum

class Role(StrEnum):
    ADMIN = "admin"
    APPLICANT = "applicant"
    OFFICER = "officer"

    def __str__(self) -> str:
        return str(self.value)
