"""The words of the pages (job board, dashboard), in Indonesian and English."""

from app.core.i18n import Language

_WORDS: dict[str, tuple[str, str]] = {
    # key: (English, Indonesian)
    "site": ("Kota Serang overseas jobs", "Lowongan Kerja Luar Negeri Kota Serang"),
    "skip": ("Skip to content", "Langsung ke isi"),
    "language": ("Language", "Bahasa"),
    "footer": (
        "Disnakertrans Kota Serang. Apply through the office or a licensed agency only; "
        "never pay anyone to be placed on this board.",
        "Disnakertrans Kota Serang. Melamar hanya melalui kantor atau agensi berizin; jangan "
        "membayar siapa pun agar masuk daftar ini.",
    ),
    "back_to_board": ("All job openings", "Semua lowongan"),
    "board_title": ("Overseas job openings", "Lowongan kerja luar negeri"),
    "board_intro": (
        "Open job orders of licensed placement agencies, checked by Disnakertrans Kota Serang.",
        "Lowongan terbuka dari agensi penempatan berizin, diperiksa Disnakertrans Kota Serang.",
    ),
    "filter_label": ("Filter the openings", "Saring lowongan"),
    "country": ("Country", "Negara"),
    "sector": ("Sector", "Sektor"),
    "scheme": ("Scheme", "Skema"),
    "all": ("All", "Semua"),
    "filter": ("Show", "Tampilkan"),
    "salary": ("Salary", "Gaji"),
    "contract": ("Contract", "Kontrak"),
    "months": ("months", "bulan"),
    "openings": ("Openings left", "Sisa posisi"),
    "worker_pays": ("You pay", "Biaya dari pekerja"),
    "deadline": ("Apply by", "Batas lamaran"),
    "no_deadline": ("No deadline", "Tanpa batas waktu"),
    "agency": ("Agency", "Agensi"),
    "licence": ("licence", "izin"),
    "details": ("Details and requirements", "Rincian dan syarat"),
    "no_jobs": ("No open job orders match.", "Tidak ada lowongan terbuka yang sesuai."),
    "next_page": ("More openings", "Lowongan berikutnya"),
    "pays_nothing": ("Nothing", "Tidak ada (gratis)"),
    "free_by_law": ("free by regulation", "gratis menurut peraturan"),
    "what_you_need": ("What you need", "Yang Anda perlukan"),
    "needs_intro": (
        "The programme checks these before it proposes you for this job.",
        "Program memeriksa syarat ini sebelum mengusulkan Anda untuk lowongan ini.",
    ),
    "checked_on_papers": (
        "checked on your papers at the documents stage",
        "diperiksa dari dokumen Anda pada tahap dokumen",
    ),
    "train_for_it": ("Training for it:", "Pelatihan untuk syarat ini:"),
    "documents": ("Documents before departure", "Dokumen sebelum berangkat"),
    "women_only": ("women only", "khusus perempuan"),
    "training": ("Training with free seats", "Pelatihan dengan kursi kosong"),
    "next_cohort": ("Next class starts", "Angkatan berikutnya mulai"),
    "free_seats": ("seats free", "kursi kosong"),
    "share": ("Share this job", "Bagikan lowongan ini"),
    "share_label": ("Link to this page", "Tautan halaman ini"),
    "permalink": ("Open this page's link", "Buka tautan halaman ini"),
    "dashboard_login": ("Officer sign-in", "Masuk petugas"),
    "login_name": ("E-mail or phone", "E-mail atau nomor telepon"),
    "password": ("Password", "Kata sandi"),
    "sign_in": ("Sign in", "Masuk"),
    "dashboard": ("Programme dashboard", "Dasbor program"),
    "sign_out": ("Sign out", "Keluar"),
    "dashboard_intro": (
        "Figures counted from the records, the same as the /stats API, as of",
        "Angka dihitung dari data, sama dengan API /stats, per",
    ),
    "nothing_yet": ("Nothing to show yet.", "Belum ada data."),
}

UI: dict[Language, dict[str, str]] = {
    "en": {key: pair[0] for key, pair in _WORDS.items()},
    "id": {key: pair[1] for key, pair in _WORDS.items()},
}

MONTHS: dict[Language, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
}
