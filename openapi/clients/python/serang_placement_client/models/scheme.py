from enum import StrEnum

class Scheme(StrEnum):
    G2G = "g2g"
    JP_SSW = "jp_ssw"
    JP_TITP = "jp_titp"
    KR_E7 = "kr_e7"
    KR_E8 = "kr_e8"
    KR_EPS_E9 = "kr_eps_e9"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)
