"""Read authors, correspondents, editors, photographers and the credited source from byline text.

News pages print these as labelled runs: ``记者 张三 李四``, ``作者：王五``,
``（记者王小明 通讯员欧阳晓峰、汪芳）``, ``文/陈晓 图/欧阳明亮``, ``新华社记者 才扬 摄``,
``责任编辑：赵六``, ``[责任编辑:肖春芳]``, ``来源：新华网``. The rules are
deliberately narrow (a label, then short name-like tokens) so that body
sentences such as ``经营者告诉半月谈记者，...`` do not yield names, and every
name passes :func:`plausible_name` before it is kept: an archive's byline
field is cited by journalists, so a missing name is better than a junk one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

__all__ = [
    "COMMON_SURNAMES",
    "COMPOUND_SURNAMES",
    "PLACES",
    "SPACED_NAME_GAP",
    "SURNAMES",
    "People",
    "closing_co_writers",
    "find_people",
    "label_like",
    "plausible_name",
    "script_folded",
    "spaced_names",
    "split_names",
    "surname_first",
]

# Words that follow or sit between bylines and must never be taken as names.
_ROLE_WORDS = frozenset(
    """
    记者 通讯员 实习生 见习记者 特约记者 本报记者 首席记者 实习记者 摄影 摄 报道 报导 编辑 责任编辑
    责编 作者 来源 发布 时间 发布时间 校对 审核 审校 监制 出品 制作 图 文 视频 本报 新华社 综合
    整理 编译 评论员 特约评论员 主编 美编 采写 撰文 撰稿 执笔 翻摄 供图 楼主 策划 统筹 设计
    漫画 插图 插画 绘图 制图 手绘 摄像 剪辑 后期 配音 主播 主持 主持人 出镜 翻译 口述 执行 美术 图表 海报
    """.split()
)
# Credits of pictures, not of the text: "李四／漫画" names the cartoonist.
_PICTURE_ROLES = frozenset("漫画 插图 插画 绘图 制图 手绘 图 摄 摄影 图表 海报".split())
# Tokens that look like names by shape but are labels, roles, outlets or filler.
_NOT_NAMES = frozenset(
    """
    表示 女儿 儿子 调查 整合 综合 整理 网络整理 网络 未知 佚名 本站 本网 原创 匿名 单位 出自
    个人观点 观点 分享 编辑 管理员 系统管理员 来源 转载 新闻 客户端 官方 微信 微博 网友 小编 用户
    游客 站长 会员 楼主 版主 作者 记者 通讯员 图片 视频 评论 点击 阅读 浏览 收藏 举报 打印 关闭
    返回 首页 更多 相关 推荐 热门 最新 专栏 栏目 频道 供稿 投稿 来稿 联系 电话 邮箱 地址 声明
    免责声明 版权 所有 本文 全文 原文 原标题 标题 正文 摘要 导读 提示 字体 字号 大中小 默认
    简介 作者简介 介绍 主页 其他 其它 文章 专题 所有 全部 排行 头像 关注 粉丝 私信 认证 等级 签名
    不详 暂无 未署名 无名 某某 本台 本刊 本报讯 特约 独家 首发 授权 出品 出处 信息 资料 图文
    警方 校方 院方 厂方 军方 双方 对方 受访者 实习 编审 值班 总值班 审稿 签发 剪辑 排版 文并
    视觉中国 图虫创意 东方IC 全景视觉 千图网 包图网 摄图网 摄影师 摄像师 设计师 插画师
    今天 昨天 明天 前天 后天 当天 当晚 当日 次日 凌晨 上午 下午 中午 傍晚 晚上 早上 本周 上周 下周 本月
    上月 今年 去年 明年 近日 日前 目前 昨日 今日 同日 近期
    民警 交警 辅警 律师 家属 居民 村民 市民 群众 工作人员 消防员 志愿者 医生 护士 患者 学生 老师 家长 专家
    学者 教授 干部 党员 职工 员工 师生 代表 委员 嫌疑人 当事人 受害人 网民 乘客 司机 业主 商户 店主 老板
    沙发 板凳 地板 精华 马甲 置顶 楼层 工会 妇联 团委 康盛
    央视 央广
    新闻中心 全媒体中心 融媒体中心 新媒体中心 采编中心 编辑中心 新闻部 采访部 总编室
    金融界 南方周末 财新 虎嗅 极客公园 量子位 机器之心 爱范儿 新智元 差评 观察者 界面 财联社 第一财经
    技术支持 技术 网站建设 设计制作 录入 侵删 在线 离线 维护
    """.split()
)
# Endings of outlets and channels, not people ("央视新闻", "人民日报", "澎湃号").
OUTLET_ENDINGS = tuple(
    """
    网 报 社 台 号 新闻 日报 晚报 时报 周刊 在线 频道 客户端 网站 电视台 广播 传媒 媒体 资讯 快讯 头条
    科技 财经 视频 官微 发布 杂志 出版社
    """.split()
)
# Characters that do not occur in personal names but do in sentences ("记者会上表示").
_SENTENCE_CHARS = frozenset("的了是们这那说么吗呢啊吧着过被把给跟将就都也还又很最更已及或等称问答讯电您")
_NAME_ENDINGS = (
    *("表示", "介绍", "指出", "认为", "透露", "报道", "获悉", "了解", "说", "称", "称号"),
    # Verbs glued after 记者 whose first character is a surname: "得知记者来采访".
    *("采访", "调查", "走访", "暗访", "探访", "核实", "证实", "发现", "看到", "查询到", "注意到", "了解到"),
    # A bio's copula glued after the name: "（本文作者王婷系临江大学教授）" (no name ends in 系).
    "系",
)
# Parts of page furniture and labels that occur in no personal name ("分享到", "返回顶部",
# "网友投稿", "浏览次数", "转自"), and honorifics that stand for a name without giving it.
_LABEL_PARTS = tuple(
    """
    投稿 转载 评论 分享 阅读 返回 顶部 上一篇 下一篇 打印 关闭 收藏 字体 字号 浏览 次数 标签 关键词
    审核 发布 网友 读者 编辑部 供稿 窗口 本页 本文 全文 网络 匿名 客户端 公众号 豆瓣 微博 微信 头条
    百家号 转自 摘自 选自 来自 登录 注册 评论员
    观点 参考 链接 二维码 扫码 扫一扫 点赞 纠错 手机 会员 论坛 发言 版块 帖子 楼层 积分 签到 下载 朋友圈
    抖音 快手 知乎 小红书 查看 关注 点击 回复 转发 新手 看点 政府 融媒 原创 澎湃号 头条号 企鹅号 大鱼号
    作者 编者 详见 详情 技术支持 网站建设 侵删 特约 本网
    """.split()
)
_HONORIFICS: tuple[str, ...] = ("先生", "女士", "老师", "小姐", "同学")
# ... and titles after a surname ("作者：王医生", "张警官"): a person the credit does not name (a
# nickname may end so: 老钱师傅, so 师傅 is left).
_HONORIFICS += ("医生", "大夫", "律师", "警官", "主任", "书记", "局长", "院长", "校长", "经理")


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
# An author credited as a body ("作者：医技药剂党支部") rather than a person.
_INSTITUTION_ENDINGS = (
    "党支部",
    "支部",
    "党委",
    "办公室",
    "委员会",
    "研究院",
    "研究所",
    "研究中心",
    "中心",
    "课题组",
    "编辑部",
    "评论员",
    "工作室",
    "协会",
    "学会",
    "局",
    "厅",
    "处",
    "科",
    "站",
    "所",
    "院",
    "馆",
    "队",
    "组",
)
# The endings above that no personal name has ("驿站" ends in 站, "新闻中心" in 中心).
_BODY_ENDINGS = tuple(ending for ending in _INSTITUTION_ENDINGS if len(ending) > 1)
# Last characters of bodies no personal name ends in (市委, 宣传部, 公安局, 办公厅, 新闻办, 交警大队) ...
_BODY_LAST = frozenset("委局部厅办队")
# ... and those a two-character name may end in but a longer one hardly (派出所, 检察院); 会 and 联
# end given names too (王忠会, 张国联): only 委会 (居委会) counts.
_BODY_LAST_LONG = frozenset("所站处院馆")
# Words of bodies' names that no personal name holds.
_BODY_PARTS = (
    *("大学", "中学", "小学", "学校", "公司", "集团", "银行", "医院", "法院", "政府", "协会"),
    *("乡镇", "街道", "社区"),  # "文字、图片：各乡镇（街道）": the townships, no writer
    *("妇联", "科协", "工会", "文联", "侨联", "残联", "团委"),  # "作者：区妇联", "作者：市科协"
)
# A city's, county's or town's name, or a body of one ("江城市", "城关镇", "市总工会"): no
# surname is 市, 县 or 省, and no personal name ends in them.
_ADMIN_FIRST = frozenset("市县省")
_ADMIN_LAST = frozenset("市县")
# A town's: a place the dictionary knows, then 镇 or 乡 ("城关镇"; 张晓镇 is a name).
_TOWN_LAST = frozenset("镇乡")

# Endings of self-media accounts credited as editors ("职工之家", "南宁城事"), not people.
_ACCOUNT_ENDINGS: tuple[str, ...] = ("之家", "城事", "时空", "观察", "生活")
# ... and government accounts, named by their place and their field ("临江教育", "东州文旅", "平安临江").
_ACCOUNT_ENDINGS += tuple("教育 文旅 旅游 交警 公安 卫健 应急 税务 消防 人社 医保 政务 检察 司法".split())
_ACCOUNT_STARTS = ("平安",)
# ASCII words that turn up where a name was expected: attribute values, URL
# parts, placeholders, software credits.
_ASCII_JUNK = frozenset(
    """
    name email mail author authors admin administrator editor editors by http https www com cn net org html
    htm the staff reports report team desk newsroom wire wires agency press people business contributor
    contributors
    correspondent editorial reuters xinhua afp ap cnn bbc cctv cgtn
    share facebook twitter weibo wechat weixin qq null none undefined true false content text default
    powered discuz phpwind wordpress dedecms empirecms phpcms joomla drupal copyright rights reserved
    system root guest anonymous unknown user test index home news source
    pixabay unsplash pexels shutterstock gettyimages getty istock istockphoto dreamstime vcg visualchina
    class href src style target blank nofollow noopener noreferrer title alt rel div span img iframe script
    inherit auto left right center top bottom hidden visible width height color font bold normal italic
    php asp aspx jsp shtml cgi json xml rss atom feed url javascript void
    instagram youtube tiktok linkedin telegram whatsapp reddit tumblr pinterest plurk line douyin zhihu
    comsenz vbulletin phpbb mybb xenforo dvbbs leadbbs typecho zblog emlog webmaster sysop moderator
    theme themes designed design designer template skin
    """.split()
)
_CJK = "\u4e00-\u9fff"
_NAME = rf"[{_CJK}·•]{{2,14}}|[A-Za-z][A-Za-z.\-']*(?: [A-Z][A-Za-z.\-']*){{0,2}}(?![0-9_A-Za-z@{_CJK}])"
_NAMES = rf"(?:{_NAME})(?:[ \u3000\t、，,/|]+(?:{_NAME}))*"
_SEP = r"\s*[:：︱|]?\s*"
# One label pattern per role. Lookbehinds keep sentences out: "告诉记者", "原作者".
_AUTHOR_LABEL = (
    r"(?<![告诉对向给据跟在接受让与和及被])(?:本报|特约|见习|首席|实习)?记者"
    rf"|(?<![原该其本的工著操创合写劳影])作者|撰文|采写|撰稿人?|执笔人?"
    rf"|(?<![{_CJK}])文\s*[、/／]\s*图(?=\s*[/:：︱|／])"
    rf"|(?<![{_CJK}])文(?=\s*[/:：︱|／])|楼主(?=\s*[:：])"
    # "特约评论员 张文静": an outside writer's byline, as 特约记者 is (a staff commentary's
    # "（评论员 罗博 萧海川）" the dev set reads as no writer's credit);
    # "图文/王婷", "文并摄/王婷": the text and its pictures.
    r"|(?<![告诉对向给据跟在接受让与和及被])(?:本报|本台|本刊)?特约评论员"
    rf"|(?<![{_CJK}])(?:图文|文并摄|文并图)(?=\s*[/:：︱|／])"
    # "文字 葉德正　攝影 黃柏翰", "文字/汤君芳", "文字&图片 / 刘青": the text's credit
    # (文字编辑 is an editor).
    rf"|(?<![{_CJK}])文字(?:\s*[&＆、]\s*图片)?(?=\s*[/:：︱|／]|[ \u3000]+[{_CJK}]{{2,4}}(?:[ \u3000]|$))"
    # "本文转自江城日报，原作者：王晓峰": a repost's credit of the writer (with its colon only:
    # "原作者的观点" is prose).
    r"|原作者(?=\s*[:：])"
)
_LABEL_ALTERNATIVES = (
    rf"(?P<author>{_AUTHOR_LABEL})"
    r"|(?P<correspondent>通讯员|实习生)"
    # 审核 and 美编 credit the page's editing staff ("编辑：X　审核：Y", "本版编辑 X　美编 Y"); a
    # proofreader (校对) is no editor.
    r"|(?P<editor>(?:责任编辑|责编|编辑|审核|审校|美编)(?=\s*[:：︱|/／]|\s+[\u4e00-\u9fff]{2,4}(?:\s|$|[)）】\]])))"
    # "图片/林春燕": the pictures' credit, as 图/ is.
    rf"|(?P<photographer>摄影(?:作者)?(?![师家])|(?<![{_CJK}])图片?(?=\s*[/:：︱|／]))"
)
# The first characters of the labels above. Looked ahead for first, they let every other position
# of the text fail at once instead of trying each label and its lookbehinds there: a tenth of the
# time, for the same matches (tests/test_extract_people.py compares them).
LABEL_STARTS = "本特见首实记作撰采执文楼通责编摄图评原审美"
_LABELS = re.compile(rf"(?=[{LABEL_STARTS}])(?:{_LABEL_ALTERNATIVES})")
# "王瑞锋 摄影／新京报记者 尹亚飞": 摄影 followed by a separator labels the next credit.
_PHOTO_AFTER = re.compile(
    r"^\s*(?:摄影(?![师家])|翻摄|摄|供图)(?![\u4e00-\u9fff]|\s*[/／:：︱|])"
    # "新华社记者 方喆 摄这是航拍的…": the credit, then the next picture's caption.
    r"|^\s+摄(?![影制像氏])"
    # "澎湃新闻记者 谭君 图12月17日，…": 图 after a spaced name, then a new line's text or digits.
    # ("文 | 张三 图 | 李四": 图 before a separator labels the next credit).
    r"|^\s+图(?=[\s\d（(]|$)(?!\s*[/／:：︱|])"
    # "澎湃新闻记者 朱安足图 安政军…": 图 glued after a three-character name, then a space.
    r"|^图(?=\s)(?!\s*[/／:：︱|])"
)
_SOURCE = re.compile(r"(?:稿件来源|来源于|来源|来自)\s*[:：]\s*(?P<name>[^\s:：|()（）\[\]【】<>]{2,20})")
# "记者了解到..." is a sentence, not a byline: these start verbs and adverbs.
_NOT_NAME_STARTS = tuple(
    """
    了解 获悉 注意 看到 发现 采访 从 在 到 来到 走进 随 日前 近日
    昨 今 获 同 与 和 的 们 一 这 那 是 对 就 会 问 调查 证实 走访 联系 致电
    探访 暗访 实地 前往 赶到 跟随 再次 多次 随后 连线 核实 拨打 查阅 观察 梳理 统计 得知 获知 进入 回访
    追踪 现场 随机
    """.split()
)
# Prose about reporters, not a byline: a byline's 记者 opens its line or clause, at most after the
# outlet ("新京报记者 X", "电（记者 X"); these words earlier in the same clause make it a sentence
# ("据新京报记者李华，", "资深记者章文，", "我是新京报的记者刘昀，", "威胁行人及记者安全").
# Any mark or space ends a clause ("视频 晶报记者 谢敏", "新闻>>记者蒋龙龙", "报道▼g4小记者 郭倚涵").
# ... and so does another credit's label: "通讯员向阳记者李四" is one byline, 向 a name's surname.
_CLAUSE_START = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|记者|通讯员|实习生|作者|编辑|摄影")
_PROSE_BEFORE = re.compile(
    r"据|的|告诉|资深|知名|著名|当地|该报|这名|这位|那名|那位|一名|一位|多名|几名|随行|接受|威胁|对于|向|对|以及"
)


def _in_sentence(text: str, at: int) -> bool:
    """Tell whether the role label starting at ``at`` sits inside a sentence rather than opening a byline."""
    # Only the dozen characters before it: an outlet with its place and date is no longer, while a
    # headline run on into its byline can be ("…问题有答案了别随便把暖气片改成地暖记者蒋龙龙").
    near = max(at - 12, 0)
    start = max((m.end() for m in _CLAUSE_START.finditer(text, near, at)), default=near)
    return bool(_PROSE_BEFORE.search(text, start, at))


_LEADING = re.compile(rf"^[{_CJK}]{{0,6}}?(?:本报|特约|见习|首席|实习)?(?:记者|通讯员|实习生)")
_TRAILING = re.compile(
    r"(?:报道|报导|摄影|翻摄|摄|供图|编辑|通讯员|实习生|整理|整合|综合|发自.*|时间|日期|来源|浏览|点击|阅读)$"
)
# 网易 appends staff codes to editor names: "杨倩_NF4425".
_STAFF_CODE = re.compile(r"_[A-Za-z]{1,4}\d{2,}$")


_GAP = r"[ \u3000?]+"
_SPACED_LABEL = re.compile(
    "|".join(_GAP.join(label) for label in ("记者", "作者", "编辑", "责编", "审核", "校对", "摄影", "监制"))
    + rf"|通{_GAP}讯{_GAP}员"
)
# A two-character name padded to a three-character one's width in a credit (记者 王　强, 通讯员 谢 娟、X,
# 文/张 风): one space, a full-width space or two spaces between surname and given name.
SPACED_NAME_GAP = re.compile("\u3000| {1,2}")
# One-character role words (文/图 before names, 摄/文/图 after them): read as roles at a run's ends.
_ONE_CHARACTER_ROLES = frozenset("文图摄")
_SPACED_RUN = re.compile(
    rf"(?<=[:：︱|/／\s、，,])[{_CJK}](?:(?:{SPACED_NAME_GAP.pattern})[{_CJK}])+(?=$|[\s)）】\],，、;；/／])"
)

# "记者 欧阳 晓峰": a compound surname spaced from its given name (a column's spacing) is one name,
# not two; a compound surname alone is nobody's whole name.
_SPACED_COMPOUND = re.compile(
    rf"(?<=[:：︱|/／\s])({'|'.join(sorted(COMPOUND_SURNAMES))})[ \u3000]+"
    rf"([{_CJK}]{{1,2}})(?=$|[\s)）】\],，、;；])"
)


def spaced_names(chars: list[str]) -> list[str] | None:
    """Read a run of single characters set apart by spaces in a credit as two-character names.

    ``王 强 李 明`` -> ``王强 李明``: every pair must start with a common surname. A one-character role
    word at an end stays a role (``文 王 强``, ``王 强 摄``) unless only its reading as a given name
    pairs every character (``王 文``). Any other run is refused (None): in ``王 李 明`` or ``王 李明``
    which characters go together is unknown, and a wrong name is worse than none.
    """
    for lead, end in ((1, 1), (1, 0), (0, 1), (0, 0)):
        if (lead and chars[0] not in _ONE_CHARACTER_ROLES) or (end and chars[-1] not in _ONE_CHARACTER_ROLES):
            continue
        middle = chars[lead : len(chars) - end]
        if not middle or len(middle) % 2:
            continue
        pairs = [middle[i] + middle[i + 1] for i in range(0, len(middle), 2)]
        if all(p[0] in COMMON_SURNAMES and not set(p) <= _ONE_CHARACTER_ROLES for p in pairs):
            return chars[:lead] + pairs + chars[len(chars) - end :]
    return None


def _join_spaced_run(match: re.Match[str]) -> str:
    """Join a spaced run's two-character names (see :func:`spaced_names`), or leave it as printed."""
    names = spaced_names(SPACED_NAME_GAP.split(match.group(0)))
    return match.group(0) if names is None else " ".join(names)


