from enum import StrEnum

class Language(StrEnum):
    EN = "en"
    JA = "ja"
    KO = "ko"

    def __str__(self) -> str:
        return str(self.value)
