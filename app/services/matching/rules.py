"""Hard eligibility rules as data: each scheme's rules with their sources, and a job order's own.

An officer reads this table (GET /api/v1/matching/rules). Evaluation (`evaluate.py`) has one
function per kind of check, never a branch per scheme: a new scheme or a changed threshold is
a row here, next to its source. The facts come from public sources; verify before relying.
"""

from functools import lru_cache

from app.core.i18n import Message
from app.models.credential import CredentialType
from app.reference import Channel, EducationLevel, Scheme, Sex, SswField
from app.services.matching import reasons as r
from app.services.matching.channels import IM_JAPAN_SOURCE
from app.services.matching.facts import VacancyFacts
from app.services.matching.rule_model import (
    EDUCATION_TEXT,
    JAPANESE_RANK,
    JOB_FIELD,
    LANGUAGE_TEXT,
    LEVEL_RANK,
    MAX_AGE_TEXT,
    MIN_AGE_TEXT,
    Accept,
    Check,
    Rule,
)
from app.services.matching.ssw_fields import SSW_FIELDS_SOURCE
from app.services.matching.validity import EPS_VALIDITY_SOURCE

EPS_TOPIK_FLOOR = 80

LAW_18_2017 = "UU No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia, art. 5"
SSW_SOURCE = (
    "Immigration Services Agency of Japan, Specified Skilled Worker (i): operational "
    "guidelines and the Ministry of Justice ordinance on SSW standards"
)
TITP_EXEMPTION_SOURCE = (
    "Immigration Services Agency of Japan, SSW (i): those who completed Technical Intern "
    "Training (ii) in good standing are exempt from the Japanese tests, and from the skill "
    "test of the related field (also japancwg.com/faq-en); checked 2026-12-05"
)
EPS_SOURCE = (
    "Korea, Act on the Foreign Workers' Employment, etc. (EPS); HRD Korea EPS-TOPIK rules "
    "(eps.hrdkorea.or.kr: test applicants aged 18 to 39, the birth-date window fixed at "
    "registration in BP2MI's call) and the Kemnaker/BP2MI G to G Korea recruitment "
    "announcement; checked 2026-12-05"
)
# IM Japan's intake: men; 18 to 26 with an SMK (technical) diploma, 18.5 to 26 with SMA;
# at least senior secondary school (SLTA). The SMK track (technical or not) is not recorded:
# every SMK graduate is given the SMK band (to be confirmed with IM Japan's current call).
IM_JAPAN_MIN_AGE = (18, 6)
IM_JAPAN_MIN_AGE_SMK = (18, 0)
IM_JAPAN_MAX_AGE = 26
EPS_MAX_AGE = 39
E7_SOURCE = "Korea Ministry of Justice, E-7-3 skilled workers (shipbuilding welders, painters)"
E8_SOURCE = (
    "Korea Ministry of Justice, seasonal worker programme (E-8) through MoUs with Korean local "
    "governments; the age band varies by MoU (19-55 used here; verify per MoU)"
)

_EVERY = None
_JAPAN_SSW = frozenset({Scheme.jp_ssw})
_TITP = frozenset({Scheme.jp_titp})
_IM_JAPAN = frozenset({Channel.im_japan})
_E9 = frozenset({Scheme.kr_eps_e9})
_E7 = frozenset({Scheme.kr_e7})
_E8 = frozenset({Scheme.kr_e8})

