"""`summarizer run`: collecting from a local news site, idempotence, the lock, deliveries, run history.

Everything is local: a news site on 127.0.0.1 (tests/news_site.py) and an SMTP server (aiosmtpd).
The articles served are the synthetic examples.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import sqlite3
import ssl
import subprocess
from datetime import date
from pathlib import Path

import pytest

from summarizer.config import load_settings
from summarizer.fetch import FeedEntry, feed_entries, parse_dmy, published_date
from summarizer.runner import LOCKED, NOTHING_TO_DO, OK, PARTIAL, RunLocked, due_period, run, run_lock
from tests.news_site import NewsServer, article_page, example_site

SEPTEMBER = ["2023-09-na-ri-bch-dang-bo", "2023-09-ngan-son-btv-huyen-uy", "2023-09-tho-xuan-ubnd"]


def write_config(tmp_path: Path, site, extra: str = "") -> Path:
    path = tmp_path / "summarizer.toml"
    path.write_text(
        f'db = "{tmp_path / "store.db"}"\n'
        "[[sources]]\n"
        f'feed = "{site.base}/rss"\n'
        'province = "Bắc Kạn"\n'
        "[run]\n"
        f'out = "{tmp_path / "out"}"\n'
        'formats = ["md", "html"]\n'
        "host_delay = 0\nfetch_timeout = 1\nfetch_attempts = 2\nlock_wait = 0.5\n" + extra,
        encoding="utf-8",
    )
    return path


def settings_of(config: Path):
    return load_settings(config)


@pytest.fixture
def site():
    with NewsServer(example_site(SEPTEMBER)) as s:
        yield s


def stored(tmp_path: Path, sql: str):
    with sqlite3.connect(tmp_path / "store.db") as db:
        return db.execute(sql).fetchall()


def test_a_run_collects_the_feed_extracts_and_writes_the_digest_of_the_month(tmp_path, site):
    result = run(settings_of(write_config(tmp_path, site)), (2023, 9))
    assert result.exit_code == OK
    assert result.new_articles == 3 and result.extracted == 3
    assert result.delivered == ["folder"]
    md = (tmp_path / "out" / "ban-tin-2023-09.md").read_text(encoding="utf-8")
    assert "Na Rì" in md and "Ngân Sơn" in md and "Thọ Xuân" in md
    # Each article keeps the address it was read from, and the date of the feed when the page has none.
    sources = dict(stored(tmp_path, "SELECT source, published FROM articles"))
    assert set(sources) == {f"{site.base}/tin/{n}" for n in SEPTEMBER}
    # The requests name the tool, and the feed was asked once.
    assert all(h.get("User-Agent", "").startswith("summarizer/") for _, _, h in site.requests)
    assert site.gets("/rss") == 1


def test_running_twice_does_nothing_the_second_time(tmp_path, site):
    settings = settings_of(write_config(tmp_path, site))
    run(settings, (2023, 9))
    before = {p: site.gets(p) for p in site.pages}
    second = run(settings, (2023, 9))
    assert second.exit_code == NOTHING_TO_DO
    assert second.not_modified == 1  # the feed answered 304 to its ETag
    assert {p: site.gets(p) for p in site.pages} == before  # no page fetched again
    conditional = [h for m, p, h in site.requests if p == "/rss"][-1]
    assert conditional.get("If-None-Match")
    assert stored(tmp_path, "SELECT count(*) FROM articles") == [(3,)]
    assert stored(tmp_path, "SELECT count(*) FROM reports") == [(3,)]


def test_a_new_item_in_the_feed_is_fetched_and_the_old_ones_are_not(tmp_path, site):
    settings = settings_of(write_config(tmp_path, site))
    run(settings, (2023, 9))
    site.pages["/tin/moi"] = article_page(
        "UBND huyện Chợ Mới họp thường kỳ tháng 9/2023",
        "Ngày 4/10/2023, UBND huyện Chợ Mới, tỉnh Bắc Kạn họp phiên thường kỳ tháng 9.\n"
        "Trong tháng, thu ngân sách trên địa bàn đạt 12,5 tỷ đồng; toàn huyện trồng mới 150 ha rừng.\n"
        "Kết luận phiên họp, Chủ tịch UBND huyện yêu cầu các xã đẩy nhanh giải ngân vốn đầu tư công.",
    )  # synthetic
    site.feed_items.append(("/tin/moi", "UBND huyện Chợ Mới họp thường kỳ", "04/10/2023 09:00"))
    second = run(settings, (2023, 9))
    assert second.new_articles == 1 and second.extracted == 1
    assert site.gets("/tin/moi") == 1
    assert all(site.gets(f"/tin/{n}") == 1 for n in SEPTEMBER)
    assert second.delivered == []  # September's digest went out once already


def test_a_500_is_retried_a_slow_page_and_a_non_article_are_reported_and_the_rest_goes_on(tmp_path, site):
    site.fail_once.add(f"/tin/{SEPTEMBER[0]}")
    site.slow[f"/tin/{SEPTEMBER[1]}"] = 2.5  # past the 1 s timeout, twice
    site.pages["/tin/lien-he"] = "<html><body><nav>Liên hệ</nav></body></html>"
    site.feed_items.append(("/tin/lien-he", "Liên hệ", "05/10/2023 10:00"))
    settings = settings_of(write_config(tmp_path, site))
    result = run(settings, (2023, 9))
    assert result.exit_code == PARTIAL
    assert result.new_articles == 2  # the 500 was retried; the slow page was not read
    assert any(f"/tin/{SEPTEMBER[1]}" in f and "hết thời gian chờ" in f for f in result.failed)
    assert any("/tin/lien-he" in n and "không phải bài viết" in n for n in result.notes)
    # Next run: the slow page (now fast) is fetched, the non-article page is not asked again.
    site.slow.clear()
    again = run(settings, (2023, 9))
    assert again.new_articles == 1 and not again.failed
    assert site.gets("/tin/lien-he") == 1


def test_a_broken_feed_is_one_failure_and_the_store_is_untouched(tmp_path, site):
    site.broken_feed = True
    result = run(settings_of(write_config(tmp_path, site)), (2023, 9))
    assert result.exit_code == PARTIAL
    assert result.failed == [f"{site.base}/rss: không đọc được nguồn tin RSS/Atom"]
    assert stored(tmp_path, "SELECT count(*) FROM articles") == [(0,)]


def test_the_digest_is_mailed_once_and_a_failed_mail_is_sent_next_run(tmp_path, site):
    aiosmtpd = pytest.importorskip("aiosmtpd.controller")
    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope)
            return "250 OK"

    with socket.socket() as probe:  # Controller.start() checks its port by connecting: it cannot take 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = aiosmtpd.Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        email = (f'[run.email]\nhost = "127.0.0.1"\nport = {port}\nstarttls = false\n'
                 'sender = "bantin@example.org"\nto = ["vanphong@example.org"]\ntimeout = 5\n')
        config = write_config(tmp_path, site, email)
        controller.stop()  # the mail server is down for the first run
        first = run(settings_of(config), (2023, 9))
        assert first.exit_code == PARTIAL and first.delivered == ["folder"]
        assert any("e-mail qua 127.0.0.1" in f for f in first.failed)
        controller = aiosmtpd.Controller(Handler(), hostname="127.0.0.1", port=port)
        controller.start()
        second = run(settings_of(config), (2023, 9))
        assert second.delivered == ["email"] and second.exit_code == OK
        third = run(settings_of(config), (2023, 9))
        assert third.delivered == [] and third.exit_code == NOTHING_TO_DO
        assert len(received) == 1
        message = received[0].content.decode()
        assert "ban-tin-2023-09.md" in message and received[0].rcpt_tos == ["vanphong@example.org"]
        forced = run(settings_of(config), (2023, 9), force=True)
        assert set(forced.delivered) == {"folder", "email"} and len(received) == 2
    finally:
        controller.stop()


def test_the_webhook_gets_the_digest_json(tmp_path, site):
    config = write_config(tmp_path, site, f'[run.webhook]\nurl = "{site.base}/hook"\n')
    result = run(settings_of(config), (2023, 9))
    assert "webhook" in result.delivered
    [payload] = site.posts
    assert payload["period"] == "2023-09"
    assert payload["files"] == ["ban-tin-2023-09.md", "ban-tin-2023-09.html"]
    assert len(payload["digest"]["sources"]) == 3


def test_a_second_run_waits_for_the_lock_then_says_so(tmp_path, site):
    settings = settings_of(write_config(tmp_path, site))
    with run_lock(settings.db, 0):
        with pytest.raises(RunLocked, match="một lần chạy khác đang giữ khóa"):
            run(settings, (2023, 9))
    assert run(settings, (2023, 9)).exit_code == OK  # the lock went with its holder


def test_cli_exit_codes_and_run_history(tmp_path, site, cli, db):
    config = write_config(tmp_path, site)
    first = cli("run", "--config", config, "--month", "2023-09")
    assert first.exit_code == OK, first.output
    second = cli("run", "--config", config, "--month", "2023-09", "--log-format", "json")
    assert second.exit_code == NOTHING_TO_DO
    lines = [json.loads(line) for line in second.stderr.splitlines()]
    assert {"time", "level", "message"} <= set(lines[0]) and any("kết thúc lần chạy 2" in x["message"] for x in lines)
    history = cli("runs", "--config", config)
    assert history.exit_code == 0
    assert "#2" in history.stdout and "#1" in history.stdout and "gửi folder" in history.stdout
    with run_lock(db, 0):  # the cli fixture's database (SUMMARIZER_DB beats the file)
        locked = cli("run", "--config", config, "--month", "2023-09")
    assert locked.exit_code == LOCKED and "đang giữ khóa" in locked.stderr


def test_a_bad_config_is_one_line_and_exit_78(tmp_path, cli):
    config = tmp_path / "summarizer.toml"
    config.write_text('[[sources]]\nfeed = "ftp://example.org/rss"\n', encoding="utf-8")
    result = cli("run", "--config", config)
    assert result.exit_code == 78
    assert "sources" in result.stderr and "không phải địa chỉ http(s)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    config.write_text("[run]\ndue_day = 3\n", encoding="utf-8")
    assert cli("run", "--config", config).exit_code == 78  # no sources


def test_dry_run_says_what_would_happen_and_touches_nothing(tmp_path, site, cli):
    config = write_config(tmp_path, site)
    result = cli("run", "--config", config, "--month", "2023-09", "--dry-run")
    assert result.exit_code == 0
    assert f"{site.base}/rss" in result.stdout and "bản tin 2023-09 qua folder" in result.stdout
    assert site.requests == [] and not (tmp_path / "store.db").exists()


def test_schedule_prints_cron_and_systemd_units(tmp_path, cli):
    config = tmp_path / "summarizer.toml"
    config.write_text('[[sources]]\npath = "bai"\n', encoding="utf-8")
    result = cli("schedule", "--print", "--config", config, "--at", "05:40")
    assert result.exit_code == 0
    assert f"40 5 * * * cd {tmp_path}" in result.stdout and f"run --config {config}" in result.stdout
    assert "Persistent=true" in result.stdout and "OnCalendar=*-*-* 05:40:00" in result.stdout
    assert "[Service]" in result.stdout and "SuccessExitStatus=5" in result.stdout


def test_due_period_is_last_month_from_the_due_day():
    assert due_period(date(2023, 10, 3), 3) == (2023, 9)
    assert due_period(date(2023, 10, 2), 3) == (2023, 8)
    assert due_period(date(2024, 1, 5), 3) == (2023, 12)
    assert due_period(date(2024, 2, 1), 3) == (2023, 12)


def test_feed_dates_written_day_first_are_read():
    feed = ("<rss version='2.0'><channel><title>t</title><item><title>a</title><link>/tin/a</link>"
            "<pubDate>29/06/2020 14:05</pubDate></item></channel></rss>").encode()
    assert feed_entries(feed, "http://127.0.0.1/rss") == [FeedEntry("http://127.0.0.1/tin/a", "a", date(2020, 6, 29))]
    assert parse_dmy("31/02/2020") is None


def test_published_date_prefers_the_text_then_the_address_then_the_page():
    url = "http://huyen.example.vn/2023/10/05/hop-thuong-ky"
    assert published_date("Ngày 04/10/2023, UBND huyện họp.", url, date(2023, 10, 9)) == date(2023, 10, 4)
    assert published_date("UBND huyện họp phiên thường kỳ.", url, date(2023, 10, 9)) == date(2023, 10, 5)
    assert published_date("UBND huyện họp.", "http://x.vn/tin/hop", date(2023, 10, 9)) == date(2023, 10, 9)


SMTP_PASSWORD = "mat-khau-SMTP-khong-duoc-lo-42"


def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the test's certificate")
def test_mail_goes_over_starttls_with_login_and_the_password_is_never_kept(tmp_path, site, cli, db, monkeypatch):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    cert, key = self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    logins, received = [], []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope)
            return "250 OK"

    def authenticator(server, session, envelope, mechanism, auth_data):
        login, password = (x.decode() if isinstance(x, bytes) else x for x in (auth_data.login, auth_data.password))
        logins.append((login, password))
        if password == SMTP_PASSWORD:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False, message="535 5.7.8 Authentication credentials invalid")

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            authenticator=authenticator, auth_require_tls=True)
    controller.start()
    try:
        email = (f'[run.email]\nhost = "127.0.0.1"\nport = {port}\nca_file = "{cert}"\nusername = "bantin"\n'
                 'sender = "bantin@example.org"\nto = ["a@example.org", "b@example.org"]\ntimeout = 5\n')
        config = write_config(tmp_path, site, email)
        monkeypatch.setenv("SUMMARIZER_SMTP_PASSWORD", "sai-mat-khau")
        wrong = cli("run", "--config", config, "--month", "2023-09")
        assert wrong.exit_code == PARTIAL and "sai tên đăng nhập hoặc mật khẩu" in wrong.stderr
        monkeypatch.setenv("SUMMARIZER_SMTP_PASSWORD", SMTP_PASSWORD)
        right = cli("run", "--config", config, "--month", "2023-09")
        assert right.exit_code == OK, right.stderr
        history = cli("runs", "--config", config)
    finally:
        controller.stop()
    assert logins[-1] == ("bantin", SMTP_PASSWORD) and len(received) == 1
    assert received[0].rcpt_tos == ["a@example.org", "b@example.org"]
    everything = wrong.stdout + wrong.stderr + right.stdout + right.stderr + history.stdout
    assert SMTP_PASSWORD not in everything and "sai-mat-khau" not in everything
    assert SMTP_PASSWORD.encode() not in db.read_bytes()


def test_the_example_config_documents_every_run_setting(tmp_path):
    from summarizer.config import Email, Run, Source, Webhook, config_warnings

    text = (Path(__file__).resolve().parent.parent / "examples" / "summarizer.toml").read_text(encoding="utf-8")
    part = text[text.index("# --- Scheduled runs"):]
    uncommented = [re.sub(r"\s+#.*$", "", line[2:]) for line in part.splitlines() if re.match(r"# (\[|[a-z_]+ = )", line)]
    path = tmp_path / "summarizer.toml"
    path.write_text("\n".join(uncommented) + "\n", encoding="utf-8")
    settings = load_settings(path)
    assert config_warnings(path) == []
    assert [s.where for s in settings.sources][0] == "bai-viet" and settings.sources[1].province == "Bắc Kạn"
    assert settings.run.email.to == ["vanphong@example.gov.vn", "lanhdao@example.gov.vn"] and settings.run.webhook
    documented = set(re.findall(r"^# ([a-z_]+) = ", part, re.MULTILINE))
    for model in (Source, Run, Email, Webhook):
        assert set(model.model_fields) - {"email", "webhook"} <= documented, model.__name__


def test_a_source_hint_names_the_unit_the_text_leaves_open(tmp_path):
    site = example_site([])
    site.pages["/tin/hop"] = article_page(  # synthetic: the text never says which district met
        "UBND huyện họp phiên thường kỳ tháng 9",
        "Sáng 3/10/2023, UBND huyện tổ chức phiên họp thường kỳ đánh giá kết quả tháng 9/2023.\n"
        "Trong tháng, thu ngân sách trên địa bàn đạt 9,8 tỷ đồng, bằng 82% dự toán; trồng mới 120 ha rừng.\n"
        "Kết luận phiên họp, Chủ tịch UBND huyện yêu cầu các xã đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
    )
    site.feed_items.append(("/tin/hop", "UBND huyện họp phiên thường kỳ", "03/10/2023 15:00"))
    with NewsServer(site):
        config = write_config(tmp_path, site).read_text(encoding="utf-8")
        config = config.replace('province = "Bắc Kạn"\n', 'province = "Bắc Kạn"\nunit = "huyện Chợ Mới"\n')
        (tmp_path / "summarizer.toml").write_text(config, encoding="utf-8")
        run(settings_of(tmp_path / "summarizer.toml"), (2023, 9))
    assert stored(tmp_path, "SELECT hint FROM articles") == [("huyện Chợ Mới, tỉnh Bắc Kạn",)]
    assert stored(tmp_path, "SELECT unit_name, province FROM reports") == [("Chợ Mới", "Bắc Kạn")]