@dataclass
class People:
    """Names found in a byline zone, by role."""

    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source_name: str = ""
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)


def plausible_name(name: str, *, institution: bool = False) -> bool:
    """Tell whether ``name`` can be a person's name (or, with ``institution``, a body's).

    Chinese names are 2-4 characters (a compound surname plus two); names
    with ``·`` are transliterations and may be longer. ASCII names are words
    of letters (``Demi Xia``, a pen name like ``kingname``), never attribute
    words, URL parts or anything with digits. Labels, outlets and filler
    words are refused.
    """
    name = script_folded(name.strip())  # 劉德華, 聯合報: the rules below are in simplified script
    if (
        not name
        or name in _NOT_NAMES
        or name in _ROLE_WORDS
        or name in PLACES
        or any(c.isdigit() for c in name)
    ):
        return False
    if re.fullmatch(r"[A-Za-z][A-Za-z.\-' ]*", name):
        words = name.lower().replace(".", " ").replace("-", " ").split()
        if len(words) == 1 and name.isupper() and len(name) <= 4:
            return False  # an acronym: an outlet (CNN) or a credential (RDN)
        if len(set(name.lower())) == 1:
            return False  # a placeholder: "作者：xxx"
        return len(name) >= 3 and not any(w in _ASCII_JUNK for w in words) and len(words) <= 3
    if not re.fullmatch(rf"[{_CJK}·•]+", name) or name.startswith(_NOT_NAME_STARTS):
        return False
    if any(c in _SENTENCE_CHARS for c in name) or name.endswith(_NAME_ENDINGS):
        return False
    if any(part in name for part in _LABEL_PARTS) or name.endswith(_HONORIFICS) or "某" in name[1:]:
        return False  # ... and "唐某", "张某某": a person the text does not name
    if "·" in name or "•" in name:
        # A transliteration's parts are short ("凯文·卡特"); "张晓敏博州美丽·因为有你博州" runs into text.
        # "滕州日报·看度新闻", "齐鲁晚报·齐鲁壹点": a paper and its app (or section), not a person.
        parts = re.split("[·•]", name)
        return (
            3 <= len(name) <= 15
            and all(1 <= len(part) <= 6 for part in parts)
            and not any(len(part) >= 3 and part.endswith(OUTLET_ENDINGS) for part in parts)
        )
    if institution and 4 <= len(name) <= 14 and name.endswith(_INSTITUTION_ENDINGS):
        return True
    if (
        name.endswith(_BODY_ENDINGS)
        or name[-1] in _BODY_LAST
        or (len(name) >= 3 and (name[-1] in _BODY_LAST_LONG or name.endswith("委会")))
    ):
        return False  # "编辑：办公室", "作者：宣传部": a body (or a piece of one) where a person was expected
    if any(part in name for part in _BODY_PARTS):
        return False  # "作者：\n武汉大学2010年…": a body's name (or a headline's first words), not a person
    if _everyday_word(name) or _common_verb(name):
        return False  # "薇安，世界500强", "作者：教师": a common word, no surname; "记者解释": a verb
    if len(name) >= 3 and (name[0] in _ADMIN_FIRST or name[-1] in _ADMIN_LAST or _town(name)):
        return False  # "江城市", "城关镇", "市总工会": a place or a body of one, no person
    if len(name) == 4 and name.startswith(_ACCOUNT_STARTS):
        return False  # "平安临江": a police account
    return 2 <= len(name) <= 4 and not name.endswith(OUTLET_ENDINGS) and not name.endswith(_ACCOUNT_ENDINGS)


