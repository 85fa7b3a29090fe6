"""Similar wordings of one matter: "Đẩy nhanh tiến độ giải ngân vốn đầu tư công" and "Tiến độ giải ngân vốn
đầu tư công còn chậm" are the same matter, "thu ngân sách" is another.

The measure is the Dice coefficient over the syllables and adjacent-syllable pairs of `text.match_key`,
after the words every report uses for any matter ("tăng cường", "công tác", "tiến độ", "kế hoạch",
numbers…) are taken out. Chosen on the example articles and the Reports of the real development set:
at 0.7, the wordings of public-investment disbursement, budget revenue, security, party building or
new-rural-development items merge across units, while matters that only share a generic word or one
syllable ("thu ngân sách" / "chi ngân sách", "tổng giá trị sản xuất" / "giá trị sản xuất nông, lâm,
ngư nghiệp") stay apart. Grouping compares an item only with the leaders of groups that share one of
its features, at most `_CANDIDATES` of them, so it is linear in the number of items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .text import match_key

THRESHOLD = 0.7
_CANDIDATES = 48

# Words of the genre that say nothing about which matter an item is about, longest first.
_GENERIC = (
    "trong thời gian tới", "thời gian tới", "thời gian qua", "tập trung", "chỉ đạo", "lãnh đạo", "tăng cường",
    "đẩy mạnh", "đẩy nhanh", "tiếp tục", "thực hiện", "triển khai", "làm tốt", "công tác", "quan tâm", "chú trọng",
    "chủ động", "nâng cao", "hiệu quả", "đảm bảo", "bảo đảm", "kịp thời", "phối hợp", "chặt chẽ", "tình hình",
    "kết quả", "nhiệm vụ", "giải pháp", "hạn chế", "khó khăn", "tồn tại", "kế hoạch", "so với", "cùng kỳ",
    "địa bàn", "toàn huyện", "thị trấn", "cơ quan", "đơn vị", "liên quan", "chức năng", "tiến độ", "còn chậm",
    "yêu cầu", "đề nghị", "theo dõi", "hoàn thành", "dự toán", "chỉ tiêu", "đến nay", "trong tháng",
    "trong năm", "cơ bản", "ổn định", "tốt", "các", "của", "và", "cho", "trên", "được", "đã", "đang", "sẽ", "còn",
    "với", "trong", "tại", "những", "một", "số", "là", "có", "theo", "về", "đến", "từ", "năm", "tháng", "nay",
    "kỳ", "đạt", "ước", "tăng", "giảm", "bằng", "huyện", "xã", "tỉnh", "để", "việc", "nhằm", "ngày", "này", "đó",
    "lại", "như", "vẫn", "chưa", "rất", "cao", "mới", "người", "lượt", "đồng", "tỷ", "tỉ", "triệu", "ha", "tấn",
    "ngành", "phòng", "ban", "giao", "gần", "hơn", "khoảng", "thêm", "nhiều", "lũy kế", "vượt",
)
_GENERIC_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(_GENERIC, key=len, reverse=True))) + r")(?!\w)")
_SYLLABLE = re.compile(r"[^\W\d_]+")

T = TypeVar("T")


def features(text: str) -> frozenset[str]:
    """The syllables and syllable pairs that say what `text` is about; pairs never span a generic word."""
    feats: set[str] = set()
    for run in _GENERIC_RE.split(match_key(text)):
        words = _SYLLABLE.findall(run)
        feats.update(words)
        feats.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return frozenset(feats)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two feature sets: 1 for the same matter in the same words, 0 for nothing shared."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def similar(a: str, b: str) -> bool:
    return similarity(features(a), features(b)) >= THRESHOLD


class _Index:
    """Leaders of groups, found by the features they have; each feature keeps at most `_CANDIDATES` leaders."""

    def __init__(self) -> None:
        self.leaders: list[frozenset[str]] = []
        self.postings: dict[str, list[int]] = {}

    def best(self, feats: frozenset[str], threshold: float) -> int | None:
        seen: set[int] = set()
        best, best_score = None, threshold
        for f in feats:
            for leader in self.postings.get(f, ()):
                if leader in seen:
                    continue
                seen.add(leader)
                score = similarity(feats, self.leaders[leader])
                if score >= best_score and (best is None or score > best_score or leader < best):
                    best, best_score = leader, score
            if len(seen) >= _CANDIDATES:
                break
        return best

    def add(self, feats: frozenset[str]) -> int:
        number = len(self.leaders)
        self.leaders.append(feats)
        for f in feats:
            posting = self.postings.setdefault(f, [])
            if len(posting) < _CANDIDATES:
                posting.append(number)
        return number


def group(items: Sequence[T], text: Callable[[T], str], threshold: float = THRESHOLD) -> list[list[T]]:
    """`items` in groups of the same matter, in the order of each group's first item; an item joins the
    group whose first item (its leader) it is most similar to, so a group cannot drift from matter to matter."""
    index = _Index()
    groups: list[list[T]] = []
    for item in items:
        feats = features(text(item))
        found = index.best(feats, threshold) if feats else None
        if found is None:
            index.add(feats)
            groups.append([item])
        else:
            groups[found].append(item)
    return groups


def pairs(left: Sequence[T], right: Sequence[T], text: Callable[[T], str], threshold: float = THRESHOLD) -> list[tuple[T, T]]:
    """Each item of `right` with the most similar item of `left`, when they are similar enough."""
    index = _Index()
    for item in left:
        index.add(features(text(item)))
    found = []
    for item in right:
        feats = features(text(item))
        match = index.best(feats, threshold) if feats else None
        if match is not None:
            found.append((left[match], item))
    return found
