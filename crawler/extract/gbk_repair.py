"""Resynchronise GBK text after a lost or replaced byte.

GBK characters are two bytes. When one byte of a character is lost (truncated
by a CMS, or replaced by ``?`` as in the Sogou news dumps), every following
pair is read one byte off: the decoder sees *valid* but wrong characters until
the next ASCII byte, and counting U+FFFD finds nothing. Such a damaged run of
non-ASCII bytes has an odd length; we drop the one byte whose removal makes
the run read as the most frequent characters of news text. When ``?``
replaced a byte on each side of a run (the Sogou pattern:
``?；泼鳎合衷谖倚?布``), the run is even and decodes without error, so a
run between two ``?`` is also compared with its one-byte-shifted reading.

A run is only bytes 0x81-0xFE, yet GBK's extension (where traditional
characters live) also takes trail bytes 0x40-0x7E: ``廣`` ends in ``V``. A run
cut by such a letter has an odd length though nothing was lost. On a page that
decodes cleanly such a run is read as it is; there only the ``?``-bracketed
shift, by a wide margin, counts as evidence of a lost byte. On a page that does
not (a byte lost somewhere else), such a run is read as it is unless dropping a
byte reads it better, scored with frequent characters of both scripts
(:data:`TRADITIONAL_CHARS`): a traditional page with one lost byte had a byte
dropped from every run a letter trail cut (``南廣場`` stored as ``南V鰯``).
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

__all__ = ["FREQUENT_CHARS", "QMARK_BEFORE_HIGH", "TRADITIONAL_CHARS", "repair_gbk"]

_HIGH_RUN = re.compile(rb"[\x81-\xfe]+")
# A "?" right before a non-ASCII byte: where a lost lead byte was replaced.
QMARK_BEFORE_HIGH = re.compile(rb"\?[\x81-\xfe]")
# A GBK trail byte in the ASCII range: after a lead byte it completes a character.
_GBK_LOW_TRAIL = re.compile(rb"[\x40-\x7e]")


# The most frequent characters of Chinese news text (and its punctuation):
# real text is mostly made of them, text read one byte off hardly ever is.
FREQUENT_CHARS = (
    "的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么"
    "心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现"
    "分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位"
    "因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师"
    "书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及"
    "今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结"
    "六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区"
    "即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友"
    "孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切府称"
    "记者编辑新闻市县区省委员会工作发展建设经济社会企业项目群众服务管理活动推进会议全国政府人民中央表示"
    "，。、：；！？“”‘’《》（）—…　"
)
_FREQUENT_PAIRS = frozenset(ch.encode("gbk") for ch in set(FREQUENT_CHARS))
# Frequent characters as traditional-script pages print them (GBK's extension holds most, many with
# a trail byte 0x40-0x7E). Scored only where a letter trail cuts a run (see the module's docstring):
# beside FREQUENT_CHARS alone a traditional run read as it is scored no better than with a byte lost.
TRADITIONAL_CHARS = (
    "這個們來說為時會對過後國開現發動經頭實無當關見學機體點長從兩進種樣將與給幾業間麼問話兒電門東總場"
    "師書員覺報馬張難數車應軍產萬聽氣讓認論義結術變聯權運傳領遠資隊帶條強區轉語陽紅邊錢黨雙歷越華視"
    "濟離雖壞興稱記編輯聞縣設項務議態辦處導廣擴滿節買賣價貨醫療衛環境鎮歲紛還號線網頁圖讀寫愛親燈顯"
    "樓鐵橋館舉營專選島陸灣臺際勞計畫劃內統則組織參規範標準題須據調查達連續該確戰爭藝鄉村農銷售費用"
    "優勢質量護團並"
)
_BOTH_SCRIPTS_PAIRS = _FREQUENT_PAIRS | frozenset(ch.encode("gbk") for ch in set(TRADITIONAL_CHARS))


def _pair_table(pairs: frozenset[bytes]) -> npt.NDArray[np.uint8]:
    """1 at ``lead << 8 | trail`` for each byte pair that encodes one of ``pairs``' characters."""
    table = np.zeros(1 << 16, dtype=np.uint8)
    for pair in pairs:
        table[(pair[0] << 8) | pair[1]] = 1
    return table


_PAIR_TABLE = _pair_table(_FREQUENT_PAIRS)
_BOTH_SCRIPTS_TABLE = _pair_table(_BOTH_SCRIPTS_PAIRS)


