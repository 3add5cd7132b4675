from enum import StrEnum

class NotificationKind(StrEnum):
    APPLICATION_CREATED = "application_created"
    APPLICATION_STAGE_CHANGED = "application_stage_changed"
    EXPIRED = "expired"
    EXPIRING = "expiring"
    SUPPORT_CASE_CHANGED = "support_case_changed"

    def __str__(self) -> str:
        return str(self.value)
