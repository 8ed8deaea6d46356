"""Reprint fingerprints: the numpy shingle hashing gives exactly the bands of one CRC-32 per shingle.

Bands are stored with each article, so a faster computation must not change a
single value: articles fingerprinted before and after must still match.
"""

from __future__ import annotations

import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from archive import reprints
from archive.reprints import Fingerprint, fingerprint, is_near_copy, shared_bands

SAMPLE = (
    "城市晚报白城讯 近日，洮北区以“工匠精神”为标杆，抓实脱贫攻坚各项工作。"
    "区里组织干部走村入户，逐户核实收入情况，帮助贫困户发展庭院经济和特色种植，"
    "并为鹤鸣湖周边的农户联系销路。记者在现场看到，新建的大棚里种满了蔬菜。"
)


def reference(body: str) -> Fingerprint:
    """The plain definition: ``zlib.crc32`` of each UTF-16 shingle, minimum per bin, densified."""
    text = reprints.shingle_text(body)
    if len(text) < reprints.MIN_CHARS:
        return Fingerprint(())
    data = text.encode("utf-16-le", "surrogatepass")
    width = 2 * reprints.SHINGLE
    mix, mask = 0x9E3779B1, 0xFFFFFFFF
    hashes = {(zlib.crc32(data[i : i + width]) * mix) & mask for i in range(0, len(data) - width + 2, 2)}
    mins: dict[int, int] = {}
    for h in hashes:
        b = h >> 26
        mins[b] = min(mins.get(b, h), h)
    signature = []
    for b in range(reprints.BINS):
        k = 0
        while (b + k) % reprints.BINS not in mins:
            k += 1
        signature.append((mins[(b + k) % reprints.BINS] + k * mix) & mask)
    bands = []
    for band in range(reprints.BANDS):
        rows = signature[band * reprints.ROWS : (band + 1) * reprints.ROWS]
        value = zlib.crc32(b"".join(v.to_bytes(4, "little") for v in rows), band)
        bands.append(value - (1 << 32) if value >= 1 << 31 else value)
    return Fingerprint(tuple(bands))


TEXT = st.text(
    alphabet=st.sampled_from([*SAMPLE, "𠮷", "鶴", "A", "z", "7", " ", "\n", "，"]),
    max_size=600,
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_fingerprint_equals_one_crc_per_shingle(body: str) -> None:
    assert fingerprint(body) == reference(body)


def test_fingerprint_of_a_real_article_and_of_rare_characters() -> None:
    for body in (SAMPLE, SAMPLE * 20, "吉𠮷野家" * 30, SAMPLE[:41], SAMPLE[:20]):
        assert fingerprint(body) == reference(body)
    assert fingerprint(SAMPLE[:20]).bands == ()  # too short: matched by content hash only


def test_near_copies_share_bands_and_unrelated_texts_do_not() -> None:
    edited = SAMPLE.replace("近日", "日前").replace("蔬菜", "青菜")
    rewrapped = SAMPLE.replace("，", "\n")
    other = "吉林省气象台发布寒潮蓝色预警，预计未来三天全省大部地区气温下降八到十度，请注意防寒保暖。" * 2
    assert is_near_copy(fingerprint(SAMPLE), fingerprint(edited))
    assert fingerprint(SAMPLE) == fingerprint(rewrapped)  # punctuation and line breaks are not compared
    assert shared_bands(fingerprint(SAMPLE), fingerprint(other)) == 0