def _common(lead: int, trail: int, table: npt.NDArray[np.uint8] = _PAIR_TABLE) -> int:
    """Score one byte pair: 1 when it encodes one of the most frequent characters (of ``table``)."""
    return int(table[(lead << 8) | trail])


def _pairs_score(run: bytes, start: int, stop: int) -> int:
    """Count the pairs (start, start+1), (start+2, start+3)... before ``stop`` that are frequent characters.

    One array look-up instead of a Python call per pair: runs after a ``?``
    are scored on every GBK page, and URLs put many ``?`` before Chinese text.
    """
    end = start + (stop - start) // 2 * 2
    if end <= start:
        return 0
    pairs = np.frombuffer(run[start:end], dtype=">u2")
    return int(_PAIR_TABLE[pairs].sum())


def _best_drop(run: bytes, table: npt.NDArray[np.uint8] = _PAIR_TABLE) -> tuple[int, int]:
    """Return the index to drop from an odd-length run so the rest pairs up best, and that reading's score."""
    n = len(run)
    # prefix[i]: score of pairs (0,1)..(i-2,i-1) for even i; suffix[j]: of pairs (j,j+1).. for odd j.
    prefix = [0] * (n + 1)
    for i in range(2, n + 1, 2):
        prefix[i] = prefix[i - 2] + _common(run[i - 2], run[i - 1], table)
    suffix = [0] * (n + 2)
    for j in range(n - 2, 0, -2):
        suffix[j] = suffix[j + 2] + _common(run[j], run[j + 1], table)
    best, best_score = 0, -1
    for i in range(0, n, 2):
        score = prefix[i] + suffix[i + 1]
        if score > best_score:
            best, best_score = i, score
    return best, best_score


def _reads_as_it_is(run: bytes, trail: bytes) -> bool:
    """Tell whether an odd run and the letter trail after it read as GBK characters, not as a lost byte.

    The run less its best byte to drop must read by a wide margin more frequent characters (of either
    script) than the run as it is, as the ``?``-bracketed shift must: a run of rarer words (送旅客超過)
    read a frequent pair or two by chance one byte off, and a drop that reads barely better only loses
    a byte of a whole character.
    """
    whole = run + trail
    try:
        whole.decode("gbk")
    except UnicodeDecodeError:
        return False
    scores = _BOTH_SCRIPTS_TABLE[np.frombuffer(whole, dtype=">u2")]
    drop, dropped = _best_drop(run, _BOTH_SCRIPTS_TABLE)
    # Only what follows the byte dropped reads differently: the pairs before it count for both.
    before = int(scores[: drop // 2].sum())
    return dropped - before <= 2 * (int(scores.sum()) - before) + 1


def repair_gbk(body: bytes, clean: bool = False) -> tuple[bytes, int]:
    """Return ``body`` with one byte dropped from each odd-length non-ASCII run, and the count.

    Runs that contain GB18030 four-byte sequences are split by their ASCII
    digits, so they pair up and are left alone. ``clean`` says ``body`` decodes
    without error: an odd run whose last byte pairs with the letter after it is
    then a GBK-extension character (traditional script), not a lost byte.
    """
    pieces: list[bytes] = []
    last = 0
    repaired = 0
    for match in _HIGH_RUN.finditer(body):
        run = match.group(0)
        start, end = match.span()
        if len(run) % 2 == 0:
            if len(run) >= 4 and start and body[start - 1] == 0x3F and body[end : end + 1] == b"?":
                as_is = _pairs_score(run, 0, len(run))
                shifted = _pairs_score(run, 1, len(run) - 1)
                if shifted > 2 * as_is + 1:
                    # Both edge bytes are halves of characters lost to "?".
                    pieces.append(body[last:start])
                    pieces.append(run[1:-1])
                    last = match.end()
                    repaired += 1
            continue
        trail = body[end : end + 1]
        if _GBK_LOW_TRAIL.fullmatch(trail) and (clean or _reads_as_it_is(run, trail)):
            continue  # the last byte leads a valid character whose trail is a letter
        drop, _ = _best_drop(run)
        pieces.append(body[last : start + drop])
        last = start + drop + 1
        repaired += 1
    if not repaired:
        return body, 0
    pieces.append(body[last:])
    return b"".join(pieces), repaired
