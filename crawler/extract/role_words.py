"""Role words and the labels that open a credit: ``记者``, ``作者：``, ``文/``, ``责任编辑``, ``摄``.

One label pattern per role (:data:`_LABELS`), the role words that end a run
of names, and the roles found glued to a name (``周惠琼通讯员马超``).
"""

from __future__ import annotations

import re

from crawler.extract.name_lists import _CJK

__all__ = ["LABEL_STARTS"]

# Words that follow or sit between bylines and must never be taken as names.
_ROLE_WORDS = frozenset(
    """
    记者 通讯员 实习生 见习记者 特约记者 本报记者 首席记者 实习记者 摄影 摄 报道 报导 编辑 责任编辑
    责编 作者 来源 发布 时间 发布时间 校对 审核 审校 监制 出品 制作 图 文 视频 本报 新华社 综合
    整理 编译 评论员 特约评论员 主编 美编 采写 撰文 撰稿 执笔 翻摄 供图 楼主 策划 统筹 设计
    漫画 插图 插画 绘图 制图 手绘 摄像 剪辑 后期 配音 主播 主持 主持人 出镜 翻译 口述 执行 美术 图表 海报
    总监制 出品人 制片人 制片 总策划 总统筹
    文并图 文并摄 文图 图文
    """.split()
)


# Credits of pictures, not of the text: "李四／漫画" names the cartoonist.
_PICTURE_ROLES = frozenset("漫画 插图 插画 绘图 制图 手绘 图 摄 摄影 图表 海报".split())


