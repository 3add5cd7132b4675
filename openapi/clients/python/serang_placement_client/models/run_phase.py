from enum import StrEnum

class RunPhase(StrEnum):
    DONE = "done"
    EVALUATING = "evaluating"
    LOADING = "loading"
    QUEUED = "queued"
    SOLVING = "solving"
    WRITING = "writing"

    def __str__(self) -> str:
        return str(self.value)