SCHEME_RULES: tuple[Rule, ...] = (
    # --- Every worker: Law 18/2017 art. 5 ------------------------------------------------
    Rule("law18.min_age", r.AGE_BELOW_MINIMUM, Check.min_age, MIN_AGE_TEXT,
         f"{LAW_18_2017}(a): at least 18 years old", _EVERY, years=18),
    Rule("law18.health", r.HEALTH_NOT_RECORDED, Check.not_recorded,
         Message("Healthy", "Sehat", "Physically and mentally healthy.",
                 "Sehat jasmani dan rohani."),
         f"{LAW_18_2017}(c)", _EVERY),
    Rule("law18.bpjs", r.BPJS_NOT_RECORDED, Check.not_recorded,
         Message("BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan",
                 "Registered with BPJS Ketenagakerjaan.",
                 "Terdaftar sebagai peserta BPJS Ketenagakerjaan."),
         f"{LAW_18_2017}(d)", _EVERY),
    Rule("law18.documents", r.DOCUMENTS_NOT_RECORDED, Check.not_recorded,
         Message("Complete documents", "Dokumen lengkap",
                 "The required documents are complete.", "Dokumen yang disyaratkan lengkap."),
         f"{LAW_18_2017}(e) and art. 13", _EVERY),
    # --- Every job order: its scheme and channel take people ----------------------------
    Rule("programme.channel_open", r.CHANNEL_CLOSED, Check.channel_open,
         Message("Channel open", "Jalur dibuka",
                 "The order's scheme and recruitment channel take people.",
                 "Skema dan jalur rekrutmen lowongan ini menerima peserta."),
         "Disnakertrans Kota Serang: a scheme or channel the office has closed, with the "
         "reason and source it recorded (GET /api/v1/matching/channels)", _EVERY),
    # --- Japan, Specified Skilled Worker (i) -------------------------------------------
    Rule("jp_ssw.min_age", r.AGE_BELOW_MINIMUM, Check.min_age, MIN_AGE_TEXT,
         f"{SSW_SOURCE}: 18 or over", _JAPAN_SSW, years=18),
    Rule("jp_ssw.skill_test", r.SKILL_TEST_MISSING, Check.credential,
         Message("Field skill test", "Tes keterampilan bidang",
                 "The SSW skill test of the job's field, or Technical Intern Training (ii) "
                 "completed in that field.",
                 "Tes keterampilan SSW bidang pekerjaan, atau lulus magang teknis (ii) di "
                 "bidang itu."),
         f"{SSW_SOURCE}: the field's skill test; fields: {SSW_FIELDS_SOURCE}; "
         f"exemption: {TITP_EXEMPTION_SOURCE}", _JAPAN_SSW,
         accepts=(Accept(CredentialType.ssw_skill_test, field=JOB_FIELD),
                  Accept(CredentialType.titp_completion, field=JOB_FIELD))),
    Rule("jp_ssw.japanese", r.LANGUAGE_LEVEL_BELOW, Check.credential, LANGUAGE_TEXT,
         f"{SSW_SOURCE}: JLPT N4 or above, or JFT-Basic A2; exemption: "
         f"{TITP_EXEMPTION_SOURCE}", _JAPAN_SSW,
         accepts=(Accept(CredentialType.jlpt, min_level="N4"),
                  Accept(CredentialType.jft_basic, min_level="A2"),
                  Accept(CredentialType.titp_completion)),
         required_text="JLPT N4 / JFT-Basic A2 / TITP (ii)"),
    Rule("jp_ssw.nursing_care_japanese", r.NURSING_CARE_TEST_MISSING, Check.credential,
         Message("Nursing-care Japanese", "Bahasa Jepang perawatan",
                 "The Nursing-care Japanese Language Evaluation Test.",
                 "Tes Evaluasi Bahasa Jepang Perawatan (Kaigo)."),
         f"{SSW_SOURCE}: the nursing care field also asks the Nursing-care Japanese Language "
         f"Evaluation Test; exemption: {TITP_EXEMPTION_SOURCE}", _JAPAN_SSW,
         ssw_fields=frozenset({SswField.nursing_care}),
         accepts=(Accept(CredentialType.nursing_care_japanese),
                  Accept(CredentialType.titp_completion, field=SswField.nursing_care.value))),
    # --- Japan, technical intern training through IM Japan ----------------------------------
    Rule("jp_titp.im_japan.sex", r.SEX_NOT_ACCEPTED, Check.sex,
         Message("Sex", "Jenis kelamin", "{required} only.", "Hanya {required}."),
         f"{IM_JAPAN_SOURCE}: men", _TITP, channels=_IM_JAPAN, required_sex=Sex.male),
    Rule("jp_titp.im_japan.min_age", r.AGE_BELOW_MINIMUM, Check.min_age_by_education,
         MIN_AGE_TEXT, f"{IM_JAPAN_SOURCE}: 18 with SMK (technical), 18.5 with SMA; every SMK "
         "graduate given the SMK band, the track not being recorded (to be confirmed)",
         _TITP, channels=_IM_JAPAN, years=IM_JAPAN_MIN_AGE[0], months=IM_JAPAN_MIN_AGE[1],
         education_ages=((EducationLevel.smk, *IM_JAPAN_MIN_AGE_SMK),)),
    Rule("jp_titp.im_japan.max_age", r.AGE_ABOVE_MAXIMUM, Check.max_age, MAX_AGE_TEXT,
         f"{IM_JAPAN_SOURCE}: at most 26", _TITP, channels=_IM_JAPAN, years=IM_JAPAN_MAX_AGE),
    Rule("jp_titp.im_japan.education", r.EDUCATION_BELOW_MINIMUM, Check.education, EDUCATION_TEXT,
         f"{IM_JAPAN_SOURCE}: at least senior secondary school (SLTA: SMA or SMK)", _TITP,
         channels=_IM_JAPAN, education=EducationLevel.sma),
    # --- Korea, EPS E-9 --------------------------------------------------------------------
    Rule("kr_eps_e9.min_age", r.AGE_BELOW_MINIMUM, Check.min_age, MIN_AGE_TEXT,
         f"{EPS_SOURCE}: age 18 to {EPS_MAX_AGE}", _E9, years=18),
    Rule("kr_eps_e9.max_age", r.AGE_ABOVE_MAXIMUM, Check.max_age_at_test,
         Message("Maximum age at the EPS-TOPIK", "Usia maksimum saat EPS-TOPIK",
                 "At most {max_age} years old on the day of the EPS-TOPIK.",
                 "Berusia maksimal {max_age} tahun pada hari ujian EPS-TOPIK."),
         f"{EPS_SOURCE}: age 18 to {EPS_MAX_AGE}, judged at the test; a result stays usable while "
         f"valid ({EPS_VALIDITY_SOURCE})", _E9, years=EPS_MAX_AGE,
         accepts=(Accept(CredentialType.eps_topik, min_score=EPS_TOPIK_FLOOR),)),
    Rule("kr_eps_e9.education", r.EDUCATION_BELOW_MINIMUM, Check.education, EDUCATION_TEXT,
         f"{EPS_SOURCE}: at least junior secondary school (SMP)", _E9,
         education=EducationLevel.smp),
    Rule("kr_eps_e9.eps_topik", r.EPS_TOPIK_BELOW_FLOOR, Check.credential,
         Message("EPS-TOPIK", "EPS-TOPIK", "EPS-TOPIK at least {required} of 200 points, taken "
                 "within the last 2 years.", "EPS-TOPIK minimal {required} dari 200 poin, "
                 "diambil dalam 2 tahun terakhir."),
         f"{EPS_SOURCE}: pass at {EPS_TOPIK_FLOOR} of 200 (industry floors may be higher); "
         f"{EPS_VALIDITY_SOURCE}", _E9,
         accepts=(Accept(CredentialType.eps_topik, min_score=EPS_TOPIK_FLOOR),),
         required_text=str(EPS_TOPIK_FLOOR)),
    Rule("kr_eps_e9.roster", r.ROSTER_PLACE_MISSING, Check.credential,
         Message("EPS job seeker roster", "Daftar pencari kerja EPS",
                 "A place on the EPS job seeker roster, registered within the last year.",
                 "Terdaftar dalam daftar pencari kerja (roster) EPS dalam 1 tahun terakhir."),
         f"{EPS_SOURCE}: employers choose from the job seeker roster; {EPS_VALIDITY_SOURCE}",
         _E9, accepts=(Accept(CredentialType.eps_roster),)),
    Rule("kr_eps_e9.immigration_history", r.IMMIGRATION_HISTORY_NOT_RECORDED, Check.not_recorded,
         Message("Immigration history", "Riwayat keimigrasian",
                 "Never deported; at most 5 years of earlier E-9/E-10 stay.",
                 "Tidak pernah dideportasi; paling lama 5 tahun tinggal E-9/E-10 sebelumnya."),
         f"{EPS_SOURCE}: no deportation, earlier stay at most 5 years", _E9),
    # --- Korea, skilled E-7-3 ----------------------------------------------------------------
    Rule("kr_e7.trade_test", r.TRADE_TEST_MISSING, Check.credential,
         Message("Trade skill test", "Tes keterampilan kejuruan",
                 "A passed Korean trade skill test.", "Lulus tes keterampilan kejuruan Korea."),
         f"{E7_SOURCE}: a trade skill test", _E7,
         accepts=(Accept(CredentialType.korean_skills_test),)),
    # --- Korea, seasonal E-8 -------------------------------------------------------------------
    Rule("kr_e8.min_age", r.AGE_BELOW_MINIMUM, Check.min_age, MIN_AGE_TEXT, E8_SOURCE, _E8,
         years=19),
    Rule("kr_e8.max_age", r.AGE_ABOVE_MAXIMUM, Check.max_age, MAX_AGE_TEXT, E8_SOURCE, _E8,
         years=55),
    Rule("kr_e8.mou", r.MOU_MISSING, Check.mou,
         Message("MoU with a Korean local government", "MoU dengan pemerintah daerah Korea",
                 "The job order falls under an MoU.", "Lowongan berada di bawah MoU."),
         E8_SOURCE, _E8),
)  # fmt: skip

