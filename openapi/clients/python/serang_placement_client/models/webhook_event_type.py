from enum import StrEnum

class WebhookEventType(StrEnum):
    APPLICATION_STAGE_CHANGED = "application.stage_changed"
    COMPLETION_RECORDED = "completion.recorded"
    ENROLMENT_CREATED = "enrolment.created"
    VACANCY_FILLED = "vacancy.filled"

    def __str__(self) -> str:
        return str(self.value)
