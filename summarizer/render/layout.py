"""What the Word and HTML digests share: the head of an administrative document and a few labels."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ..schema import Digest

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
# Continuity notes print under the section whose matter they follow up.
CONTINUITY = {"achievements": "task_done", "shortcomings": "shortcoming_repeated"}
CONTINUITY_TITLES = {"task_done": "Nhiệm vụ kỳ trước đã hoàn thành", "shortcoming_repeated": "Hạn chế lặp lại từ kỳ trước"}
VIETNAM = timezone(timedelta(hours=7), "ICT")  # no daylight saving


def issued_at(digest: Digest) -> datetime:
    """The date the digest is dated: its generation time, else the first day of its month (never the clock)."""
    return digest.scope.generated_at or datetime(digest.year, digest.month, 1, tzinfo=timezone.utc)


def place_of(digest: Digest) -> str:
    """Where the digest is issued, for the date line: the province it is limited to, or its only one."""
    if digest.scope.province:
        return digest.scope.province
    return digest.scope.provinces[0] if len(digest.scope.provinces) == 1 else ""


def date_line(digest: Digest, place: str | None = None) -> str:
    """'Thanh Hóa, ngày 5 tháng 10 năm 2023', or 'Ngày 5 tháng 10 năm 2023' when no place is known; the
    day in Vietnam (a digest made at 20:00 UTC is dated the next day there)."""
    when = issued_at(digest)
    if when.tzinfo is not None:
        when = when.astimezone(VIETNAM)
    place = place if place is not None else place_of(digest)
    day = f"ngày {when.day} tháng {when.month} năm {when.year}"
    return f"{place}, {day}" if place else day[0].upper() + day[1:]
