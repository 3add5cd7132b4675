"""Codes delivered for real: by SMTP to a local mail server (aiosmtpd), and by the SMS
gateway adapter to a local HTTP server; each test completes the link with what arrived."""

import json
import re
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope
from aiosmtpd.smtp import Session as SmtpSession
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.core.messaging import (
    LogSender,
    MessagingError,
    OutgoingMessage,
    SmsGatewaySender,
    SmtpSender,
    senders_from_settings,
)
from tests.auth_helpers import STRONG_PASSWORD, bearer, login
from tests.factories import applicant_body


class Mailbox:
    def __init__(self) -> None:
        self.received: list[Envelope] = []

    async def handle_DATA(self, server: SMTP, session: SmtpSession, envelope: Envelope) -> str:  # noqa: N802
        self.received.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def mail_server() -> Iterator[tuple[Mailbox, int]]:
    mailbox = Mailbox()
    with socket.socket() as probe:  # a free port: the controller checks it by connecting
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


class _Gateway(BaseHTTPRequestHandler):
    received: list[dict[str, Any]]
    status = 202

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.received.append(
            {
                "authorization": self.headers.get("Authorization"),
                "body": json.loads(self.rfile.read(length)),
            }
        )
        self.send_response(self.status)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def sms_gateway() -> Iterator[tuple[type[_Gateway], str]]:
    handler = type("Gateway", (_Gateway,), {"received": []})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield handler, f"http://127.0.0.1:{server.server_address[1]}/send"
    finally:
        server.shutdown()
        server.server_close()


def _import_and_sign_up(client: TestClient, officer: TestClient, **record: Any) -> dict[str, str]:
    assert officer.post("/api/v1/applicants", json=applicant_body(**record)).status_code == 201
    body = {
        "email": "stranger@example.net",
        "password": STRONG_PASSWORD,
        "applicant": applicant_body(full_name="Orang Lain", phone=None, email=None),
    }
    assert client.post("/api/v1/auth/register", json=body).status_code == 201
    return bearer(login(client, "stranger@example.net")["access_token"])


def _code_in(text: str) -> str:
    found = re.search(r"\b(\d{6})\b", text)
    assert found, text
    return found.group(1)


def test_code_by_smtp_links_the_account(
    app: FastAPI,
    client: TestClient,
    officer: TestClient,
    mail_server: tuple[Mailbox, int],
) -> None:
    mailbox, port = mail_server
    settings = Settings(smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False)
    app.state.senders = senders_from_settings(settings)
    headers = _import_and_sign_up(client, officer, phone=None, email="ahmad@example.com")
    assert len(mailbox.received) == 1
    envelope = mailbox.received[0]
    assert envelope.rcpt_tos == ["ahmad@example.com"]
    mail = message_from_bytes(envelope.content)  # type: ignore[arg-type]
    assert mail["Subject"] == "Kode verifikasi akun"  # Indonesian unless asked otherwise
    code = _code_in(mail.get_payload(decode=True).decode())  # type: ignore[union-attr]
    linked = client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers)
    assert linked.status_code == 200, linked.text
    assert linked.json()["applicant_id"] is not None


def test_code_by_sms_gateway_links_the_account(
    app: FastAPI,
    client: TestClient,
    officer: TestClient,
    sms_gateway: tuple[type[_Gateway], str],
) -> None:
    gateway, url = sms_gateway
    settings = Settings(sms_gateway_url=url, sms_gateway_token="gw-token-123")
    app.state.senders = senders_from_settings(settings)
    headers = _import_and_sign_up(client, officer)
    assert len(gateway.received) == 1
    request = gateway.received[0]
    assert request["authorization"] == "Bearer gw-token-123"
    assert request["body"]["to"] == "+6281234567890"
    code = _code_in(request["body"]["text"])
    linked = client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers)
    assert linked.status_code == 200, linked.text


def test_a_failed_send_keeps_the_account_and_resend_works(
    app: FastAPI,
    client: TestClient,
    officer: TestClient,
    sms_gateway: tuple[type[_Gateway], str],
) -> None:
    gateway, url = sms_gateway
    gateway.status = 503
    app.state.senders = senders_from_settings(Settings(sms_gateway_url=url))
    headers = _import_and_sign_up(client, officer)
    assert len(gateway.received) == 1
    with pytest.raises(MessagingError):
        SmsGatewaySender(Settings(sms_gateway_url=url)).send(OutgoingMessage("+62812", "", "x"))
    gateway.status = 202
    assert client.post("/api/v1/auth/link/resend", headers=headers).status_code == 200
    code = _code_in(gateway.received[-1]["body"]["text"])
    assert (
        client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers).status_code
        == 200
    )


def test_unreachable_mail_server_is_a_messaging_error() -> None:
    sender = SmtpSender(Settings(smtp_host="127.0.0.1", smtp_port=1, smtp_timeout_seconds=1))
    with pytest.raises(MessagingError):
        sender.send(OutgoingMessage("a@example.org", "s", "t"))


def test_without_configuration_messages_go_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    senders = senders_from_settings(Settings())
    assert isinstance(senders.phone, LogSender) and isinstance(senders.email, LogSender)
    senders.email.send(OutgoingMessage("a@example.org", "s", "kode 123456"))
    assert "NOT SENT" in caplog.text and "123456" in caplog.text
