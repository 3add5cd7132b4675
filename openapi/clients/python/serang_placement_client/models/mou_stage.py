from enum import StrEnum

class MouStage(StrEnum):
    ACTIVE = "active"
    AWAITING_MINISTRY_APPROVAL = "awaiting_ministry_approval"
    DRAFT = "draft"
    EXPIRED = "expired"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
