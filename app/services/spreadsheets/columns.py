"""The columns of a job-seeker import: the Indonesian header the office's sheets use, the
English field name of the API, whether a row must fill it, an example and what it takes.

One table, read by the template (its example row and its column guide), by the file reader
(which headers a sheet may have) and by the row reader (which field a cell fills). A header
is matched without regard to case or surrounding spaces, in either language.
"""

from dataclasses import dataclass

from app.reference import EducationLevel, MaritalStatus, Sector

# Several values in one cell (skills, experience, countries, sectors) are separated by this.
LIST_SEPARATOR = ";"
# Inside one experience entry: occupation, years and, optionally, the country (ISO alpha-2)
# and the ISCO-08 unit group.
EXPERIENCE_SEPARATOR = ":"


def _values(enum: type[EducationLevel] | type[MaritalStatus] | type[Sector]) -> str:
    return ", ".join(member.value for member in enum)


@dataclass(frozen=True)
class Column:
    header: str  # Indonesian, as the template writes it
    field: str  # the English name: the API field, or consent_given_at / consent_version
    required: bool
    example: str
    about_en: str
    about_id: str


COLUMNS: tuple[Column, ...] = (
    Column(
        "nik",
        "nik",
        True,
        "3673015705000001",
        "NIK, 16 digits as on the KTP-el. Keep the column as text: a spreadsheet number "
        "holds 15 digits only and would change the last one.",
        "NIK, 16 digit sesuai KTP-el. Biarkan kolom berformat teks: angka di lembar kerja "
        "hanya menyimpan 15 digit dan akan mengubah digit terakhir.",
    ),
    Column(
        "nama_lengkap",
        "full_name",
        True,
        "Siti Aminah",
        "Full name, 1-200 characters.",
        "Nama lengkap, 1-200 karakter.",
    ),
    Column(
        "tanggal_lahir",
        "birth_date",
        True,
        "2000-05-17",
        "Birth date: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or a date cell.",
        "Tanggal lahir: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY atau sel tanggal.",
    ),
    Column(
        "jenis_kelamin",
        "sex",
        True,
        "P",
        "Sex: L (laki-laki, male) or P (perempuan, female); M or F are taken too.",
        "Jenis kelamin: L (laki-laki) atau P (perempuan); M atau F juga diterima.",
    ),
    Column(
        "no_hp",
        "phone",
        False,
        "0812 3456 7890",
        "Indonesian phone number, e.g. 0812 3456 7890 or +62 812 3456 7890.",
        "Nomor telepon Indonesia, mis. 0812 3456 7890 atau +62 812 3456 7890.",
    ),
    Column("email", "email", False, "siti@example.org", "E-mail address.", "Alamat e-mail."),
    Column(
        "kode_kelurahan",
        "kelurahan_code",
        True,
        "3673011002",
        "10-digit code of a kelurahan of Kota Serang (GET /api/v1/reference/areas).",
        "Kode 10 digit kelurahan di Kota Serang (GET /api/v1/reference/areas).",
    ),
    Column(
        "alamat",
        "address",
        False,
        "Jl. Ki Mas Jong No. 5",
        "Street address, up to 500 characters.",
        "Alamat jalan, paling panjang 500 karakter.",
    ),
    Column(
        "bukti_domisili",
        "domicile_proof",
        False,
        "",
        "Proof of residence in Kota Serang (3-300 characters); required when the NIK was "
        "issued elsewhere.",
        "Bukti domisili di Kota Serang (3-300 karakter); wajib bila NIK diterbitkan di luar "
        "Kota Serang.",
    ),
    Column(
        "pendidikan",
        "education_level",
        True,
        "smk",
        f"Education level, one of: {_values(EducationLevel)}.",
        f"Jenjang pendidikan, salah satu dari: {_values(EducationLevel)}.",
    ),
    Column(
        "status_perkawinan",
        "marital_status",
        False,
        "single",
        f"Marital status, one of: {_values(MaritalStatus)}.",
        f"Status perkawinan, salah satu dari: {_values(MaritalStatus)}.",
    ),
    Column(
        "keterampilan",
        "skills",
        False,
        "caregiving; cooking",
        f"Skills, separated by '{LIST_SEPARATOR}' (at most 50).",
        f"Keterampilan, dipisah dengan '{LIST_SEPARATOR}' (paling banyak 50).",
    ),
    Column(
        "pengalaman_kerja",
        "experience",
        False,
        "Caregiver:2:JP; Welder:1,5::7212",
        f"Work experience: occupation{EXPERIENCE_SEPARATOR}years, optionally "
        f"{EXPERIENCE_SEPARATOR}country (ISO 3166 alpha-2, may be left empty) and "
        f"{EXPERIENCE_SEPARATOR}ISCO-08 code (4 digits); entries separated by "
        f"'{LIST_SEPARATOR}'.",
        f"Pengalaman kerja: pekerjaan{EXPERIENCE_SEPARATOR}tahun, boleh ditambah "
        f"{EXPERIENCE_SEPARATOR}negara (ISO 3166 alpha-2, boleh kosong) dan "
        f"{EXPERIENCE_SEPARATOR}kode ISCO-08 (4 digit); entri dipisah dengan "
        f"'{LIST_SEPARATOR}'.",
    ),
    Column(
        "negara_tujuan",
        "preferred_countries",
        False,
        "JP; KR",
        f"Preferred countries, ISO 3166 alpha-2 codes separated by '{LIST_SEPARATOR}'.",
        f"Negara tujuan, kode ISO 3166 alpha-2 dipisah dengan '{LIST_SEPARATOR}'.",
    ),
    Column(
        "sektor_tujuan",
        "preferred_sectors",
        False,
        "caregiving",
        f"Preferred sectors separated by '{LIST_SEPARATOR}', each one of: {_values(Sector)}.",
        f"Sektor tujuan dipisah dengan '{LIST_SEPARATOR}', masing-masing salah satu dari: "
        f"{_values(Sector)}.",
    ),
    Column(
        "tanggal_persetujuan",
        "consent_given_at",
        False,
        "2026-01-10",
        "When the person consented to the processing of their data (a date, taken as "
        "00:00 WIB, or a date and time with its zone); with versi_persetujuan.",
        "Waktu orang tersebut menyetujui pemrosesan datanya (tanggal, dibaca pukul 00.00 "
        "WIB, atau tanggal dan jam dengan zonanya); bersama versi_persetujuan.",
    ),
    Column(
        "versi_persetujuan",
        "consent_version",
        False,
        "2026-01",
        "The version of the consent text agreed to; with tanggal_persetujuan.",
        "Versi naskah persetujuan yang disetujui; bersama tanggal_persetujuan.",
    ),
)

BY_NAME: dict[str, Column] = {
    name: column for column in COLUMNS for name in (column.header, column.field)
}
REQUIRED = tuple(column for column in COLUMNS if column.required)