def _town(name: str) -> bool:
    """Tell whether a name is a place the dictionary knows and 镇 or 乡 (城关镇, 长安镇)."""
    if name[-1] not in _TOWN_LAST:
        return False
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(name[:-1])
    return entry is not None and entry[1] == "ns"


def label_like(text: str) -> bool:
    """Tell whether a nickname-length text (2-8 characters) is a label, a role, a place or page furniture.

    For sources weaker than a byline, where a nickname may stand for a name
    (a forum post header's poster): 只看楼主, 电梯直达, 注册会员, 新手上路, 分享到.
    """
    return (
        text in _NOT_NAMES
        or text in _ROLE_WORDS
        or text in PLACES
        or any(part in text for part in _LABEL_PARTS)
        or any(part in text for part in _FORUM_PARTS)
        or text.endswith(_BODY_ENDINGS)
        or text[-1:] in _BODY_LAST
    )


# Forum furniture in a post header: levels, modes, buttons.
_FORUM_PARTS = (
    "版主",
    "元老",
    "直达",
    "楼主",
    "模式",
    "倒序",
    "只看",
    "用户组",
    "发帖",
    "主题",
    "积分",
    "在线",
)


def _everyday_word(name: str) -> bool:
    """Tell whether a 2-3 character name without a common surname is an everyday word (世界, 教师, 校长).

    Pen names pass (念一, 山野, 大海: rare in the dictionary), and so do names
    that are also words but start with a common surname (高峰, 文静, 夏天).
    """
    if not 2 <= len(name) <= 3 or name[0] in COMMON_SURNAMES or name[:2] in COMPOUND_SURNAMES:
        return False
    from crawler.normalize.segment import common_word  # reads jieba's dictionary once, on first use

    return common_word(name)


