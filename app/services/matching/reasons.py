"""Reason codes that eligibility rules report, each with an English and Indonesian message.

A code is stable: clients key on it. The message's detail is filled with the result's params
(required vs held values), so the same code reads right for every rule that reports it.
"""

from app.core.i18n import Message, define

AGE_BELOW_MINIMUM = "age_below_minimum"
AGE_ABOVE_MAXIMUM = "age_above_maximum"
EDUCATION_BELOW_MINIMUM = "education_below_minimum"
SEX_NOT_ACCEPTED = "sex_not_accepted"
EXPERIENCE_BELOW_MINIMUM = "experience_below_minimum"
LANGUAGE_LEVEL_BELOW = "language_level_below"
EPS_TOPIK_BELOW_FLOOR = "eps_topik_below_floor"
SKILL_TEST_MISSING = "skill_test_missing"
NURSING_CARE_TEST_MISSING = "nursing_care_test_missing"
TRADE_TEST_MISSING = "trade_test_missing"
CERTIFICATE_MISSING = "certificate_missing"
CREDENTIAL_EXPIRED = "credential_expired"
MOU_MISSING = "mou_missing"
CHANNEL_CLOSED = "channel_closed"
ROSTER_PLACE_MISSING = "roster_place_missing"
HEALTH_NOT_RECORDED = "health_not_recorded"
BPJS_NOT_RECORDED = "bpjs_not_recorded"
DOCUMENTS_NOT_RECORDED = "documents_not_recorded"
IMMIGRATION_HISTORY_NOT_RECORDED = "immigration_history_not_recorded"
LANGUAGE_NOT_RECORDED = "language_not_recorded"
ELIGIBLE = "eligibility_eligible"
INELIGIBLE = "eligibility_ineligible"

