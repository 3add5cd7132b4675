from enum import StrEnum

class CredentialType(StrEnum):
    BNSP_COMPETENCY = "bnsp_competency"
    EPS_ROSTER = "eps_roster"
    EPS_TOPIK = "eps_topik"
    JFT_BASIC = "jft_basic"
    JLPT = "jlpt"
    KOREAN_SKILLS_TEST = "korean_skills_test"
    NURSING_CARE_JAPANESE = "nursing_care_japanese"
    SSW_SKILL_TEST = "ssw_skill_test"
    TITP_COMPLETION = "titp_completion"
    TRAINING_COMPLETION = "training_completion"

    def __str__(self) -> str:
        return str(self.value)