def _common_verb(name: str) -> bool:
    """Tell whether a two-character name is a verb or place common in the dictionary (解释, 查看, 南京).

    A verb glued after 记者 reads as surname + given name when its first
    character is a surname (解, 查, 包, 简); the dictionary knows it as a verb
    seen 1,000 times or more, or 100 times without a common surname (锁定
    386). Names that are also rarer verbs stay (周到 443).
    """
    if len(name) != 2:
        return False
    from crawler.normalize.segment import dictionary_entry  # reads jieba's dictionary once, on first use

    entry = dictionary_entry(name)
    if entry is None:
        return False
    if entry[1].startswith("v") and entry[0] >= 100 and name[0] not in COMMON_SURNAMES:
        return True  # "编辑 锁定 讨论": a rarer verb, and no common surname to make it a name
    # A place seen as often is no name either (南京, 杭州, 中山; 白马 706 stays).
    return entry[0] >= 1000 and (entry[1].startswith("v") or entry[1] == "ns")


def _place_tail(token: str) -> str:
    """Cut a place glued after a name (``张迪中国2月9日电``: the next article's dateline) -> ``张迪``.

    The last two characters must be a place the dictionary knows well
    (tagged ``ns``, seen 1,000 times or more) and what stands before them a
    surname-first name of two or three characters.
    """
    if not 4 <= len(token) <= 5 or not re.fullmatch(rf"[{_CJK}]+", token):
        return token
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(token[-2:])
    head = token[:-2]
    if entry is not None and entry[1] == "ns" and entry[0] >= 1000 and surname_first(head):
        return head
    return token


def _text_word(token: str) -> bool:
    """Tell whether a token spaced after a byline's names is a word of text (篮球, 今年), not another name.

    A dictionary word that opens with no surname and is not tagged as a
    person's name: a byline printed above the text, its paragraph break lost,
    runs on into the text's first word. Pen names spaced after a writer's
    name are rare; a surname-first word (高峰, 文静) stays a name.
    """
    if surname_first(token) or not 2 <= len(token) <= 3:
        return False
    if len(token) == 3:
        from crawler.normalize.segment import common_word

        return common_word(token)
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(token)
    return entry is not None and not entry[1].startswith("nr")


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


def _and_split(token: str) -> list[str]:
    """Split ``张三和李四`` (two names joined by 和) but not ``王和平`` (one name)."""
    match = re.fullmatch(rf"([{_CJK}]{{2,4}})和([{_CJK}]{{2,4}})", token)
    if match and len(token) >= 5:
        return [match.group(1), match.group(2)]
    return [token]


def _clean(token: str) -> str:
    return _TRAILING.sub("", _LEADING.sub("", _STAFF_CODE.sub("", token.strip("·• "))))


# A role, the next field or the text's first words glued after a name end the name: "周惠琼通讯员马超",
# "刘帅本报记者刘红杰", "贾曼曼责编：李四", "王蓉视频来源：腾讯", "蒋涛本期编辑：张枢芳", "朱翰霖返回搜狐",
# "匡峰流程编辑：孙昱杰", "文｜李玲编｜杨舒芳" (编, 文, 图 and 摄 alone only before a separator),
# "建国图片来源", "王威近日，浙江省...".
_GLUED_ROLE = re.compile(
    r"(?:本报|特约|见习|首席|实习)记者|通讯员|实习生|摄影|责任编辑|责编|总监制|总编辑|总编"
    r"|(?:流程|值班|实习|执行|文字|文案|图文|美术|本期)?编辑|编审|审核|校对|监制|制图|策划|校正|推广"
    r"|图片|供图|[图编文摄](?=\s*[/／:：|])|视频|来源|原标题|返回|本文|本期|正文|总值班"
    r"|近日|日前|昨日|今日|昨天|今天|近期"
)
# "（文/图李贞贞、林雪英）": a photo label glued before a surname-first name ("摄倪海真（左）"
# is the caption after a photo credit, not a label).
_GLUED_LABEL = re.compile(r"^图(?=[\u4e00-\u9fff]{2,4}$)")