# One label pattern per role. Lookbehinds keep sentences out: "告诉记者", "原作者".
_AUTHOR_LABEL = (
    # (A photo or video journalist's 记者 credits pictures or footage: "图片记者 X", "视频记者 X"; an
    # outlet named 视频 is no role: "大河报·豫视频记者 X".)
    rf"(?<![告诉对向给据跟在接受让与和及被片影像])(?<!(?<![{_CJK}])视频)(?:本报|特约|见习|首席|实习)?记者"
    # "《三体》作者刘慈欣", "本书作者", "小说作者", "词曲作者": a work's author, not the text's.
    # ("图片作者：X" credits the picture: see the photographer's label.)
    rf"|(?<![原该其本的工著操创合写劳影》书诗曲词说片])作者(?:署名)?|撰文|采写(?:\s*[、/／]\s*摄影(?=\s*[:：︱|/／]))?|撰稿人?|执笔人?"
    # "起草：X　核稿：Y", "撰写：X", "拟稿人：X": a government office's drafter; "主笔：X" a magazine's chief
    # writer; "采访：X｜圖：Y" (Hong Kong) the interviewer who wrote it up; "署名：X" the byline's name; each
    # with a mark after the role ("他负责起草了", "报社主笔张三" are prose).
    rf"|(?<![{_CJK}])(?:起草人?|撰写人?|拟稿人|主笔|署名)(?=\s*[:：︱|/／])|(?<![{_CJK}])采访(?=\s*[:：︱|])"
    # "时评人 冯春": a commentator's byline.
    rf"|(?<![{_CJK}])时评人(?=[ \u3000]+[{_CJK}]|\s*[:：︱|/／])"
    # "文/图：X", "图/文 X" (and 文·图, 图·文, read as these): the text and its pictures. Without a mark after
    # the roles, a short word must follow, spaced: "文/图 张小明", "文/图 本报记者 黎浩然".
    rf"|(?<![{_CJK}])(?:文\s*[、/／]\s*图|图\s*[、/／]\s*文)"
    rf"(?=\s*[/:：︱|／]|[ \u3000]+[{_CJK}]{{2,4}}(?:[ \u3000\n、，,)）]|$))"
    rf"|(?<![{_CJK}])文(?=\s*[/:：︱|／])|楼主(?=\s*[:：])"
    # "特约评论员 张文静": an outside writer's byline, as 特约记者 is (a staff commentary's
    # "（评论员 罗博 萧海川）" the dev set reads as no writer's credit);
    # "图文/王婷", "文图/王婷", "文并摄/王婷": the text and its pictures.
    r"|(?<![告诉对向给据跟在接受让与和及被])(?:本报|本台|本刊)?特约评论员"
    rf"|(?<![{_CJK}])(?:图文|文图|文并摄|文并图)(?=\s*[/:：︱|／])"
    # "文字 葉德正　攝影 黃柏翰", "文字/汤君芳", "文字&图片 / 刘青": the text's credit
    # (文字编辑 is an editor).
    rf"|(?<![{_CJK}])文字(?:\s*[&＆、]\s*图片)?(?=\s*[/:：︱|／]|[ \u3000]+[{_CJK}]{{2,4}}(?:[ \u3000]|$))"
    # "本文转自江城日报，原作者：王晓峰": a repost's credit of the writer (with its colon only:
    # "原作者的观点" is prose).
    r"|原作者(?=\s*[:：])"
    # "专栏作家 陶亮倩": a columnist's byline (opening its line or field).
    rf"|(?<![{_CJK}])专栏作家"
    # "By Li Yue", "by David Guo": an English byline, read only before a name of two capitalised words.
    # ("By ZHANG Wei": a pinyin surname may be printed in capitals; people._english_names checks it.)
    r"|(?<![A-Za-z])[Bb]y(?=[ \u3000]+(?:[A-Z][a-z]+|[A-Z]{2,6})[ \u3000]+[A-Z][a-z]+)"
    # "Writer: Jing Luo | Editor: Xin Ma | From: Xinhua": the English edition's labelled credit.
    # "采访/整理：张三" (the reporter who wrote an interview up), "拟稿：张三" (a government office's
    # drafter): the writer, with a mark after the role only. 整理 alone credits no writer ("口述：X
    # 整理：Y", "整理丨小丑魚": the CMS probe's truth).
    rf"|(?<![{_CJK}])采访\s*[/／、]?\s*整理(?=\s*[:：︱|/／])|(?<![{_CJK}])拟稿(?=\s*[:：︱|/／])"
    r"|(?<![A-Za-z])(?:Writer|Reporter)(?=\s*[:：]\s*[A-Z][a-z]+[ \u3000]+[A-Z][a-z]+)"
    # "By 钟凯", "Reporter：钟凯", "Author: 钟凯": an English label on a Chinese page before a Han name
    # (read as a Chinese credit, surname first: "Author: 管理员" is nobody).
    rf"|(?<![A-Za-z])By(?=[ \u3000]+[{_CJK}]{{2,4}}(?:[\s|]|$))"
    rf"|(?<![A-Za-z])(?:Writer|Reporter|Author)(?=\s*[:：]\s*[{_CJK}]{{2,4}}(?:[\s|]|$))"
    # "Text: 邱桂峰", "Story: X | Photos: Y", "Text by X", "Words by X", "Written by X, edited by Y": a
    # magazine's English credit of the text, before a Han name or a name of two capitalised words.
    # The label opens its credit: "Top Story: Trump Visits Beijing" heads another story.
    rf"|(?<![A-Za-z])(?<![A-Za-z][ \u3000])(?:Text|Story|Words)"
    rf"(?=\s*[:：]\s*(?:[{_CJK}]{{2,4}}(?:[\s|/,]|$)|[A-Z][a-z]+[ \u3000]+[A-Z][a-z]+))"
    rf"|(?<![A-Za-z])(?:Text|Story|Words|Written) by(?=[ \u3000]+[{_CJK}]{{2,4}}(?:[\s|/,]|$))"
    # "本报评论员 王小明", "桐城商报评论员 彭明琪": a named commentator's byline (the label opening its
    # line, or after an outlet: see people._commentator_opens; the role alone names nobody).
    # ("评论员 | 王航艳", "评论员/胡桂荣、徐昊": the role set off by a mark.)
    rf"|(?:本报|本台|本刊|本网)?评论员(?=[ \u3000]+[{_CJK}]|[ \u3000]*[/／|︱][ \u3000]*[{_CJK}])"
)


