"""Recruitment channels: the routes a scheme's job orders come through, as reference data.

A scheme (e.g. Japan's technical intern training) may be served by several channels with
rules of their own (IM Japan's intake sets its own age bands); a rule tied to a channel
applies to the orders that name it, not to every order of the scheme. Schemes and channels
can be closed by the office (app/services/matching/closures.py).
"""

from dataclasses import dataclass

from app.reference import Channel, Scheme


@dataclass(frozen=True)
class ChannelInfo:
    code: Channel
    scheme: Scheme
    name_en: str
    name_id: str
    source: str


IM_JAPAN_SOURCE = (
    "Kemnaker - IM Japan technical intern programme, requirements as published in "
    "'Syarat Magang ke Jepang lewat IM Japan' (ohayojepang.kompas.com/read/2715, "
    "30 Aug 2024); checked 2026-12-05"
)
EPS_G2G_SOURCE = (
    "UU No. 18 Tahun 2017 art. 39 and the Indonesia - Korea EPS MoU: E-9 placement is "
    "government to government (BP2MI/KP2MI with HRD Korea), not through private agencies; "
    "checked 2026-12-05"
)

CHANNELS: dict[Channel, ChannelInfo] = {
    Channel.im_japan: ChannelInfo(
        Channel.im_japan,
        Scheme.jp_titp,
        "Technical intern training through IM Japan",
        "Pemagangan ke Jepang melalui IM Japan",
        IM_JAPAN_SOURCE,
    ),
    Channel.eps_g2g: ChannelInfo(
        Channel.eps_g2g,
        Scheme.kr_eps_e9,
        "EPS E-9, government to government (BP2MI - HRD Korea)",
        "EPS E-9, G to G (BP2MI - HRD Korea)",
        EPS_G2G_SOURCE,
    ),
}

# Each scheme's name as people read it (English, Indonesian).
SCHEME_NAMES: dict[Scheme, tuple[str, str]] = {
    Scheme.jp_ssw: ("Japan, Specified Skilled Worker (i)", "Jepang, Specified Skilled Worker (i)"),
    Scheme.jp_titp: ("Japan, technical intern training", "Jepang, pemagangan teknis (TITP)"),
    Scheme.kr_eps_e9: ("Korea, EPS E-9", "Korea, EPS E-9"),
    Scheme.kr_e7: ("Korea, skilled worker E-7", "Korea, pekerja terampil E-7"),
    Scheme.kr_e8: ("Korea, seasonal worker E-8", "Korea, pekerja musiman E-8"),
    Scheme.g2g: ("Government to government", "Antarpemerintah (G to G)"),
    Scheme.private: ("Private placement by a P3MI", "Penempatan swasta oleh P3MI"),
}
