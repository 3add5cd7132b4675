from enum import StrEnum

class ChannelKind(StrEnum):
    CHANNEL = "channel"
    SCHEME = "scheme"

    def __str__(self) -> str:
        return str(self.value)
