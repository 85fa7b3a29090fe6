"""Sending a written digest on: by e-mail (SMTP with STARTTLS) and to a webhook."""

from __future__ import annotations

import mimetypes
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from urllib.parse import urlsplit

from .config import Email, Webhook


class DeliveryError(Exception):
    """A channel that did not take the digest; the message is Vietnamese and says which and why."""


def send_email(email: Email, password: str | None, subject: str, body: str, files: list[Path]) -> None:
    """One message to every recipient, the digest files attached."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = email.sender
    message["To"] = ", ".join(email.to)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=email.sender.rpartition("@")[2] or None)
    message.set_content(body)
    for path in files:
        kind = (mimetypes.guess_type(path.name)[0] or "application/octet-stream").split("/")
        message.add_attachment(path.read_bytes(), maintype=kind[0], subtype=kind[1], filename=path.name)
    where = f"{email.host}:{email.port}"
    try:
        with smtplib.SMTP(email.host, email.port, timeout=email.timeout) as smtp:
            if email.starttls:
                smtp.starttls(context=ssl.create_default_context(cafile=email.ca_file))
            if email.username:
                smtp.login(email.username, password or "")
            smtp.send_message(message)
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(f"e-mail qua {where}: máy chủ không hỗ trợ STARTTLS (đặt starttls = false nếu đúng là vậy)") from None
    except smtplib.SMTPAuthenticationError:
        raise DeliveryError(f"e-mail qua {where}: sai tên đăng nhập hoặc mật khẩu (SUMMARIZER_SMTP_PASSWORD)") from None
    except smtplib.SMTPRecipientsRefused as e:
        raise DeliveryError(f"e-mail qua {where}: máy chủ từ chối người nhận {', '.join(e.recipients)}") from None
    except ssl.SSLError as e:
        raise DeliveryError(f"e-mail qua {where}: lỗi TLS ({e.reason or e}); máy chủ riêng: đặt ca_file") from None
    except (smtplib.SMTPException, OSError) as e:
        raise DeliveryError(f"e-mail qua {where}: không gửi được ({type(e).__name__}: {e})") from None


def post_webhook(webhook: Webhook, payload: dict) -> None:
    """POST `payload` as JSON; any answer outside 2xx is a failure."""
    import httpx2

    # A webhook's path often holds its token (Slack, Teams, Google Chat): only the host is ever shown.
    where = f"webhook {urlsplit(webhook.url).scheme}://{urlsplit(webhook.url).netloc.rpartition('@')[2]}/…"
    try:
        response = httpx2.post(webhook.url, json=payload, timeout=webhook.timeout)
    except httpx2.HTTPError as e:
        raise DeliveryError(f"{where}: không gửi được ({type(e).__name__})") from None
    if not 200 <= response.status_code < 300:
        raise DeliveryError(f"{where}: máy chủ trả lời {response.status_code}")
