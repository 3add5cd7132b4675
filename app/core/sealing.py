"""Encryption at rest for what the server must read back (webhook signing secrets, stored
idempotent answers, the data keys of document files).

A sealed value is `<kid>.<Fernet token>`: the id of the ENCRYPTION_KEYS key it was sealed
with, then Fernet (AES-128-CBC with HMAC-SHA256) under a subkey of that key for one purpose,
so that a value sealed for one use cannot be passed off as another's. Sealing uses the
current (first) key; opening uses whichever listed key the value names, so adding a key
loses nothing, and `python -m app.cli rotate-keys` moves what is kept onto the current key
before an old one is removed.
"""

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken

from app.core.config import Settings
from app.core.keys import derive, encryption_keyring

# What is sealed, one subkey each (their names are part of the derivation: never rename).
WEBHOOK_SECRETS = "webhook secrets"
IDEMPOTENT_RESPONSES = "idempotent responses"
DOCUMENT_KEYS = "document file keys"
PURPOSES = (WEBHOOK_SECRETS, IDEMPOTENT_RESPONSES, DOCUMENT_KEYS)

SEPARATOR = "."  # never in a kid nor in a Fernet token (URL-safe base64)


class UnsealError(Exception):
    """The value names no listed key, or does not open under the one it names."""


@lru_cache(maxsize=64)
def _fernet(material: bytes, purpose: str) -> Fernet:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown sealing purpose {purpose!r}")
    subkey = derive(material, f"serang-placement seal {purpose}")
    return Fernet(base64.urlsafe_b64encode(subkey))


def seal(settings: Settings, purpose: str, plaintext: bytes) -> str:
    key = encryption_keyring(settings).current
    token = _fernet(key.material, purpose).encrypt(plaintext).decode()
    return f"{key.kid}{SEPARATOR}{token}"


def sealed_kid(sealed: str) -> str | None:
    """The kid a sealed value names, or None for a value in no known form."""
    kid, sep, token = sealed.partition(SEPARATOR)
    return kid if sep and token else None


def is_current(settings: Settings, sealed: str) -> bool:
    """Sealed with the current key (nothing for `rotate-keys` to do)."""
    return sealed_kid(sealed) == encryption_keyring(settings).current.kid


def unseal(settings: Settings, purpose: str, sealed: str) -> bytes:
    kid = sealed_kid(sealed)
    key = encryption_keyring(settings).get(kid) if kid is not None else None
    if key is None:
        raise UnsealError(
            f"sealed with key {kid!r}, which ENCRYPTION_KEYS no longer lists"
            if kid is not None
            else "not a sealed value (no key id)"
        )
    try:
        return _fernet(key.material, purpose).decrypt(sealed.partition(SEPARATOR)[2].encode())
    except InvalidToken:
        raise UnsealError(f"does not open under key {kid!r} for {purpose}") from None
