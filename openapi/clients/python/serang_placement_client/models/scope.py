from enum import StrEnum

class Scope(StrEnum):
    APPLICATIONSREAD = "applications:read"
    APPLICATIONSWRITE = "applications:write"
    TRAININGWRITE = "training:write"
    VACANCIESREAD = "vacancies:read"
    VACANCIESWRITE = "vacancies:write"
    WEBHOOKSMANAGE = "webhooks:manage"

    def __str__(self) -> str:
        return str(self.value)
