from enum import StrEnum

class IdentityMismatch(StrEnum):
    BIRTH_DATE_DIFFERS_FROM_NIK = "birth_date_differs_from_nik"
    SEX_DIFFERS_FROM_NIK = "sex_differs_from_nik"

    def __str__(self) -> str:
        return str(self.value)
