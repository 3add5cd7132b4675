"""Verify the signature of a webhook from the placement API (Standard Webhooks 1.0).

Hand-written; kept when the rest of the package is regenerated from the OpenAPI document.
The signature is computed by `standardwebhooks`, the reference library the API signs with;
the time window is checked here so that `now` and the tolerance can be chosen (tests,
receivers with a known clock skew).
"""

import hmac
import json
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import standardwebhooks

SECRET_PREFIX = "whsec_"
TOLERANCE_SECONDS = 5 * 60


class WebhookVerificationError(standardwebhooks.WebhookVerificationError):
    """The message is not one the API signed with this secret, or it is too old or new."""


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    raise WebhookVerificationError(f"missing header {name}")


def expected_signature(secret: str, message_id: str, timestamp: str, body: bytes) -> str:
    """`v1,` + base64 HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the secret's bytes."""
    sent_at = datetime.fromtimestamp(int(timestamp), UTC)
    return standardwebhooks.Webhook(secret).sign(message_id, sent_at, body)


def verify_webhook(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float | None = None,
    tolerance_seconds: int = TOLERANCE_SECONDS,
) -> dict[str, Any]:
    """Check a received webhook and return its parsed JSON (`type`, `timestamp`, `data`).

    `body` must be the raw request bytes, before any JSON parsing. Raises
    WebhookVerificationError (a `standardwebhooks.WebhookVerificationError`) when a header
    is missing, the timestamp is more than `tolerance_seconds` from `now` (replays), or no
    `v1` signature matches. Deduplicate on the `webhook-id` header yourself: delivery is at
    least once.
    """
    message_id = _header(headers, "webhook-id")
    timestamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature").split()
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise WebhookVerificationError("webhook-timestamp is not a number") from None
    clock = time.time() if now is None else now
    if abs(clock - sent_at) > tolerance_seconds:
        raise WebhookVerificationError("webhook-timestamp too far from now")
    expected = expected_signature(secret, message_id, timestamp, body)
    if not any(hmac.compare_digest(expected, given) for given in signatures):
        raise WebhookVerificationError("no matching signature")
    parsed: dict[str, Any] = json.loads(body)
    return parsed
