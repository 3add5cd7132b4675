from enum import StrEnum

class IdentityEvidence(StrEnum):
    FAMILY_CARD_SEEN = "family_card_seen"
    KTP_SEEN = "ktp_seen"
    PASSPORT_SEEN = "passport_seen"

    def __str__(self) -> str:
        return str(self.value)
