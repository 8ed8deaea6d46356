"""Tell a person's name from a label, a place, a body, an outlet or a word of text (:func:`plausible_name`).

Every name the byline rules read passes :func:`plausible_name`, the
extractor's one validator (the page normaliser's credits read it too);
:func:`label_like` is its looser cousin for nicknames from weaker sources.
"""

from __future__ import annotations

import re

from crawler.extract.name_lists import (
    _CJK,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    PLACES,
    SURNAMES,
    uyghur_start,
)
from crawler.extract.role_words import _ROLE_WORDS

__all__ = ["ENGLISH_GIVEN_HAN_SURNAME", "OUTLET_ENDINGS", "label_like", "plausible_name", "script_folded"]

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
    总编 副总编 执行主编 制片人 出品人 主笔 首席 特稿 速递 视点 时评 社论 短评 按语 导语 小贴士 温馨提示
    音频 素材 配图 题图 封面 头图 资料图 示意图 效果图 截图 图源 图据 文字 某人 国家 专班 新区 专家学者
    边防 海警 武警 疾控 共青团 团中央 党校 应急管理 交通运输 消防救援
    华为 阿里 阿里巴巴 字节跳动 京东 美团 拼多多 小米 网易 新浪 凤凰 新华 光明 中新 中铁 中建
    译者 撰稿人 研究员 分析师 作家 专栏作家 博主 知名博主 系统消息 人工智能 早安 晚安 大家好 谢谢
    新闻中心 全媒体中心 融媒体中心 新媒体中心 采编中心 编辑中心 新闻部 采访部 总编室
    金融界 南方周末 财新 虎嗅 极客公园 量子位 机器之心 爱范儿 新智元 差评 观察者 界面 财联社 第一财经
    技术支持 技术 网站建设 设计制作 录入 侵删 在线 离线 维护
    网编 织梦 无名氏
    成员 组员 组长 副组长 队员 队长 副站长 主任 副主任 社长 副社长
    航拍 文案 鸣谢 包装 动效 场记 校译 原题 编曲 作曲 作词 混音 收音 调色 特效 字幕 信息图
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
_SENTENCE_CHARS = frozenset("的了是们这那说么吗呢啊吧着过被把给跟将就都也还又很最更已及或等称问答讯电您你")


