"""Message catalogue (English and Indonesian) and Accept-Language negotiation.

Every problem code and every domain validation code has one entry here, defined by the
module that raises it, so that a client always gets a stable `code` plus a text in the
reader's language.
"""

from dataclasses import dataclass
from typing import Literal

Language = Literal["en", "id"]
SUPPORTED: tuple[Language, ...] = ("en", "id")


@dataclass(frozen=True)
class Message:
    title_en: str
    title_id: str
    detail_en: str = ""
    detail_id: str = ""

    def title(self, lang: Language) -> str:
        return self.title_id if lang == "id" else self.title_en

    def detail(self, lang: Language, params: dict[str, object]) -> str:
        template = (self.detail_id if lang == "id" else self.detail_en) or self.title(lang)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template


CATALOGUE: dict[str, Message] = {}


def define(messages: dict[str, Message]) -> None:
    """Add a module's messages; a code may only be defined once."""
    clash = CATALOGUE.keys() & messages.keys()
    if clash:
        raise ValueError(f"message codes defined twice: {sorted(clash)}")
    CATALOGUE.update(messages)


def negotiate(accept_language: str | None) -> Language:
    """Pick `id` or `en` from an Accept-Language header (RFC 9110 weights); English by default."""
    if not accept_language:
        return "en"
    best: tuple[float, Language] | None = None
    for position, part in enumerate(accept_language.split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        weight = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        primary = tag.split("-")[0]
        if primary in SUPPORTED and weight > 0:
            # Earlier entries win ties, so subtract a hair per position.
            score = weight - position * 1e-6
            if best is None or score > best[0]:
                best = (score, "id" if primary == "id" else "en")
    return best[1] if best else "en"
