"""The server's keys, each with an id (`kid`): the one place they are read and checked.

Two lists in the settings, each an ordered, comma-separated list of `kid:key`:

- `JWT_KEYS` signs access tokens: the first key signs and puts its kid in the token's
  header; every key listed verifies the tokens that name it. `JWT_SECRET` is the one-key
  shorthand for `main:<JWT_SECRET>`.
- `ENCRYPTION_KEYS` seals what the server must read back (app/core/sealing.py): the first
  key seals, every key listed opens what carries its kid. A key is 32 random bytes in
  base64. Keyed hashes (`hmac_key`) are derived from the first.

The two lists are independent: no encryption key is derived from a token-signing key, so
either can be rotated alone. A key is rotated by listing a new one first, keeping the old
one listed while tokens signed with it live (15 minutes) or until `python -m app.cli
rotate-keys` has re-sealed everything, and then removing it (README, "Keys and rotation").
"""

import base64
import binascii
import re
import secrets
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core import clock
from app.core.config import (
    DEMO_ENCRYPTION_KEYS,
    DEMO_JWT_KID,
    DEMO_JWT_SECRET,
    Settings,
)

# Letters, digits, `-` and `_`: no `.` (it ends the kid of a sealed value), `:` or `,`.
KID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,40}")
ENCRYPTION_KEY_BYTES = 32
# RFC 7518 section 3.2: an HS256 key is at least as long as the hash output (256 bits).
JWT_SECRET_MIN_BYTES = 32
JWT_SECRET_KID = "main"  # noqa: S105  (the kid of the key given as JWT_SECRET)


class KeyConfigError(ValueError):
    """A key list that cannot be used; the message names the setting and what is wrong."""


@dataclass(frozen=True)
class Key:
    kid: str
    material: bytes


@dataclass(frozen=True)
class KeyRing:
    """An ordered list of keys: the first is current, every one is still accepted."""

    keys: tuple[Key, ...]

    @property
    def current(self) -> Key:
        return self.keys[0]

    def get(self, kid: object) -> Key | None:
        for key in self.keys:
            if key.kid == kid:
                return key
        return None


def _entries(text: str, setting: str) -> list[tuple[str, str]]:
    entries = []
    for item in text.split(","):
        if not item.strip():
            continue
        kid, sep, value = item.strip().partition(":")
        if not sep or not value:
            raise KeyConfigError(f"{setting}: each entry is `kid:key`; one has no key")
        if not KID_PATTERN.fullmatch(kid):
            raise KeyConfigError(
                f"{setting}: key id {kid!r} must be 1-40 letters, digits, '-' or '_'"
            )
        entries.append((kid, value))
    if not entries:
        raise KeyConfigError(f"{setting}: no key is listed")
    kids = [kid for kid, _ in entries]
    repeated = sorted({kid for kid in kids if kids.count(kid) > 1})
    if repeated:
        raise KeyConfigError(f"{setting}: key id {repeated[0]!r} is listed twice")
    return entries