# Last characters of bodies (银监会, 公安局, 宣传部), rare as the last character of a name.
_BODY_ENDS = frozenset("会局部委厅办")


def _glued_pair(token: str) -> list[str]:
    """Split two names printed without a separator (``董璐王仁贵``) when only one cut makes two names.

    Only 5-6 characters without a compound surname, and the second name must
    start with a common surname: ``王洪春康佳`` -> 王洪春, 康佳; a run that can be
    cut two ways is left alone (no name beats a wrong one).
    """
    if not 5 <= len(token) <= 6 or token[:2] in COMPOUND_SURNAMES:
        return []
    cuts = [
        [token[:cut], token[cut:]]
        for cut in (2, 3)
        if 2 <= len(token) - cut <= 3
        and token[0] in COMMON_SURNAMES
        and token[cut] in COMMON_SURNAMES
        and token[-1] not in _BODY_ENDS  # "王培成银监会": a name and a body
        and all(plausible_name(piece) for piece in (token[:cut], token[cut:]))
        and not _word_not_name(token[cut:])  # "宋均益国庆 10.1": a name, then the text's 国庆
    ]
    return cuts[0] if len(cuts) == 1 else []


def _word_not_name(piece: str) -> bool:
    """Tell whether a two-character piece is a word the dictionary knows well and not as a name (国庆)."""
    if len(piece) != 2:
        return False
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(piece)
    return entry is not None and entry[0] >= 100 and not entry[1].startswith("nr")


# Where an author's affiliation or title ends the credit: "作者：方敏北京大学经济学院教授".
_AFFILIATION_END = re.compile(
    r"(?:大学|学院|研究院|研究所|研究中心|科学院|社科院|党校|报社|杂志社|出版社|公司|集团|银行|医院|学校|中学"
    r"|委员会|政府|法院|检察院|事务所|协会|学会|基金会|中心|教授|研究员|博士|博士生|讲师|律师|主任|院长|校长"
    r"|会长|理事|董事长|总经理|总裁|专家|学者|主编|编审)$"
)


def _affiliated_name(token: str) -> str:
    """Return the name at the head of ``张三 + affiliation`` printed as one run, or ``""``.

    ``方敏北京大学经济学院教授`` -> 方敏. The run must end in an institution or a
    title, and the name must end where the segmenter ends a word (方敏|北京大学,
    not 方敏北|京大学) with exactly one surname-first cut of 2-4 characters: a
    run that can be cut two ways, or a phrase, gives no name.
    """
    if len(token) < 5 or not _AFFILIATION_END.search(token) or not re.fullmatch(rf"[{_CJK}]+", token):
        return ""
    from indexer.analysis import query_words  # the index's segmenter door: it folds before it cuts

    ends, at = set(), 0
    for word in query_words(token):
        at += len(word)
        ends.add(at)
    cuts = [
        cut
        for cut in (2, 3, 4)
        if cut in ends
        and surname_first(token[:cut])
        and plausible_name(token[:cut])
        and len(token) - cut >= 3
    ]
    return token[: cuts[0]] if len(cuts) == 1 else ""


# How a dateline's place ends: "济南报道", and in Taiwan's spelling "台北報導" (folded: 台北报导).
_REPORTED = ("报道", "报导")


def split_names(text: str, *, institution: bool = False) -> list[str]:
    """Split a run of names (``张三 李四、王五``, ``张三和李四``) into clean, de-duplicated names.

    Reading stops at a role word (the next byline starts) or at a token that is
    no name. After the first name, a token separated only by a space must be
    at most three characters (four with a compound surname): that is where
    bylines run into body text.
    """
    names: list[str] = []
    after_label = False
    # "Demi Xia" is one name: a space between capitalised ASCII words does not separate.
    text = re.sub(r"(?<=[A-Za-z]) (?=[A-Z][a-z])", "\x00", text.strip())
    parts = re.split(r"([ \u3000\t、，,/|]+)", text)
    for index in range(0, len(parts), 2):
        raw = parts[index].strip("·• ").replace("\x00", " ")
        if raw in _ROLE_WORDS:
            if names:
                break
            after_label = True
            continue
        spaced = index > 0 and not re.search(r"[、，,/|]", parts[index - 1])
        if _GLUED_LABEL.match(raw) and surname_first(raw[1:]):
            raw = raw[1:]
        after = parts[index + 1] if index + 1 < len(parts) else ""
        if names and re.search(r"[/／|]", after) and index + 2 < len(parts):
            if parts[index + 2].strip() in _PICTURE_ROLES:
                break  # "记者 张三 李四／漫画": 李四 drew the cartoon
        if len(raw) == 4 and raw.endswith("图") and not after.strip() and surname_first(raw[:3]):
            # "朱安足图 安政军…": a photo credit (see _PHOTO_AFTER); four-character names rarely end in 图.
            raw = raw[:3]
        # The separator after the token shows a one-character role: "李玲编|杨舒芳".
        glued = _GLUED_ROLE.search(raw + (parts[index + 1] if index + 1 < len(parts) else ""), 2)
        if glued and glued.start() < len(raw):
            head = raw[: glued.start()]
            body = institution and not names and head.endswith(_BODY_ENDINGS)
            if (plausible_name(head) and surname_first(head)) or (
                body and plausible_name(head, institution=True)
            ):
                names.extend(n for n in [head] if n not in names)
            # Otherwise a phrase or a pen name runs into the field ("建国图片来源"): no name.
            break
        if raw.endswith(("记者", "通讯员", "实习生")) and raw not in names:
            stem = re.sub(r"(?:记者|通讯员|实习生)$", "", raw)
            if not names and after_label and 2 <= len(stem) <= 3 and stem[0] in COMMON_SURNAMES:
                # "文/羊城派记者 林园记者2日从...": the name, then the text's own 记者.
                if plausible_name(stem):
                    names.append(stem)
                break
            # "南都记者 余毅菁": an outlet's label, not a name.
            if names:
                break
            after_label = True
            continue
        if names and _LEADING.match(raw):
            break  # "王小明 通讯员欧阳晓峰": the next byline starts
        if names and raw.startswith("摄") and spaced:
            break  # "记者 黄克 梁凯昌 摄期间，…": the photo credit, then the caption's next words
        if names and raw.endswith(_REPORTED):
            break  # "记者 刘杰 济南报道", "記者 郭寧、程功 / 台北報導": the dateline's place
        name = _place_tail(_clean(raw))
        if (not name or name in _ROLE_WORDS) and not names:
            continue  # a leading label: "本报记者 李明"
        if name in _ROLE_WORDS or name.endswith(("讯", "电")):
            break
        cjk = bool(re.fullmatch(rf"[{_CJK}]+", name))
        limit = 4 if name[:2] in COMPOUND_SURNAMES else 3
        if cjk and spaced and names and (len(name) > limit or _text_word(name)):
            break  # "通讯员 肖志刚 篮球1v1单挑…": the byline ran on into the next paragraph's first word
        pieces = _and_split(name) if cjk else [name]
        if cjk and not names and len(pieces) == 1:
            pieces = _glued_pair(name) or pieces
        if institution and not names and not plausible_name(name, institution=True):
            # "作者：方敏北京大学经济学院教授": the author, then where he works.
            pieces = [affiliated] if (affiliated := _affiliated_name(name)) else pieces
        if not all(plausible_name(p, institution=institution and not names) for p in pieces):
            break
        for piece in pieces:
            if piece not in names:
                names.append(piece)
    return names


