from enum import StrEnum

class Channel(StrEnum):
    EPS_G2G = "eps_g2g"
    IM_JAPAN = "im_japan"

    def __str__(self) -> str:
        return str(self.value)