_LABEL_ALTERNATIVES = (
    rf"(?P<author>{_AUTHOR_LABEL})"
    r"|(?P<correspondent>通讯员|实习生)"
    # 审核 and 美编 credit the page's editing staff ("编辑：X　审核：Y", "本版编辑 X　美编 Y"); a
    # proofreader (校对) is no editor. A CMS's uploader (发布人, 发布者, 录入) is its web editor, no writer.
    r"|(?P<editor>(?:责任编辑|责编|编辑|审核|审校|美编|发布人|发布者|录入[人员]?)(?=\s*[:：︱|/／]|\s+[\u4e00-\u9fff]{2,4}(?:\s|$|[)）】\]]))"
    r"|(?<![A-Za-z])Editor(?=\s*[:：]\s*[A-Z][a-z]+[ \u3000]+[A-Z][a-z]+)"
    rf"|(?<![A-Za-z])(?:Editor(?=\s*[:：])|[Ee]dited by(?=[ \u3000]))"
    rf"(?=\s*[:：]?\s*[{_CJK}]{{2,4}}(?:[\s|]|$)))"
    # "图片/林春燕", "图片作者：林春燕": the pictures' credit, as 图/ is.
    # "航拍：龚健旭": an aerial photograph's credit.
    # "图片记者 袁莉", "摄影记者：袁莉": a photo journalist.
    rf"|(?P<photographer>(?:图片|摄影)记者|摄影(?:作者)?(?![师家记])|(?<![{_CJK}])(?:图片?(?:作者)?|航拍)(?=\s*[/:：︱|／])"
    # "攝：梁麗蓉" (Hong Kong: 摄 with a colon), "文字 X　图片 Y" (a magazine's spaced roles), "Photos by X",
    # "Photo: X" before a Han name.
    # (A spaced 图片's name ends its line or is followed by the next role: "新闻 图片 博客 视频" is a
    # portal's menu.)
    rf"|(?<![{_CJK}])摄(?=\s*[:：])|(?<![{_CJK}])图片(?=[ \u3000]+[{_CJK}]{{2,4}}(?:[ \u3000|]*(?:\n|$)"
    rf"|[ \u3000|]+(?:责任编辑|责编|编辑|美编|校对|审核|排版|设计|文字|撰文|记者)))"
    rf"|(?<![A-Za-z])Photos?(?:\s*[:：]|[ \u3000]+by)(?=[ \u3000]*[{_CJK}]{{2,4}}(?:[\s|]|$)))"
)


# The first characters of the labels above. Looked ahead for first, they let every other position
# of the text fail at once instead of trying each label and its lookbehinds there: a tenth of the
# time, for the same matches (tests/test_extract_people.py compares them).
LABEL_STARTS = "本特见首实记作撰采执文楼通责编摄图评原审美发录专整拟航起主署时BbWREATSPe"


_LABELS = re.compile(rf"(?=[{LABEL_STARTS}])(?:{_LABEL_ALTERNATIVES})")


# "王瑞锋 摄影／新京报记者 尹亚飞": 摄影 followed by a separator labels the next credit.
_PHOTO_AFTER = re.compile(
    r"^\s*(?:摄影(?![师家])|翻摄|拍摄|摄|供图)(?![\u4e00-\u9fff]|\s*[/／:：︱|])"
    # "新华社记者 方喆 摄这是航拍的…": the credit, then the next picture's caption.
    r"|^\s+摄(?![影制像氏])"
    # "澎湃新闻记者 谭君 图12月17日，…": 图 after a spaced name, then a new line's text or digits.
    # ("文 | 张三 图 | 李四": 图 before a separator labels the next credit).
    r"|^\s+图(?=[\s\d（(]|$)(?!\s*[/／:：︱|])"
    # "澎湃新闻记者 朱安足图 安政军…": 图 glued after a three-character name, then a space.
    r"|^图(?=\s)(?!\s*[/／:：︱|])"
)


# Labels crediting one person with the text and its pictures ("文/图：宋雨", "图文/王婷", "文并摄/X"), and a
# spaced "文/图" before the credit that names them ("文/图 本报记者 黎浩然"): the names are photographers too.
_TEXT_AND_PICTURES = re.compile(
    r"文\s*[、/／]\s*图|图\s*[、/／]\s*文|图文|文图|文并[摄图]|采写\s*[、/／]\s*摄影"
)
# ... and after the names, closing the credit: "（记者 伍罗文博 文/图）", "通讯员 吴延梅/文、图）".
_TEXT_AND_PICTURES_AFTER = re.compile(
    r"[ \u3000]*[/／]?[ \u3000]*文\s*[、/／]\s*[图摄](?=[ \u3000]*(?:[)）】\]\n]|$))"
    # "本报记者 侯婷娟 摄影报道": the reporter's story told in pictures too.
    r"|[ \u3000]*摄影报道(?=[ \u3000]*(?:[)）】\]\n]|$))"
)
_TEXT_AND_PICTURES_BEFORE = re.compile(
    r"(?<![\u4e00-\u9fff])(?:文\s*[、/／]\s*图|图\s*[、/／]\s*文)[ \u3000]*$"
)
# "（本版图片由任晨曦摄）", "图片由王晓东提供": pictures credited in a sentence of their own.
# (The look-ahead: a cheap test of the first character at each position, before the branches.)
_PICTURES_BY = re.compile(
    rf"(?=[本文图])(?:本版|本文|文中|本期)?图片(?:均)?由(?:本报)?(?:记者|通讯员)?(?P<names>[{_CJK}]{{2,4}}?(?:[、，,和][{_CJK}]{{2,4}}?)*)(?:拍摄|摄|提供)"
)
_SOURCE = re.compile(r"(?:稿件来源|来源于|来源|来自)\s*[:：]\s*(?P<name>[^\s:：|()（）\[\]【】<>]{2,20})")


