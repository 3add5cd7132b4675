"""The language of a response: `Accept-Language: id` for Indonesian, else English, said back
in `Content-Language`."""

from typing import Annotated

from fastapi import Depends, Header, Response

from app.core.i18n import Language, negotiate


def language(
    response: Response,
    accept_language: Annotated[
        str | None, Header(description="`id` for Indonesian messages, else English.")
    ] = None,
) -> Language:
    lang = negotiate(accept_language)
    response.headers["Content-Language"] = lang
    return lang


LanguageDep = Annotated[Language, Depends(language)]