# Writers credited by bare names in brackets right after a dateline: "扬州网讯(吴生锋邹平)",
# "中新网南京7月23日电(唐娟)". (A bracketed name closing a text is left alone: the dev set's
# annotators read "…举行。（张巨峰）" on a government page as no writer's credit.)
_BARE_AFTER_DATELINE = re.compile(r"(?<=[讯电])\s*[（(](?P<inner>[^（）()\n]{2,24})[)）]")
_BARE_STOP = re.compile(r"通讯员|实习生|记者|编辑|摄影|摄|图")


# Last characters of a unit's name (刑庭, 宣传科, 政治处, 办公室, 县委宣传部) that names hardly end in.
_UNIT_LAST = _BODY_LAST | _BODY_LAST_LONG | frozenset("庭科室股")


def _unit_word(token: str) -> bool:
    """Tell whether a bracketed credit's first word is a unit (``刑庭``, ``宣传科``) rather than a name."""
    if len(token) < 2 or token[-1] not in _UNIT_LAST:
        return False
    # 县委宣传部, 公安局: no name ends so; 医务科, 刑庭, 政治处 when no surname opens them (王建科 is a name).
    long_body = len(token) >= 3 and token[-1] in _BODY_LAST
    return long_body or not surname_first(token)


def _bare_names(inner: str) -> list[str]:
    """Return the names of a bracketed credit up to its first role label, when every token is a name."""
    role = _BARE_STOP.search(inner)
    lead = inner[: role.start()] if role else inner
    if role and role.group(0) in ("摄", "摄影", "图") and lead == lead.rstrip():
        return []  # "(刘通摄)": the photographer's credit
    if role and role.group(0) not in ("通讯员", "实习生"):
        # "(沈骏鹏记者郑铁峰)": names before the reporter's label are the correspondents, unlabelled;
        # before 通讯员 they are the reporters ("（尹安学 通讯员杨晨）").
        return []
    lead = lead.strip()
    if not lead or not re.fullmatch(rf"[{_CJK}]+(?:[ \u3000、，,]+[{_CJK}]+)*", lead):
        return []
    tokens = re.split(r"[ \u3000、，,]+", lead)
    if len(tokens) >= 2 and _unit_word(tokens[0]):
        # "(刑庭 廖世杰)", "(县委宣传部 王晓东)": the writer's unit, then the writer.
        tokens = tokens[1:]
        lead = " ".join(tokens)
    names = split_names(lead)
    if len(names) < len(tokens) or not all(surname_first(n) and plausible_name(n) for n in names):
        return []  # "(本报综合)", "(资料图片)", "(中新网)": no names
    return names


def _credit_follows(after: str) -> bool:
    """Tell whether a picture role is followed by the name it labels (``攝影 梁晨 報導``), not by text."""
    match = re.match(rf"[ \u3000]*[:：]?[ \u3000]*([{_CJK}]{{2,4}})(?=$|[\s/／、，,)）】〕])", after)
    return bool(match and surname_first(match.group(1)) and plausible_name(match.group(1)))


# CNA's dateline glues the reporter's name to the place: "（中央社記者王小明台北7日電）", "…華盛頓6日專電）",
# the last of several: "（中央社記者蘇郁婷、江明珠台中9日電）".
_GLUED_DATELINE = re.compile(
    rf"(?<=记者)(?P<lead>(?:[{_CJK}]{{2,4}}[、，,])*)(?P<run>[{_CJK}]{{4,10}})(?=\d{{1,2}}日专?电)"
)


def _known_place(word: str) -> bool:
    """Tell whether a word is a place a dateline prints: in ``places.txt`` or a place in the dictionary."""
    if word in _ALL_PLACES:
        return True
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(word)
    return entry is not None and entry[1] == "ns"


def _cut_dateline_place(match: re.Match[str]) -> str:
    """Set a dateline's place off the name glued before it (``王小明台北`` -> ``王小明，台北``).

    Only a run with exactly one cut into a surname-first name and a known place.
    """
    run = match.group("run")
    cuts = [
        cut
        for cut in (2, 3, 4)
        if len(run) - cut >= 2
        and surname_first(run[:cut])
        and plausible_name(run[:cut])
        and _known_place(run[cut:])
    ]
    lead = match.group("lead")
    return f"{lead}{run[: cuts[0]]}，{run[cuts[0] :]}" if len(cuts) == 1 else lead + run


# A writer's credit closing a Taiwan report: "（司馬文靜／台北報導）" (folded: 报导), names then place.
_NAMES_PLACE_REPORTED = re.compile(
    rf"[（(〔]\s*(?P<inner>[{_CJK}][{_CJK} \u3000、，,]{{1,20}}?)\s*[／/]\s*[{_CJK}]{{2,6}}报[导道]\s*[)）〕]"
)


# ... and with the outlet first, the names spaced from the place: "（民視新聞／張雅婷、陳怡君 台北報導）".
_OUTLET_NAMES_REPORTED = re.compile(
    rf"[（(〔]\s*(?P<outlet>[{_CJK}A-Za-z]{{2,10}})\s*[／/]\s*(?P<inner>[{_CJK}][{_CJK}、，,]{{1,20}}?)"
    rf"[ \u3000]+[{_CJK}]{{2,6}}报[导道]\s*[)）〕]"
)


def _reported_names(inner: str) -> list[str]:
    """Return the names of a ``（names／place報導）`` credit when every token is a surname-first name."""
    tokens = [t for t in re.split(r"[ \u3000、，,]+", inner.strip()) if t]
    names = split_names(inner)
    if len(names) != len(tokens) or not all(surname_first(n) and plausible_name(n) for n in names):
        return []
    return names


# A bracketed list after a text's last sentence: "…（姚玉光、許峰 馬訓標）返回搜狐",
# "…(李甜賀嬌嬌)編輯:李思科".
_CLOSING_BRACKET = re.compile(
    rf"[（(](?P<inner>[{_CJK}][{_CJK} \u3000、，,/／]{{1,24}})[)）](?=[^。！？!?（(]*$)"
)


def closing_co_writers(texts: list[str], authors: list[str]) -> list[str]:
    """Return the other names of a bracketed list closing a text that repeats a credited writer.

    A bare ``（张巨峰）`` closing a text is left alone (the dev set reads none there),
    but ``（姚玉光、許峰 馬訓標）`` under a byline crediting 姚玉光 names his co-writers:
    every token must be a surname-first name (two glued ones split as :func:`_glued_pair` does).
    """
    known = {script_folded(name) for name in authors}
    found: list[str] = []
    if not known:
        return found
    for text in texts:
        # Folding maps Han characters only, so a text without a closing bracket needs no fold.
        if ")" not in text and "）" not in text:
            continue
        folded = script_folded(text)
        match = _CLOSING_BRACKET.search(folded)
        if not match:
            continue
        tokens = [t for t in re.split(r"[ \u3000、，,/／]+", match.group("inner")) if t]
        names = [piece for token in tokens for piece in (_glued_pair(token) or [token])]
        if not all(surname_first(n) and plausible_name(n) for n in names) or not known & set(names):
            continue
        _add(found, [_in_original(n, folded, text) for n in names if n not in known])
    return found