JOB_ORDER_SOURCE = "The job order's own requirements"
CERTIFICATE_OR_TITP_SOURCE = f"{JOB_ORDER_SOURCE}; {TITP_EXEMPTION_SOURCE}"

JOB_ORDER_TEXTS: dict[str, Message] = {
    "job_order.min_age": MIN_AGE_TEXT,
    "job_order.max_age": MAX_AGE_TEXT,
    "job_order.sex": Message("Sex", "Jenis kelamin", "{required} only.", "Hanya {required}."),
    "job_order.education": EDUCATION_TEXT,
    "job_order.language": LANGUAGE_TEXT,
    "job_order.certificate": Message(
        "Required certificate", "Sertifikat wajib", "{required}.", "{required}."
    ),
    "job_order.experience": Message(
        "Work experience",
        "Pengalaman kerja",
        "At least {required} years of relevant work.",
        "Minimal {required} tahun pengalaman kerja yang relevan.",
    ),
}


def credential_label(kind: CredentialType, field: str | None = None) -> str:
    return f"{kind.value} ({field})" if field else kind.value


def _language_rule(v: VacancyFacts) -> Rule | None:
    """The order's language requirement; a language without a level or score adds none."""
    text = JOB_ORDER_TEXTS["job_order.language"]
    if v.language == "ja" and v.min_language_level in JAPANESE_RANK:
        level = v.min_language_level
        rank = JAPANESE_RANK[level]
        jlpt = next(n for n, k in LEVEL_RANK[CredentialType.jlpt].items() if k == rank)
        accepts = [Accept(CredentialType.jlpt, min_level=jlpt)]
        if rank <= LEVEL_RANK[CredentialType.jft_basic]["A2"]:
            accepts.append(Accept(CredentialType.jft_basic, min_level="A2"))
        label = f"JLPT {jlpt}" + (" / JFT-Basic A2" if len(accepts) > 1 else "")
        return Rule(
            "job_order.language",
            r.LANGUAGE_LEVEL_BELOW,
            Check.credential,
            text,
            JOB_ORDER_SOURCE,
            accepts=tuple(accepts),
            required_text=label,
        )
    if v.language == "ko" and v.min_language_score is not None:
        return Rule(
            "job_order.language",
            r.EPS_TOPIK_BELOW_FLOOR,
            Check.credential,
            text,
            JOB_ORDER_SOURCE,
            required_text=str(v.min_language_score),
            accepts=(Accept(CredentialType.eps_topik, min_score=v.min_language_score),),
        )
    if v.language is not None and (v.min_language_level or v.min_language_score is not None):
        # No credential type records this language (e.g. English CEFR): it cannot be checked.
        required = f"{v.language} {v.min_language_level or v.min_language_score}"
        return Rule(
            "job_order.language",
            r.LANGUAGE_NOT_RECORDED,
            Check.not_recorded,
            text,
            JOB_ORDER_SOURCE,
            required_text=required,
        )
    return None