def _encryption_key(kid: str, value: str) -> Key:
    try:
        # Standard or URL-safe base64 alike (what `generate-key` prints is URL-safe).
        material = base64.b64decode(value.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        raise KeyConfigError(f"ENCRYPTION_KEYS: key {kid!r} is not base64") from None
    if len(material) != ENCRYPTION_KEY_BYTES:
        raise KeyConfigError(
            f"ENCRYPTION_KEYS: key {kid!r} is {len(material)} bytes, "
            f"not {ENCRYPTION_KEY_BYTES}; generate one with `python -m app.cli generate-key`"
        )
    return Key(kid, material)


def _jwt_key(kid: str, value: str, setting: str) -> Key:
    material = value.encode()
    if len(material) < JWT_SECRET_MIN_BYTES:
        raise KeyConfigError(
            f"{setting}: key {kid!r} is shorter than {JWT_SECRET_MIN_BYTES} bytes; "
            "generate one with `python -m app.cli generate-key`"
        )
    return Key(kid, material)


@lru_cache(maxsize=16)
def _encryption_ring(text: str) -> KeyRing:
    return KeyRing(tuple(_encryption_key(kid, v) for kid, v in _entries(text, "ENCRYPTION_KEYS")))


@lru_cache(maxsize=16)
def _jwt_ring(jwt_keys: str | None, jwt_secret: str | None) -> KeyRing:
    if jwt_keys and jwt_secret:
        raise KeyConfigError("set JWT_KEYS or JWT_SECRET, not both")
    if jwt_keys:
        entries = _entries(jwt_keys, "JWT_KEYS")
        return KeyRing(tuple(_jwt_key(kid, v, "JWT_KEYS") for kid, v in entries))
    if jwt_secret:
        return KeyRing((_jwt_key(JWT_SECRET_KID, jwt_secret, "JWT_SECRET"),))
    return KeyRing((Key(DEMO_JWT_KID, DEMO_JWT_SECRET.encode()),))


def encryption_keyring(settings: Settings) -> KeyRing:
    return _encryption_ring(settings.encryption_keys)


def jwt_keyring(settings: Settings) -> KeyRing:
    return _jwt_ring(settings.jwt_keys, settings.jwt_secret)


@lru_cache(maxsize=256)
def derive(material: bytes, info: str) -> bytes:
    """A 32-byte subkey of `material` for one use (HKDF-SHA256, RFC 5869): what is sealed
    or hashed for one purpose says nothing about another."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info.encode()).derive(
        material
    )


def hmac_key(settings: Settings, purpose: str) -> bytes:
    """An HMAC key for `purpose`, derived from the current encryption key. What was keyed
    with it stops matching once another key is listed first: for short-lived values (one-time
    codes), not for anything kept."""
    return derive(encryption_keyring(settings).current.material, f"serang-placement hmac {purpose}")


def _demo_kids(ring: KeyRing, demo: KeyRing) -> list[str]:
    public = {key.material for key in demo.keys}
    return [key.kid for key in ring.keys if key.material in public]


def demo_key_problems(settings: Settings) -> list[str]:
    """What of the demo keys, public in this repository, the settings list: with one of them
    anyone could sign a token or open a sealed value. Malformed lists raise KeyConfigError."""
    tokens = jwt_keyring(settings)
    sealing = encryption_keyring(settings)
    refused = []
    demo_jwt = _demo_kids(tokens, _jwt_ring(None, None))
    if demo_jwt:
        name = "JWT_KEYS" if settings.jwt_keys else "JWT_SECRET" if settings.jwt_secret else None
        refused.append(
            f"{name} lists the demo key {demo_jwt[0]!r}"
            if name
            else "JWT_KEYS (or JWT_SECRET) is not set, so the demo key would sign tokens"
        )
    demo_sealing = _demo_kids(sealing, _encryption_ring(DEMO_ENCRYPTION_KEYS))
    if demo_sealing:
        refused.append(f"ENCRYPTION_KEYS lists the demo key {demo_sealing[0]!r}")
    return refused


DEMO_KEYS_REMEDY = (
    "Demo keys are public: generate keys with `python -m app.cli generate-key` "
    "(README, Keys and rotation)"
)


def check_keys(settings: Settings) -> None:
    """Read both key lists (a malformed one stops the start, whatever the environment), and
    in production refuse the demo keys (app/core/production.py checks the rest)."""
    refused = demo_key_problems(settings)
    if settings.environment == "production" and refused:
        raise RuntimeError(
            "refusing to start with ENVIRONMENT=production: "
            + "; ".join(refused)
            + f". {DEMO_KEYS_REMEDY}."
        )


def generate_key(today: date | None = None) -> str:
    """A new `kid:key` entry, good for either list: 32 random bytes in URL-safe base64, named
    by the day it was made (`k20261205-1a2b`)."""
    day = (today or clock.today()).strftime("%Y%m%d")
    material = base64.urlsafe_b64encode(secrets.token_bytes(ENCRYPTION_KEY_BYTES)).decode()
    return f"k{day}-{secrets.token_hex(2)}:{material}"