_NAME_ENDINGS = (
    *("表示", "介绍", "指出", "认为", "透露", "报道", "获悉", "了解", "说", "称", "称号"),
    # Verbs glued after 记者 whose first character is a surname: "得知记者来采访".
    *("采访", "调查", "走访", "暗访", "探访", "核实", "证实", "发现", "看到", "查询到", "注意到", "了解到"),
    # A bio's copula glued after the name: "（本文作者王婷系临江大学教授）" (no name ends in 系).
    "系",
    # People the text does not name: "知情人士", "业内人士".
    "人士",
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
    助手 机器人 手记 专访 访谈 联播 追踪 早餐 长按 声明 政策 协议 地图 广告 招聘 商务合作
    不详 爆料
    """.split()
)


_HONORIFICS: tuple[str, ...] = ("先生", "女士", "老师", "小姐", "同学")


# ... and titles after a surname ("作者：王医生", "张警官"): a person the credit does not name (a
# nickname may end so: 老钱师傅, so 师傅 is left).
_HONORIFICS += ("医生", "大夫", "律师", "警官", "主任", "书记", "局长", "院长", "校长", "经理")


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
    "工作组",
    "小组",
    "总支",
    "总会",
    "分会",
    "商会",
    "学生会",
    "研究生会",
    "会议",
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
_BODY_LAST_LONG = frozenset("所站处院馆宫署室组团")


# Words of bodies' names that no personal name holds.
_BODY_PARTS = (
    *("大学", "中学", "小学", "学校", "公司", "集团", "银行", "医院", "法院", "政府", "协会"),
    *("乡镇", "街道", "社区"),  # "文字、图片：各乡镇（街道）": the townships, no writer
    # "作者：区妇联", "作者：市科协"
    *("妇联", "科协", "工会", "文联", "侨联", "残联", "团委", "消协", "红十字"),
)


# A city's, county's or town's name, or a body of one ("江城市", "城关镇", "市总工会"): no
# surname is 市, 县 or 省, and no personal name ends in them.
_ADMIN_FIRST = frozenset("市县省")


_ADMIN_LAST = frozenset("市县区")


# A town's: a place the dictionary knows, then 镇 or 乡 ("城关镇"; 张晓镇 is a name).
_TOWN_LAST = frozenset("镇乡")
# "中国移动", "中华慈善总会", "全国妇联": a national body or company, no person (全国栋 is a name).
_NATIONAL = ("中国", "中华")
# "本市", "我院", "该局", "全区": a body or a place pointed at, never a name (本, 我 and 该 are no surnames;
# nobody is named 全市).
_DEICTIC_FIRST = frozenset("本全我该此各某")
_DEICTIC_BODY = frozenset("市县区省州镇乡村院校司局台站所厂")
# "本报评论员", "本报联合调查组", "本刊编辑部": the page's own outlet pointed at, at any length; a
# journalist cites the outlet's name, which the page gives as its source.
_OWN_OUTLET = frozenset("报刊台网站社")


# Endings of self-media accounts credited as editors ("职工之家", "南宁城事"), not people.
_ACCOUNT_ENDINGS: tuple[str, ...] = ("之家", "城事", "时空", "观察", "生活")


# ... and government accounts, named by their place and their field ("临江教育", "东州文旅", "平安临江").
_ACCOUNT_ENDINGS += tuple("教育 文旅 旅游 交警 公安 卫健 应急 税务 消防 人社 医保 政务 检察 司法".split())


_ACCOUNT_STARTS = ("平安",)


# ASCII words that turn up where a name was expected: attribute values, URL
# parts, placeholders, software credits, an English outlet's words ("By China Daily", "Global Times").
_ASCII_JUNK = frozenset(
    """
    name email mail author authors admin administrator editor editors by http https www com cn net org html
    htm the staff reports report team desk newsroom wire wires agency press people business contributor
    contributors
    correspondent editorial reuters xinhua afp ap cnn bbc cctv cgtn
    daily times weekly herald journal tribune gazette network media online
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
    print close next more login logout register search menu english chinese tag tags comment comments reply
    like likes back prev previous read top sidebar footer header banner photo photos image images video
    hello hi welcome world official original internet thanks
    """.split()
)
# Honorifics: "Mr 王" is a form of address, not the "Tony 陈" signature of a given name and a surname.
_ENGLISH_HONORIFICS = frozenset("mr mrs ms miss dr sir madam prof".split())
# Logins a CMS credits (``发布者：manager``, ``作者：yiming``, pinyin of 佚名): refused as a one-word name
# only. In a person's name they are a surname or a given name ("Ian Sample", "Li Yiming", "Wang Weizhi").
_ACCOUNT_WORDS = frozenset(
    """
    manager master service support info web site sysadmin superadmin operator publisher poster writer
    reporter member visitor demo sample nobody noname anon
    xiaobian bianji zebian zerenbianji guanliyuan zhanzhang jizhe zuozhe niming yiming weizhi laiyuan
    wangyou tougao yuanchuang benzhan benwang
    """.split()
)


# A CMS's system or role account ("责任编辑：admin", "发布者：admin_zx", "webmaster2"): no person.
# A personal login stays an editor's credit (``zhangsan``, ``lhy``: the page's own record of who
# edited it, as a journalist citing the page would quote it).
_ACCOUNT_PREFIXES = ("admin", "webmaster", "sysadmin", "superadmin", "administrator", "xiaobian", "bianji")


# Sentence characters that Uyghur and Mongolian names spelt in Han characters hold (阿不都, 那仁).
_TRANSLITERATION_CHARS = frozenset("都那")


# "记者了解到..." is a sentence, not a byline: these start verbs and adverbs.
_NOT_NAME_STARTS = tuple(
    """
    了解 获悉 注意 看到 发现 采访 从 在 到 来到 走进 随 日前 近日
    昨 今 获 同 与 和 的 们 一 这 那 是 对 就 会 问 调查 证实 走访 联系 致电
    探访 暗访 实地 前往 赶到 跟随 再次 多次 随后 连线 核实 拨打 查阅 观察 梳理 统计 得知 获知 进入 回访
    追踪 现场 随机
    此前 作为 不少 很多 谈谈 说说 介绍 没错 下一步 接下来 总之 请 如何 为何 为什么 怎么 针对 随着 近年 拍摄
    """.split()
)


# "Tony 陈", "Mia史": an English given name, then a Han surname (one character): a self-media writer's
# signature. The surname must be one (:func:`plausible_name`): "Share 到" is no name.
ENGLISH_GIVEN_HAN_SURNAME = rf"[A-Z][a-z]{{1,10}}[ \u3000]?[{_CJK}]"


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
    if re.fullmatch(ENGLISH_GIVEN_HAN_SURNAME, name):
        given = name[:-1].strip().lower()
        return name[-1] in SURNAMES and given not in _ASCII_JUNK | _ACCOUNT_WORDS | _ENGLISH_HONORIFICS
    if re.fullmatch(r"[A-Za-z][A-Za-z.\-' ]*", name):
        words = name.lower().replace(".", " ").replace("-", " ").split()
        if len(words) == 1 and name.isupper() and len(name) <= 4:
            return False  # an acronym: an outlet (CNN) or a credential (RDN)
        if len(set(name.lower())) == 1:
            return False  # a placeholder: "作者：xxx"
        if name.lower().startswith(_ACCOUNT_PREFIXES):
            return False  # "admin_zx", "adminwang", "webmaster": a system or role account
        if len(words) == 1 and words[0] in _ACCOUNT_WORDS:
            return False  # "manager", "yiming": a login, not a person's name
        return len(name) >= 3 and not any(w in _ASCII_JUNK for w in words) and len(words) <= 3
    dotted = "·" in name or "•" in name
    if not re.fullmatch(rf"[{_CJK}·•]+", name) or (
        name.startswith(_NOT_NAME_STARTS) and not (dotted and name[0] in _TRANSLITERATION_CHARS)
    ):
        return False
    # A transliteration may hold 都 or 那 (阿不都·热合曼, 那仁·满都拉, 阿不都拉 with no dot): sentence
    # characters only in Han names.
    transliterated = dotted or uyghur_start(name)
    sentence_chars = _SENTENCE_CHARS - _TRANSLITERATION_CHARS if transliterated else _SENTENCE_CHARS
    if any(c in sentence_chars for c in name) or name.endswith(_NAME_ENDINGS):
        return False
    if any(part in name for part in _LABEL_PARTS) or name.endswith(_HONORIFICS) or "某" in name[1:]:
        return False  # ... and "唐某", "张某某": a person the text does not name
    if dotted:
        # A transliteration's parts are short ("凯文·卡特"); "张晓敏博州美丽·因为有你博州" runs into text.
        # "滕州日报·看度新闻", "齐鲁晚报·齐鲁壹点": a paper and its app (or section), not a person.
        parts = re.split("[·•]", name)
        return (
            3 <= len(name) <= 15
            and all(1 <= len(part) <= 6 for part in parts)
            and not any(len(part) >= 3 and part.endswith(OUTLET_ENDINGS) for part in parts)
        )
    if _job_word(name):
        return False  # "核稿/X", "海报设计：X": the next field's label read into the run of names
    if name[0] == "本" and name[1:2] in _OWN_OUTLET:
        return False  # "本报联合调查组": the page's own outlet, no person and no named body
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
    if len(name) == 2 and name[0] in _DEICTIC_FIRST and name[1] in _DEICTIC_BODY:
        return False  # "本市", "我院", "全区": the writer's own body or place, not a person
    if (len(name) >= 3 and name.startswith(_NATIONAL)) or (len(name) == 4 and name.startswith("全国")):
        return False  # "中国移动", "中华慈善总会", "全国妇联": a national body or company
    if len(name) == 4 and name[:2] in PLACES and name[:2] not in COMPOUND_SURNAMES:
        return False  # "上海华图", "北京青年": a city's business or paper, no person
    return 2 <= len(name) <= 4 and not name.endswith(OUTLET_ENDINGS) and not name.endswith(_ACCOUNT_ENDINGS)


# Jobs a page's production credits name ("海报设计：X", "图片编辑/X", "执行统筹：X", "特别鸣谢：X", a video's
# "视频包装", "音乐制作人"): a word
# ending in one of them is a label read where a name stood; no personal name ends in them.
_JOB_ENDINGS = tuple(
    """
    编辑 设计 统筹 策划 出品 鸣谢 指导 校对 监制 审核 制作 剪辑 摄像 编导 编剧 审校 审读 校审
    制作人 出品人 监制人 总监 顾问 运营 文案 包装 特效 字幕 混音 调色 作曲 作词 编曲 航拍 动效
    """.split()
)
# A review or proof stage ("核稿", "终审", "三审", "二校", "审签", "组稿"): a job's last character ...
_JOB_LAST = frozenset("稿审校签核")
# ... after a stage or another job's character, none of them a surname but 初 (初审 is a stage before
# it is a name); a surname-first name keeps them (林审, 王校, 钟稿).
_JOB_FIRST = frozenset("初复终一二三四核审校签组定统编责监送")


def _job_word(name: str) -> bool:
    """Tell whether a would-be name is a production job's word (核稿, 终审, 海报设计), not a person."""
    if len(name) >= 3 and name.endswith(_JOB_ENDINGS):
        return True
    return len(name) == 2 and name[1] in _JOB_LAST and name[0] in _JOB_FIRST


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


def script_folded(text: str) -> str:
    """Fold traditional script to simplified, one character for one (:func:`indexer.analysis.fold_script`)."""
    from indexer.analysis import fold_script  # the one folding table, shared with the index

    return fold_script(text)