@lru_cache(maxsize=4096)
def job_order_rules(v: VacancyFacts) -> tuple[Rule, ...]:
    """The order's own requirements as rules; cached, as one order meets many applicants."""
    texts = JOB_ORDER_TEXTS
    rules: list[Rule] = []
    if v.min_age is not None:
        rules.append(
            Rule(
                "job_order.min_age",
                r.AGE_BELOW_MINIMUM,
                Check.min_age,
                texts["job_order.min_age"],
                JOB_ORDER_SOURCE,
                years=v.min_age,
            )
        )
    if v.max_age is not None:
        rules.append(
            Rule(
                "job_order.max_age",
                r.AGE_ABOVE_MAXIMUM,
                Check.max_age,
                texts["job_order.max_age"],
                JOB_ORDER_SOURCE,
                years=v.max_age,
            )
        )
    if v.required_sex is not None:
        rules.append(
            Rule(
                "job_order.sex",
                r.SEX_NOT_ACCEPTED,
                Check.sex,
                texts["job_order.sex"],
                JOB_ORDER_SOURCE,
                required_sex=v.required_sex,
            )
        )
    if v.min_education is not None:
        rules.append(
            Rule(
                "job_order.education",
                r.EDUCATION_BELOW_MINIMUM,
                Check.education,
                texts["job_order.education"],
                JOB_ORDER_SOURCE,
                education=v.min_education,
            )
        )
    language = _language_rule(v)
    if language is not None:
        rules.append(language)
    for index, certificate in enumerate(v.required_certificates):
        label = credential_label(certificate.type, certificate.field)
        accepts = [Accept(certificate.type, field=certificate.field)]
        if certificate.type == CredentialType.ssw_skill_test:
            # Technical Intern Training (ii) in the field stands for its skill test.
            accepts.append(Accept(CredentialType.titp_completion, field=certificate.field))
        rules.append(
            Rule(
                f"job_order.certificate.{index}",
                r.CERTIFICATE_MISSING,
                Check.credential,
                texts["job_order.certificate"],
                JOB_ORDER_SOURCE if len(accepts) == 1 else CERTIFICATE_OR_TITP_SOURCE,
                accepts=tuple(accepts),
                required_text=label,
            )
        )
    if v.min_experience_years:
        rules.append(
            Rule(
                "job_order.experience",
                r.EXPERIENCE_BELOW_MINIMUM,
                Check.experience,
                texts["job_order.experience"],
                JOB_ORDER_SOURCE,
                experience_years=v.min_experience_years,
            )
        )
    return tuple(rules)


def rules_for(v: VacancyFacts, sex: Sex | None = None) -> tuple[Rule, ...]:
    """Every rule for a job order (scheme rules first), for an applicant of `sex` if given."""
    scheme_rules = tuple(rule for rule in SCHEME_RULES if rule.applies(v, sex))
    return scheme_rules + job_order_rules(v)
