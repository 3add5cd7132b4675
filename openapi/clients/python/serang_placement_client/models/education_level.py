from enum import StrEnum

class EducationLevel(StrEnum):
    D1 = "d1"
    D2 = "d2"
    D3 = "d3"
    D4 = "d4"
    NONE = "none"
    S1 = "s1"
    S2 = "s2"
    S3 = "s3"
    SD = "sd"
    SMA = "sma"
    SMK = "smk"
    SMP = "smp"

    def __str__(self) -> str:
        return str(self.value)
