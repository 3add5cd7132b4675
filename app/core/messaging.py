"""Messages to people outside the API: text messages (SMS or WhatsApp) through an HTTP
gateway, e-mail through SMTP, or, where neither is configured, the log (development).

Each kind of destination has one `MessageSender`; `senders_from_settings` picks them.
Sending is slow and may fail, so callers send after their transaction has committed and
treat a failure as a message not sent (the person asks again), never as a failed write.
"""

import logging
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

import httpx

from app.core.config import Settings

logger = logging.getLogger("app.messaging")


@dataclass(frozen=True)
class OutgoingMessage:
    to: str  # a +62... phone number or an e-mail address
    subject: str  # e-mail only; text messages carry `text` alone
    text: str


class MessageSender(Protocol):
    def send(self, message: OutgoingMessage) -> None:
        """Hand the message over for delivery; raise `MessagingError` when that failed."""


class MessagingError(Exception):
    """The gateway or mail server refused the message or could not be reached."""


class LogSender:
    """Development default: the message is written to the log, where whoever runs the
    service reads it. Never configured on purpose in a deployment (see the README)."""

    def __init__(self, channel: str) -> None:
        self.channel = channel

    def send(self, message: OutgoingMessage) -> None:
        logger.warning(
            "NOT SENT (no %s configured; development log only) to %s: %s",
            self.channel,
            message.to,
            message.text,
        )


class SmtpSender:
    def __init__(self, settings: Settings) -> None:
        assert settings.smtp_host is not None
        self.host = settings.smtp_host
        self.port = settings.smtp_port
        self.user = settings.smtp_user
        self.password = settings.smtp_password
        self.starttls = settings.smtp_starttls
        self.sender = settings.smtp_from
        self.timeout = settings.smtp_timeout_seconds

    def send(self, message: OutgoingMessage) -> None:
        mail = EmailMessage()
        mail["From"] = self.sender
        mail["To"] = message.to
        mail["Subject"] = message.subject
        mail.set_content(message.text)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.user and self.password:
                    smtp.login(self.user, self.password)
                smtp.send_message(mail)
        except (OSError, smtplib.SMTPException) as error:
            raise MessagingError(f"SMTP {self.host}:{self.port}: {error}") from error


class SmsGatewaySender:
    """An HTTP SMS or WhatsApp gateway: `POST {"to", "text"}` with a bearer token; any 2xx
    answer means the gateway took the message."""

    def __init__(self, settings: Settings) -> None:
        assert settings.sms_gateway_url is not None
        self.url = settings.sms_gateway_url
        self.token = settings.sms_gateway_token
        self.timeout = settings.sms_gateway_timeout_seconds

    def send(self, message: OutgoingMessage) -> None:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            answer = httpx.post(
                self.url,
                json={"to": message.to, "text": message.text},
                headers=headers,
                timeout=self.timeout,
            )
        except httpx.HTTPError as error:
            raise MessagingError(f"SMS gateway: {error}") from error
        if not answer.is_success:
            raise MessagingError(f"SMS gateway answered {answer.status_code}")


@dataclass
class Senders:
    phone: MessageSender
    email: MessageSender

    def for_kind(self, kind: str) -> MessageSender:
        return self.phone if kind == "phone" else self.email


def senders_from_settings(settings: Settings) -> Senders:
    phone: MessageSender = (
        SmsGatewaySender(settings) if settings.sms_gateway_url else LogSender("SMS gateway")
    )
    email: MessageSender = SmtpSender(settings) if settings.smtp_host else LogSender("SMTP server")
    return Senders(phone=phone, email=email)


def deliver(senders: Senders, kind: str, message: OutgoingMessage) -> bool:
    """Send, after the caller's commit; a failure is logged and the person may ask again."""
    try:
        senders.for_kind(kind).send(message)
    except MessagingError:
        logger.exception("message to a %s not delivered", kind)
        return False
    return True
