"""Surnames and places, the lists a name is read against (``surnames.txt``, ``places.txt``).

A name glued to its label must start with a known surname (:func:`surname_first`);
a name read from a weak source must start with a common one; a place is a
dateline's or a caption's, never a person's name.
"""

from __future__ import annotations

import re
from importlib import resources

__all__ = ["COMMON_SURNAMES", "COMPOUND_SURNAMES", "PLACES", "SURNAMES", "minority_name", "surname_first"]


def _read_surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Read the single and compound surnames of ``surnames.txt`` (the 百家姓 and modern additions)."""
    text = resources.files("crawler.extract").joinpath("surnames.txt").read_text("utf-8")
    single, _, compound = text.partition("[compound]")
    entries = [
        [entry for line in part.splitlines() if not line.startswith(("#", "[")) for entry in line.split()]
        for part in (single, compound)
    ]
    return frozenset(entries[0]), frozenset(entries[1])


def _read_places() -> frozenset[str]:
    """Read ``places.txt``: provinces, regions and cities, as datelines print them."""
    text = resources.files("crawler.extract").joinpath("places.txt").read_text("utf-8")
    return frozenset(word for line in text.splitlines() if not line.startswith("#") for word in line.split())


# Every place of places.txt, for datelines (PLACES below leaves out those that are names as often).
_ALL_PLACES = _read_places()
# The same, for the page normaliser's datelines (crawler.normalize): one list, read once.
ALL_PLACES = _ALL_PLACES


# Known surnames: a name glued to its label ("记者王小明") must start with one, where a
# verb or a phrase glued there ("记者反映", "作者本人观点") does not.
SURNAMES, COMPOUND_SURNAMES = _read_surnames()


# The commonest single-character surnames (they cover well over 90% of people):
# a name read from a weak source (an element's class, not a label) must start with one.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)


# A place is the dateline's or a caption's, never a person's name ("记者 刘杰 济南报道", "图：株洲“…").
# Two-character places that start with a common surname and end like a given name (邵阳, 常德,
# 高雄, 安康) are names as often: they stay names.
PLACES = frozenset(
    place
    for place in _read_places()
    if len(place) > 2 or place[0] not in COMMON_SURNAMES or place[1] in "州京津海庆岛门口港"
)


_CJK = "\u4e00-\u9fff"


def surname_first(name: str) -> bool:
    """Tell whether a Chinese name is a known surname and one or two given characters.

    Names in other scripts pass (``泰勒·斯威夫特``, ``Demi Xia``). Pen names and
    forum nicknames (``客家阿妹``) fail, so this is asked only where a phrase is
    likelier than a pen name: a run glued to its label (``记者反映``).
    """
    if not re.fullmatch(rf"[{_CJK}]+", name):
        return True
    if name[:2] in COMPOUND_SURNAMES:
        return 3 <= len(name) <= 4
    return name[0] in SURNAMES and 2 <= len(name) <= 3


# Opening words of Tibetan, Mongolian and Uyghur names written without a surname or a dot
# (次仁卓嘎, 扎西顿珠, 其其格, 乌兰图雅, 阿依古丽): common enough in regional papers' datelines.
_MINORITY_STARTS = frozenset(
    """
    扎西 次仁 格桑 达瓦 尼玛 多吉 旦增 顿珠 卓玛 央金 拉巴 普布 边巴 索朗 洛桑 平措 强巴 白玛 德吉 益西
    仁青 丹增 贡嘎 巴桑 米玛 次旦 加央 群培 曲珍 拉姆 其其 乌兰 斯琴 宝音 那仁 苏和 朝鲁 孟和 哈斯
    乌日 萨仁 娜仁 敖登 巴特 阿依 古丽 买买 艾力 热依 帕提 迪丽 努尔
    """.split()
)


# Openings of Uyghur and Kazakh names in Chinese transliteration, written without a dot (阿不都拉, 伊力哈木,
# 买买提明): no Han surname opens them, and 都 in 阿不都 is no sentence's.
UYGHUR_STARTS = tuple(
    """
    阿不都 阿布都 阿卜杜 阿不力 阿布力 买买提 麦麦提 艾力 艾尔 艾克 吐尔 伊力 依力 阿力 阿里木 热合 玉素 库尔
    沙吾 哈力 木合 亚森 阿迪 帕尔 吾买 肉孜 托合 司马义 努尔 古丽 迪丽 阿依
    """.split()
)


def uyghur_start(name: str) -> bool:
    """Tell whether a name of Han characters opens like a Uyghur or Kazakh one (:data:`UYGHUR_STARTS`)."""
    return name.startswith(UYGHUR_STARTS) and bool(re.fullmatch(rf"[{_CJK}]+", name))


def minority_name(name: str) -> bool:
    """Tell whether a 3-4 character Chinese name opens like a Tibetan, Mongolian or Uyghur name.

    Asked where :func:`surname_first` refuses a run glued to its label
    (``（记者次仁卓嘎）``): these names have no Han surname.
    """
    return 3 <= len(name) <= 4 and name[:2] in _MINORITY_STARTS and bool(re.fullmatch(rf"[{_CJK}]+", name))