# Prose about reporters, not a byline: a byline's 记者 opens its line or clause, at most after the
# outlet ("新京报记者 X", "电（记者 X"); these words earlier in the same clause make it a sentence
# ("据新京报记者李华，", "资深记者章文，", "我是新京报的记者刘昀，", "威胁行人及记者安全").
# Any mark or space ends a clause ("视频 晶报记者 谢敏", "新闻>>记者蒋龙龙", "报道▼g4小记者 郭倚涵").
# ... and so does another credit's label: "通讯员向阳记者李四" is one byline, 向 a name's surname.
_CLAUSE_START = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|记者|通讯员|实习生|作者|编辑|摄影")


_PROSE_BEFORE = re.compile(
    r"据|的|告诉|资深|知名|著名|当地|该报|这名|这位|那名|那位|一名|一位|多名|几名|随行|接受|威胁|对于|向|对|以及"
    r"|图为|图中|画面中"  # a caption shows the reporter at work: "图为记者张三（左）在现场采访"
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
    r"(?:报道|报导|摄影|翻摄|拍摄|摄|供图|编辑|通讯员|实习生|整理|整合|综合|发自.*|时间|日期|来源|(?:浏览|点击|阅读)(?:量|数|次数)?)$"
)


_GAP = r"[ \u3000?]+"


_SPACED_LABEL = re.compile(
    "|".join(_GAP.join(label) for label in ("记者", "作者", "编辑", "责编", "审核", "校对", "摄影", "监制"))
    + rf"|通{_GAP}讯{_GAP}员"
)


# One-character role words (文/图 before names, 摄/文/图 after them): read as roles at a run's ends.
_ONE_CHARACTER_ROLES = frozenset("文图摄")


# A role, the next field or the text's first words glued after a name end the name: "周惠琼通讯员马超",
# "刘帅本报记者刘红杰", "贾曼曼责编：李四", "王蓉视频来源：腾讯", "蒋涛本期编辑：张枢芳", "朱翰霖返回搜狐",
# "匡峰流程编辑：孙昱杰", "文｜李玲编｜杨舒芳" (编, 文, 图 and 摄 alone only before a separator),
# "建国图片来源", "王威近日，浙江省...".
_GLUED_ROLE = re.compile(
    r"(?:本报|特约|见习|首席|实习)记者|通讯员|实习生|摄影|责任编辑|责编|总监制|总编辑|总编"
    r"|(?:流程|值班|实习|执行|文字|文案|图文|美术|本期)?编辑|编审|审核|校对|监制|制图|策划|校正|推广"
    r"|图片|供图|[图编文摄](?=\s*[/／:：|])|视频|来源|原标题|返回|本文|本期|正文|总值班"
    r"|近日|日前|昨日|今日|昨天|今天|近期"
    # "编辑：龙浩茜发布时间：…", "作者:邱瑞英发布于2013-05-05": the info line's next field.
    r"|发布(?:时间|日期|于)|更新(?:时间|日期|于)"
    # "作者：李强阅读量：1234", "作者：李强点击数：78": the info line's counter, with its colon.
    r"|(?:阅读|浏览|点击)(?:量|数|次数)?(?=\s*[:：])"
)


# "（文/图李贞贞、林雪英）": a photo label glued before a surname-first name ("摄倪海真（左）"
# is the caption after a photo credit, not a label).
_GLUED_LABEL = re.compile(r"^图(?=[\u4e00-\u9fff]{2,4}$)")