# A line of its own naming the writer and where the report was filed from, an outlet maybe first:
# "乐居财经 林振兴 发自北京", "王晓东 发自纽约" (not "…情谊 发自内心").
_FILED_FROM = re.compile(
    rf"(?m)^[ \u3000]*(?:[{_CJK}A-Za-z]{{2,10}}[ \u3000]+)?(?P<name>[{_CJK}]{{2,4}})[ \u3000]*发自[ \u3000]*"
    rf"(?!内心|肺腑|心底|真心|灵魂)[{_CJK}]{{2,8}}[ \u3000]*(?:报道)?[ \u3000]*$"
)


# A credit printed name first, its role after a slash: "杨萱/文　欧阳永康/摄", "陈晓 / 图".
_NAME_FIRST = re.compile(
    rf"(?:^|(?<=[\s　:：|]))(?P<name>[{_CJK}]{{2,4}})\s*[/／]\s*(?P<role>文|摄|图)(?=$|[\s　,，、|])", re.M
)
# A bracketed unit right after a name in a credit ("李文静（县人民医院）"): the unit is no name.
_UNIT_BRACKET = re.compile(rf"(?<=[{_CJK}])[（(](?P<unit>[{_CJK}]{{3,20}})[)）](?=[ \u3000\t、，,]|$)", re.M)


def _drop_unit(match: re.Match[str]) -> str:
    """Drop a bracketed unit after a name, keeping other brackets (a name, a role, a place)."""
    unit = match.group("unit")
    body = unit.endswith(_BODY_ENDINGS) or unit[-1] in _UNIT_LAST or any(p in unit for p in _BODY_PARTS)
    return "" if body else match.group(0)


# Headings of lists of writers ("专栏作者", "更多作者", "签约作者"): with no separator after them, the
# names that follow are the list's, not a byline's ("专栏作者：王晓东" with its colon stays a credit).
_LIST_HEADING_BEFORE = ("专栏", "更多", "热门", "推荐", "签约", "入驻", "知名", "人气", "优秀", "本站")


def _list_heading(text: str, match: re.Match[str]) -> bool:
    """Tell whether an author label is a list's heading: 作者 after 专栏/更多/…, no separator after it."""
    if match.group(0) != "作者" or not text[: match.start()].endswith(_LIST_HEADING_BEFORE):
        return False
    return not re.match(r"[ \t\u3000]*[:：︱|/／]", text[match.end() :])


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


def script_folded(text: str) -> str:
    """Fold traditional script to simplified, one character for one (:func:`indexer.analysis.fold_script`)."""
    from indexer.analysis import fold_script  # the one folding table, shared with the index

    return fold_script(text)


def _in_original(name: str, folded: str, text: str) -> str:
    """Give back a name read from ``folded`` as ``text`` prints it (蘇陽, not 苏阳).

    The fold keeps offsets, so the name's place in the folded text is its
    place in the original; a name the byline rules rebuilt (spaces taken out)
    is given back character by character.
    """
    at = folded.find(name)
    if at >= 0:
        return text[at : at + len(name)]
    back = {f: o for o, f in zip(text, folded, strict=True) if o != f}
    return "".join(back.get(char, char) for char in name)


# Where a line goes on to other articles (previous/next links): their credits are theirs.
# (Not a related list's label: a text run into one line may print its own credits after the list,
# "推荐阅读 … 编辑：陈淑静"; the page's zones stop at lists before they reach here.)
# The label opens a field (after a space or a mark, or with its colon: "徐微微上一条：德国…"), not a
# sentence's words ("身上一条价值7.9万元的金项链").
_OTHER_ARTICLES = re.compile(
    rf"(?:(?<![{_CJK}])(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇)|(?:上一篇|下一篇|上一条|下一条)(?=\s*[:：]))[^\n]*"
)


# A WeChat account's name, then its id: "她刊(id:iiiher)", "剥洋葱people（ID：boyangcongpeople）".
_ACCOUNT_ID = re.compile(
    rf"(?P<name>[{_CJK}A-Za-z0-9_]{{2,20}})\s*[（(]\s*(?:id|微信号|微信id|公众号id|公众号)\s*[:：]", re.I
)


def find_people(text: str, *, max_len: int = 4000) -> People:
    """Find credits in a byline zone, in simplified or traditional script (``記者蘇陽／台北報導``).

    The label rules are written in simplified script; a traditional zone is
    read folded and its names are given back in the page's own script.
    """
    text = text[:max_len]
    folded = script_folded(text)
    people = _find_people(folded)
    if folded == text:
        return people
    for names in (people.authors, people.editors, people.correspondents, people.photographers):
        names[:] = [_in_original(name, folded, text) for name in names]
    people.source_name = _in_original(people.source_name, folded, text)
    return people