define(
    {
        AGE_BELOW_MINIMUM: Message(
            "Below the minimum age",
            "Di bawah usia minimum",
            "The minimum age is {min_age}; the applicant is {age} and reaches it on "
            "{eligible_from}.",
            "Usia minimum {min_age} tahun; pelamar berusia {age} tahun dan mencapainya pada "
            "{eligible_from}.",
        ),
        AGE_ABOVE_MAXIMUM: Message(
            "Above the maximum age",
            "Di atas usia maksimum",
            "The maximum age is {max_age}; the applicant is {age}.",
            "Usia maksimum {max_age} tahun; pelamar berusia {age} tahun.",
        ),
        EDUCATION_BELOW_MINIMUM: Message(
            "Education below the minimum",
            "Pendidikan di bawah minimum",
            "At least {required} is required; the applicant has {held}.",
            "Minimal {required} diperlukan; pendidikan pelamar {held}.",
        ),
        SEX_NOT_ACCEPTED: Message(
            "Sex not accepted",
            "Jenis kelamin tidak sesuai",
            "This job order takes {required} applicants only.",
            "Lowongan ini hanya untuk pelamar {required}.",
        ),
        EXPERIENCE_BELOW_MINIMUM: Message(
            "Not enough work experience",
            "Pengalaman kerja kurang",
            "At least {required} years of experience are required; the applicant has {held}.",
            "Minimal {required} tahun pengalaman diperlukan; pelamar memiliki {held} tahun.",
        ),
        LANGUAGE_LEVEL_BELOW: Message(
            "Language level below the requirement",
            "Level bahasa di bawah syarat",
            "{required} is required; the applicant's best valid result: {held}.",
            "{required} diperlukan; hasil terbaik pelamar yang masih berlaku: {held}.",
        ),
        EPS_TOPIK_BELOW_FLOOR: Message(
            "EPS-TOPIK score below the floor",
            "Nilai EPS-TOPIK di bawah batas",
            "EPS-TOPIK of at least {required} points is required; the applicant's best valid "
            "score: {held}.",
            "Nilai EPS-TOPIK minimal {required} diperlukan; nilai terbaik pelamar yang masih "
            "berlaku: {held}.",
        ),
        SKILL_TEST_MISSING: Message(
            "Field skill test missing",
            "Tes keterampilan bidang belum ada",
            "The SSW skill test for the field {field} is required.",
            "Tes keterampilan SSW untuk bidang {field} diperlukan.",
        ),
        NURSING_CARE_TEST_MISSING: Message(
            "Nursing-care Japanese test missing",
            "Tes bahasa Jepang perawatan belum ada",
            "Care work needs the Nursing-care Japanese Language Evaluation Test.",
            "Pekerjaan perawatan memerlukan Tes Evaluasi Bahasa Jepang Perawatan (Kaigo).",
        ),
        TRADE_TEST_MISSING: Message(
            "Trade skill test missing",
            "Tes keterampilan kejuruan belum ada",
            "A passed Korean trade skill test is required.",
            "Lulus tes keterampilan kejuruan Korea diperlukan.",
        ),
        CERTIFICATE_MISSING: Message(
            "Required certificate missing",
            "Sertifikat yang disyaratkan belum ada",
            "The job order requires {credential}.",
            "Lowongan mensyaratkan {credential}.",
        ),
        CREDENTIAL_EXPIRED: Message(
            "Credential expired",
            "Kredensial kedaluwarsa",
            "{credential} expired on {expired_on}; renew it to meet this rule.",
            "{credential} kedaluwarsa pada {expired_on}; perbarui untuk memenuhi syarat ini.",
        ),
        MOU_MISSING: Message(
            "No MoU behind the job order",
            "Lowongan tanpa MoU",
            "Seasonal work (E-8) runs only through an MoU with a Korean local government; "
            "this job order has none.",
            "Kerja musiman (E-8) hanya melalui MoU dengan pemerintah daerah Korea; lowongan "
            "ini tidak memilikinya.",
        ),
        CHANNEL_CLOSED: Message(
            "Channel closed",
            "Jalur ditutup",
            "{channel} is closed to new placements: {reason} (source: {source}).",
            "{channel} ditutup untuk penempatan baru: {reason} (sumber: {source}).",
        ),
        ROSTER_PLACE_MISSING: Message(
            "Not on the EPS job seeker roster",
            "Belum masuk roster pencari kerja EPS",
            "Korean employers choose from the EPS job seeker roster; a place there lasts one "
            "year from registration.",
            "Pemberi kerja Korea memilih dari roster pencari kerja EPS; tempat di roster "
            "berlaku satu tahun sejak pendaftaran.",
        ),
        HEALTH_NOT_RECORDED: Message(
            "Health not yet recorded",
            "Kesehatan belum tercatat",
            "A health and psychological certificate is checked at the documents stage.",
            "Surat keterangan sehat dan psikologi diperiksa pada tahap dokumen.",
        ),
        BPJS_NOT_RECORDED: Message(
            "BPJS not yet recorded",
            "BPJS belum tercatat",
            "BPJS Ketenagakerjaan membership is checked at the documents stage.",
            "Kepesertaan BPJS Ketenagakerjaan diperiksa pada tahap dokumen.",
        ),
        DOCUMENTS_NOT_RECORDED: Message(
            "Documents not yet recorded",
            "Dokumen belum tercatat",
            "Complete documents are checked at the documents stage.",
            "Kelengkapan dokumen diperiksa pada tahap dokumen.",
        ),
        IMMIGRATION_HISTORY_NOT_RECORDED: Message(
            "Immigration history not recorded",
            "Riwayat keimigrasian belum tercatat",
            "No deportation and at most 5 years of earlier E-9/E-10 stay are checked by HRD Korea.",
            "Tidak pernah dideportasi dan paling lama 5 tahun tinggal E-9/E-10 sebelumnya "
            "diperiksa oleh HRD Korea.",
        ),
        LANGUAGE_NOT_RECORDED: Message(
            "Language level not recorded",
            "Level bahasa belum tercatat",
            "{required} is required; the programme does not record this language's results.",
            "{required} diperlukan; program belum mencatat hasil tes bahasa ini.",
        ),
        ELIGIBLE: Message(
            "Eligible",
            "Memenuhi syarat",
            "Every rule that can be checked is met.",
            "Semua syarat yang dapat diperiksa terpenuhi.",
        ),
        INELIGIBLE: Message(
            "Not eligible",
            "Tidak memenuhi syarat",
            "{count} rule(s) not met: {rules}.",
            "{count} syarat tidak terpenuhi: {rules}.",
        ),
    }
)
