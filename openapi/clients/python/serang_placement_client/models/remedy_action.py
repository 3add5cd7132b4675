from enum import StrEnum

class RemedyAction(StrEnum):
    COMPLETE_EDUCATION = "complete_education"
    GAIN_EXPERIENCE = "gain_experience"
    OBTAIN = "obtain"
    RENEW = "renew"

    def __str__(self) -> str:
        return str(self.value)