def _find_people(text: str, *, max_len: int = 4000) -> People:
    """Find authors, correspondents, editors, photographers and the source name in a byline zone.

    ``text`` should be the page's metadata line(s) and the first and last
    lines of the body, not the whole page: long texts are truncated to
    ``max_len``. A name followed by 摄/摄影 is a photographer whatever its
    label (``新华社记者 才扬 摄``).
    """
    # 丨 (a CJK stroke) and the full-width ｜ serve as separators: "文丨张三", "作者｜李四".
    text = text[:max_len].replace("\xa0", " ").replace("丨", "|").replace("｜", "|")
    # Labels and two-character names spaced out to fill a column: "编 辑：罗 雪", "记 者： 李 征".
    text = _SPACED_LABEL.sub(lambda m: re.sub(r"[ \u3000?]", "", m.group(0)), text)
    text = _SPACED_RUN.sub(_join_spaced_run, text)
    text = _SPACED_COMPOUND.sub(r"\1\2", text)
    text = _GLUED_DATELINE.sub(_cut_dateline_place, text)
    # "作者：李文静（县人民医院）　唐婷（市林业局）": each writer's unit in brackets after the name.
    text = _UNIT_BRACKET.sub(_drop_unit, text)
    # "上一篇：<a>…</a> 作者：李璐": a link to another article and its credit, to the end of the line.
    text = _OTHER_ARTICLES.sub("", text)
    people = People()
    for match in _LABELS.finditer(text):
        role = match.lastgroup or "author"
        # Only 记者: after a reporter's glued name, 通讯员's clause holds the name ("记者向阳通讯员李四").
        if (
            role == "author"
            and match.group(0).endswith(("记者", "评论员"))
            and _in_sentence(text, match.start())
        ):
            continue
        rest = text[match.end() :]
        # A label without a colon does not reach into the next line ("优质原创作者\n..."),
        # one with a colon may ("责任编辑：\n尹世杰").
        # ... but not past a blank line: the zones of a page are joined by one ("作者：" ending
        # the page's header zone, then the headline "武汉大学2010年…").
        rest = re.sub(r"^[ \t\u3000]*(?:[:：︱|/／][ \t\u3000]*(?:\n[ \t\u3000]*)?)?", "", rest)
        # "作者：@黄永康": a social handle's at sign is no part of the name.
        rest = re.sub(rf"^[@＠](?=[{_CJK}A-Za-z])", "", rest)
        if role == "author" and (own := _LABELS.match(rest)) and own.lastgroup in ("correspondent", "editor"):
            # "作者：通讯员 刘建": the CMS's 作者 field holds another role's credit; that label reads it.
            continue
        run = re.match(_NAMES, rest)
        if not run:
            continue
        if re.match(r"[A-Za-z][\w\-']*(?: [a-z][\w\-']*){2}", rest):
            continue  # "图 | gender-related killing of women": an English sentence, not a name
        glued_quote = re.split(r"[ \u3000\t、，,/|]+", run.group(0).strip())[-1]
        if rest[run.end() : run.end() + 1] in ("“", "「", "《", '"') and not (
            2 <= len(glued_quote) <= 3 and surname_first(glued_quote) and plausible_name(glued_quote)
        ):
            # "图：株洲“围标强人”王建军": the token glued to a quote opens a sentence (a caption),
            # whether alone or after names ("记者 陈思存 落实“五新”…"); a name glued to the next
            # paragraph's quote stays ("记者李元珺“唐伟，…").
            kept = re.sub(r"[ \u3000\t、，,/|]*[^ \u3000\t、，,/|]+$", "", run.group(0))
            if not kept.strip():
                continue
            run = re.match(_NAMES, kept) or run
        names_text = run.group(0)
        last_token = re.split(r"[ \u3000\t、，,/|]+", names_text.strip())[-1]
        if _GLUED_ROLE.search(last_token + rest[run.end() : run.end() + 1], 2) and not _GLUED_ROLE.search(
            last_token, 2
        ):
            names_text += rest[run.end()]  # "何子婧图：": the colon shows 图 is the next label
        if (
            re.match(r"\s*[:：]", rest[run.end() :])
            and re.search(r"[ \u3000\t、，,/|]", names_text)
            and not _GLUED_ROLE.search(last_token + rest[run.end() : run.end() + 1], 2)
        ):
            # "楼主：客家阿妹 级别: 论坛版主": the last token is the next field's label
            # ("记者：刘曲 郭妍捷编辑：姚盼": a name with the next label glued is still a name).
            names_text = re.sub(r"[ \u3000\t、，,/|]*[^ \u3000\t、，,/|]+$", "", names_text)
        elif re.match(r"[0-9A-Za-z]", rest[run.end() :]) and re.search(r"[，,][^，,]+$", names_text):
            # "关于作者：薇安，世界500强美女高管": after a comma, a word cut at its digits is text.
            names_text = re.sub(r"[，,][^，,]+$", "", names_text)
        single = not re.search(r"[ \u3000\t、，,/|]", run.group(0).strip())
        labelled = _TRAILING.search(run.group(0)) or _GLUED_ROLE.search(run.group(0), 2)
        if single and re.match(r"\s*[:：]", rest[run.end() :]) and not labelled:
            continue  # "责任编辑：\n香港警方：8.31示威...": a headline's label, not a name
        tokens = re.split(r"[ \u3000\t、，,/|]+", names_text.strip())
        if role == "author" and len(tokens) >= 2 and _unit_word(tokens[0]):
            # "作者：医务科 王晓东": the writer's department, then the writer.
            names_text = names_text.strip()[len(tokens[0]) :]
        names = split_names(names_text, institution=role == "author" and "作者" in match.group(0))
        if len(names) >= 2 and _list_heading(text, match):
            continue  # "专栏作者 公孙珏 杜佳怡 袁梓涵": a sidebar's list of columnists, no byline
        if match.group(0).endswith(("评论员", "图文", "文并摄", "文并图")):
            # "图文：东城支行": a unit credited with the text and pictures, no person.
            # "新华社特约评论员：坚定信心": a headline, not a name (a commentator's is surname-first).
            names = names if all(surname_first(n) for n in names) else []
        glued = not re.match(r"[ \t\u3000:：︱|/／]", text[match.end() : match.end() + 1])
        if not names or (glued and not surname_first(names[0])):
            continue  # "记者反映", "作者本人观点": a sentence runs on from the label
        after = rest[run.end() :]
        # The names split_names kept may be fewer than the run: find where the last one ends.
        last = rest.find(names[-1])
        tail = rest[last + len(names[-1]) :] if last >= 0 else after
        if glued and "作者" in match.group(0) and len(names) == 1 and re.match(r"[，,][^，,]{4}", tail):
            continue  # "「少年得到」作者郝广才，特意总结出…": the text speaks of an author
        if re.match(rf"[-－‐][{_CJK}]", tail):
            # "据著名记者马克-波曼消息": a transliterated name goes on past the hyphen (its first
            # part is no name).
            names = names[:-1]
            if not names:
                continue
            tail = "-"
        picture = re.match(
            r"\s*[/／]\s*(?:漫画|插图|插画|绘图|制图|手绘|摄影|图)(?![\u4e00-\u9fff])|\s*[/／]\s*摄(?![影像制氏])",
            tail,
        )
        if picture and _credit_follows(tail[picture.end() :]):
            picture = None  # "記者 蘇陽 / 攝影 梁晨 報導": 摄影 labels the next name, not the one before
        photo_after = _PHOTO_AFTER.match(tail)
        if photo_after and _credit_follows(tail[photo_after.end() :]):
            photo_after = None  # "文字 葉德正　攝影 黃柏翰": 攝影 labels the next name, as after a slash
        if picture and len(names) > 1 and role != "editor":
            # "文/黄轶涵 黄昕／漫画": the last name drew the picture (credited as the photographs are).
            _add(people.photographers, names[-1:])
            names = names[:-1]
        elif role != "editor" and (picture or photo_after):
            role = "photographer"  # "记者李木易/摄", "新华社记者 才扬 摄"
        target = {
            "author": people.authors,
            "correspondent": people.correspondents,
            "editor": people.editors,
            "photographer": people.photographers,
        }[role]
        _add(target, names)
    for reported in _NAMES_PLACE_REPORTED.finditer(text):
        _add(people.authors, _reported_names(reported.group("inner")))
    for reported in _OUTLET_NAMES_REPORTED.finditer(text):
        if reported.group("outlet").endswith(OUTLET_ENDINGS):  # a desk ("國際中心") credits nobody
            _add(people.authors, _reported_names(reported.group("inner")))
    for bare in _BARE_AFTER_DATELINE.finditer(text):
        _add(people.authors, [n for n in _bare_names(bare.group("inner")) if n not in people.correspondents])
    for credit in _NAME_FIRST.finditer(text):
        # "杨萱/文　欧阳永康/摄": a name, then its role after a slash.
        name = credit.group("name")
        if name in people.correspondents or name in people.editors:
            continue  # "通讯员 吴延梅/文、图": a labelled credit says the role
        if surname_first(name) and plausible_name(name):
            _add(people.authors if credit.group("role") == "文" else people.photographers, [name])
    for filed in _FILED_FROM.finditer(text):
        name = filed.group("name")
        if surname_first(name) and plausible_name(name):
            _add(people.authors, [name])
    # A name also credited as editor or photographer is not taken as an author:
    # "作者：陈海峰 责任编辑：陈海峰" is a CMS filling both fields with the editor.
    people.authors = [n for n in people.authors if n not in people.photographers and n not in people.editors]
    # "关于作者：她刊(id:iiiher)", "来源/剥洋葱people（id：boyangcongpeople）作者/剥洋葱": a WeChat
    # account (公众号) printed with its id, credited as the writer, is no person; a writer's own account
    # under a surname-first name ("作者：李月亮来源：李月亮（id：bymooneye）") is the writer's.
    accounts = [m.group("name").lower() for m in _ACCOUNT_ID.finditer(text)]
    people.authors = [
        n for n in people.authors if surname_first(n) or not any(n.lower() in a for a in accounts)
    ]
    source = _SOURCE.search(text)
    if source:
        people.source_name = source.group("name")
    return people
