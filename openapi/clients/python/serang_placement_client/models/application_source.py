from enum import StrEnum

class ApplicationSource(StrEnum):
    APPLICANT = "applicant"
    MATCHING_RUN = "matching_run"
    OFFICER = "officer"

    def __str__(self) -> str:
        return str(self.value)
