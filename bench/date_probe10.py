# ruff: noqa: E501  (HTML templates are kept one line a block, as pages print them)
"""Wave 10 of the date probe: page kinds waves 1-9 lack, written before reading the date code.

Usage: ``python -m bench.date_probe10 [--split tune|report|both] [--failures] [--only-ours] [--check]``.

Why a tenth wave: every probe written before reading the code first read far lower than after it
was tuned on (wave 9: 0.813 report before, 0.984 after); the first run of a new independent probe is
the honest figure for pages nobody tuned for. This wave's author read only ``bench/probe_harness.py``'s
interface, wave 1's shared helpers (texts, traps, date forms, scoring) and the earlier waves' docstrings
and kind lists (to draw no kind twice), and wrote these kinds from real Chinese, Taiwan and Hong Kong
sites *before* opening the date extraction code (``crawler/extract``); no earlier wave's builders were
read:

- Taiwan official letters (公文/函): ``發文日期：中華民國一百零八年三月五日`` (or ``108年03月05日``),
  a 發文字號 that starts with the ROC year (``第1080012345號``), an earlier 依據 letter, a later
  開會時間 and deadline; on half the portal's 發布日期 row (the page's day, which wins);
- journal article pages (CNKI style): 收稿日期 and 修回日期 earlier, ``网络首发时间`` the page's,
  references with ``[N]. 人民日报, 2017-06-01(5)`` and ``[EB/OL]. (2018-12-01)[2019-02-20]``,
  a 引用本文 line with the year only, an author's birth year;
- server-side leaks: Java ``2019-03-05 10:21:33.0``, ``Tue Mar 05 10:21:33 CST 2019`` (CST is
  China here), microseconds, .NET ``/Date(1551752493000)/`` and Java ``Date`` JSON
  (``"year":119,"month":2``) in script state with the visible line written by script;
- null defaults in the date line (``1970-01-01 08:00:00``, ``0000-00-00``, ``0001-01-01``,
  ``1899-12-30``, ``NaN-NaN-NaN``, ``Invalid Date``, ``{{ article.pubtime }}``), on half the own
  day in the URL or JSON-LD (truth), the others undated (truth: no date);
- invisible characters inside the date line: Vue's ``<!---->``, ``<wbr>``, U+200B, ``&shy;``,
  U+2060, U+FEFF, empty spans;
- other eras beside the Gregorian day: 佛历2563年, 黄帝纪元4716年, 孔子纪年2570年, 岁次己亥,
  ``公元``/``西元`` before the day;
- weekly and monthly reports: ``2019年第10周``, ``2019-W10``, 统计周期 of the week before,
  ``数据截至…``, the next issue's 下期发布时间; 发布时间 on half (truth), none on the others;
- speech and interview transcripts: ``——在…上的讲话（2019年3月1日）``, 访谈时间, 采访时间 earlier
  than the page's 发布时间, above or below it;
- mailing-list archives (pipermail style): the message's ``Date`` (RFC 2822, ctime with CST,
  Chinese), a quoted earlier message (``在 2019年3月4日 星期一 下午3:20，X 写道：``, ``-----原始邮件-----``),
  the thread's later messages;
- weather and earthquake bulletins: ``中央气象台2019年03月05日10时发布``, forecast days after,
  ``有效期至``, a year-less ``正式测定：03月05日10时21分``;
- overseas Chinese media printing local time (巴黎时间, 悉尼时间, 温哥华时间, 东京时间, day-first
  ``05.03.2019``), hours chosen so that the printed day is the Beijing day;
- English pages of Taiwan and Hong Kong papers: ``PUBLISHED : Tuesday, 05 March, 2019, 10:21pm``
  with a later UPDATED, ``Tue, Mar 05, 2019 - Page 3``, ``2019-03-05 HKT 22:21``,
  ``03/05/2019 10:21 PM``, ``05 Mar 2019 10:21 pm``;
- rare publication labels (上线时间, 推送时间, 播发时间, 见报日期, 刊发时间, 发表日期, 出稿时间, 签发时间)
  beside a scraper's or archive's later ones (采集时间, 入库时间, 抓取时间, 同步时间, 归档时间);
- edit markup: ``<time pubdate>``, ``<data value>`` around a year-less text, corrections in
  ``<ins datetime>``/``<del datetime>`` and a 更正说明 above the date line, all later;
- embeds in the article: a tweet (``March 1, 2019``), a Weibo card, a video card with their own
  earlier days, one above the date line on a third of the pages;
- feed item views (RSS/Atom rendered): ``pubDate: Tue, 05 Mar 2019 10:21:33 +0800``, Atom
  ``published``/``updated``, the channel's later ``lastBuildDate``, other items;
- a year-less date line (``03-05 10:21``, ``3月5日 10:21``) whose year is only in a single-year
  copyright of the page;
- Taiwan compact ROC days (``1080305``, ``108.03.05``, ``民108.03.05``), half of the pages in Big5;
- the page's own day only in a printed permalink (本文地址, 永久链接, 转载请注明出处), a repost's
  earlier 原文链接 on half;
- podcast episode pages: 发布于 or a bare day, 时长 and chapter clocks, ``录制于`` earlier, other
  episodes' days.

Pages are drawn with the harness's ``date_page`` (inews BDCI 2019 train texts: tune pages even
records, report pages odd ones). Seeds 10000-10639: 20 kinds, 32 seeds a kind (``10000 + 32 * kind + j``);
within a kind the 16 seeds of lower SHA-256 (``date_probe10:<seed>``) are *tune*, the others *report*,
decided before anything ran. Truth (the day of the article's own publication as the page shows it, none
on a page that shows none) is what the generator put there; ``date_probe10_truth.json`` freezes each
seed's split, kind, truth and page hash, and ``--check`` says whether the pages still match it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.date_probe import (  # noqa: E402
    BEIJING,
    CN_DIGIT,
    TEXTS,
    WEEK,
    Ctx,
    Made,
    any_form,
    body_html,
    cn,
    cn_number,
    dash,
    dated_url,
    esc,
    host,
    later,
    page,
    plain_url,
    traps,
)
from bench.probe_harness import DateWave  # noqa: E402

FROZEN = Path(__file__).with_name("date_probe10_truth.json")
WAVE10 = 10000
PER_KIND = 32  # 16 tune + 16 report
EN_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
EN_MONTH = "January February March April May June July August September October November December".split()
EN_DAY = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_WEEKDAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
GAN = "甲乙丙丁戊己庚辛壬癸"
ZHI = "子丑寅卯辰巳午未申酉戌亥"


# ---------------------------------------------------------------------------------------------
# Shared pieces of this wave


def ymd(d: date | datetime) -> str:
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def hm(t: datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def epoch(t: datetime) -> int:
    """Seconds of a Beijing wall time."""
    return int(t.replace(tzinfo=BEIJING).timestamp())


def rfc2822(t: datetime) -> str:
    """Tue, 05 Mar 2019 10:21:33 +0800 (Beijing wall time)."""
    return f"{EN_DAY[t.weekday()]}, {t.day:02d} {EN_MON[t.month - 1]} {t.year} {t:%H:%M:%S} +0800"


def before(c: Ctx, lo: int, hi: int) -> datetime:
    return c.pub - timedelta(days=c.rng.randint(lo, hi), minutes=c.rng.randint(0, 600))


def roc_cn(y: int) -> str:
    """九十四, 一百零八, 一百一十: ROC years in numerals."""
    if y < 100:
        return cn_number(y)
    rest = y - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + CN_DIGIT[rest]
    tens, units = divmod(rest, 10)
    return "一百" + CN_DIGIT[tens] + "十" + (CN_DIGIT[units] if units else "")


def digits_cn(n: int) -> str:
    """二五六三: a year read digit by digit."""
    return "".join(CN_DIGIT[int(ch)] for ch in str(n))


def headline(c: Ctx, tag: str = "h1") -> str:
    return f"<{tag}>{esc(c.text.title)}</{tag}>"


def frame(c: Ctx, top: str, article: str, bottom: str = "", head: str = "", charset: str = "utf-8") -> str:
    """A portal page: header furniture, the article, the furniture after it."""
    return page(c.text.title, head, f'{top}<div class="main">{article}</div>{bottom}', charset)


def furniture(c: Ctx) -> tuple[str, str]:
    """Traps above and below the article."""
    t = traps(c)
    return t["clock"], t["sidebar"] + t["related"] + t["comments"] + t["copyright"]


# ---------------------------------------------------------------------------------------------
# Kinds


def tw_official_letter(c: Ctx) -> Made:
    t = c.pub
    y = t.year - 1911
    form = c.rng.randrange(3)
    if form == 0:
        day = f"中華民國{roc_cn(y)}年{cn_number(t.month)}月{cn_number(t.day)}日"
    elif form == 1:
        day = f"中華民國{y}年{t.month}月{t.day}日"
    else:
        day = f"{y}年{t.month:02d}月{t.day:02d}日"
    basis = before(c, 5, 60)
    deadline = later(t, c.rng, 5, 30)
    meeting = later(t, c.rng, 3, 20)
    no = f"{y:03d}{c.rng.randint(1, 9999999):07d}"
    paras = list(c.text.paragraphs)
    explain = [
        f"一、依據本部{basis.year - 1911}年{basis.month}月{basis.day}日臺教字第{basis.year - 1911:03d}{c.rng.randint(1, 9999999):07d}號函辦理。"
    ]
    explain += [f"{cn_number(i + 2)}、{p}" for i, p in enumerate(paras[:4])]
    explain.append(
        f"{cn_number(len(explain) + 1)}、請於{deadline.year - 1911}年{deadline.month}月{deadline.day}日前函復，逾期不予受理。"
    )
    rows = [
        ("發文日期", day),
        ("發文字號", f"府授教字第{no}號"),
        ("速別", "普通件"),
        ("密等及解密條件或保密期限", "普通"),
        ("附件", "如文"),
    ]
    if c.rng.random() < 0.5:
        rows.append(
            (
                "開會時間",
                f"{meeting.year - 1911}年{meeting.month}月{meeting.day}日（星期{WEEK[meeting.weekday()]}）上午9時30分",
            )
        )
    table = "".join(f"<tr><th>{k}：</th><td>{esc(v)}</td></tr>" for k, v in rows)
    doc = (
        f'<div class="doc"><h2>臺北市政府　函</h2><table class="docinfo">{table}</table>'
        f"<p><b>主旨：</b>{esc(c.text.title)}，請查照。</p><p><b>說明：</b></p>"
        + "".join(f"<p>{esc(e)}</p>" for e in explain)
        + "<p>正本：各級學校</p><p>副本：本府教育局</p></div>"
    )
    truth = t.date()
    row = ""
    if c.rng.random() < 0.5:
        posted = t + timedelta(days=c.rng.randint(0, 5), hours=c.rng.randint(0, 5))
        truth = posted.date()
        shown = (
            ymd(posted)
            if c.rng.random() < 0.5
            else f"{posted.year - 1911}-{posted.month:02d}-{posted.day:02d}"
        )
        row = f'<div class="info"><span>發布單位：教育局</span> <span>發布日期：{shown}</span> <span>點閱次數：{c.rng.randint(50, 9000)}</span></div>'
        if c.rng.random() < 0.5:
            upd = later(posted, c.rng, 1, 90)
            row += f'<div class="upd">更新日期：{ymd(upd)}</div>'
    top, bottom = furniture(c)
    url = f"https://www.gov.taipei/News_Content.aspx?n={c.rng.randint(1000, 9999)}&s={c.rng.randint(100000, 999999)}"
    return url, frame(c, top, headline(c) + row + doc, bottom), "utf-8", truth


def journal_article(c: Ctx) -> Made:
    t = c.pub
    received = before(c, 60, 240)
    revised = before(c, 10, 50)
    label = c.rng.choice(["网络首发时间", "网络出版时间", "网络首发日期", "在线发表"])
    shown = f"{ymd(t)} {t:%H:%M:%S}" if c.rng.random() < 0.6 else f"{t.year}年{t.month}月{t.day}日"
    born = t.year - c.rng.randint(25, 60)
    refs = []
    for i in range(c.rng.randint(4, 8)):
        old = before(c, 60, 3000)
        shape = c.rng.randrange(3)
        if shape == 0:
            refs.append(
                f"[{i + 1}] 王{CN_DIGIT[i % 10]}明. 新媒体环境下的传播研究[J]. 新闻大学, {old.year}({c.rng.randint(1, 12)}): {c.rng.randint(1, 90)}-{c.rng.randint(91, 120)}."
            )
        elif shape == 1:
            refs.append(f"[{i + 1}] 李华. 一线观察[N]. 人民日报, {ymd(old)}({c.rng.randint(1, 20):03d}).")
        else:
            seen = old + timedelta(days=c.rng.randint(10, 60))
            refs.append(
                f"[{i + 1}] 国家统计局. 统计公报[EB/OL]. ({ymd(old)})[{ymd(seen)}]. http://www.stats.gov.cn/tjsj/{old.year}{old.month:02d}/t{old:%Y%m%d}_{c.rng.randint(1000, 9999)}.html."
            )
    info = (
        f'<div class="wx-tit"><h1>{esc(c.text.title)}</h1><h3><a>张{CN_DIGIT[c.rng.randint(1, 9)]}华</a><sup>1</sup> <a>刘洋</a><sup>2</sup></h3>'
        f"<h3>1.某某大学新闻传播学院 2.某某社会科学院</h3></div>"
        f'<div class="row"><span class="rowtit">摘要：</span><span>{esc(c.text.paragraphs[0][:160])}</span></div>'
        f'<div class="row"><span class="rowtit">基金资助：</span>国家社会科学基金项目（{(t.year - 1) % 100:02d}BXW{c.rng.randint(10, 999):03d}）</div>'
        f'<div class="row"><span class="rowtit">作者简介：</span>张华（{born}—），男，博士，副教授。</div>'
        f'<div class="row"><span class="rowtit">收稿日期：</span>{ymd(received)}；<span class="rowtit">修回日期：</span>{ymd(revised)}</div>'
        f'<div class="row"><span class="rowtit">{label}：</span><span>{shown}</span></div>'
        f'<div class="row"><span class="rowtit">网络首发地址：</span>https://kns.cnki.net/kcms/detail/11.{c.rng.randint(1000, 9999)}.G2.{t:%Y%m%d}.{t:%H%M}.{c.rng.randint(1, 20):03d}.html</div>'
    )
    cite = f'<div class="cite">引用本文：张华, 刘洋. {esc(c.text.title)}[J]. 某某大学学报, {t.year}, {c.rng.randint(20, 45)}({c.rng.randint(1, 6)}): {c.rng.randint(1, 60)}-{c.rng.randint(61, 90)}.</div>'
    body = (
        body_html(c)
        + '<h4>参考文献</h4><div class="refs">'
        + "".join(f"<p>{esc(r)}</p>" for r in refs)
        + "</div>"
    )
    if c.rng.random() < 0.5:
        body = cite + body
    else:
        body += cite
    url = f"https://kns.cnki.net/kcms/detail/detail.aspx?dbcode=CJFD&filename=XXXX{c.rng.randint(100000, 999999)}"
    return url, frame(c, "", info + body), "utf-8", t.date()


def java_leaks(c: Ctx) -> Made:
    t = c.pub
    form = c.rng.randrange(6)
    head = ""
    script = ""
    if form == 0:
        line = f"发布时间：{ymd(t)} {t:%H:%M:%S}.0"
    elif form == 1:
        line = f"发布时间：{EN_DAY[t.weekday()]} {EN_MON[t.month - 1]} {t.day:02d} {t:%H:%M:%S} CST {t.year}"
    elif form == 2:
        line = f"时间：{ymd(t)} {t:%H:%M:%S}.{c.rng.randint(0, 999999):06d}"
    elif form == 3:
        line = f'<span class="time">{EN_DAY[t.weekday()]} {EN_MON[t.month - 1]} {t.day:02d} {t:%H:%M:%S} CST {t.year}</span> <span>来源：{c.rng.choice(["本站", "市政府办公室"])}</span>'
    elif form == 4:
        ms = epoch(t) * 1000
        script = f'<script>var pageData = {{"Id":{c.rng.randint(1000, 99999)},"Title":"","PubDate":"\\/Date({ms})\\/","Hits":{c.rng.randint(10, 9999)}}};</script>'
        line = '发布时间：<span id="pubdate"></span><script>document.getElementById("pubdate").innerText = formatDate(pageData.PubDate);</script>'
    else:
        ms = epoch(t) * 1000
        script = (
            f'<script>var article = {{"id":{c.rng.randint(1000, 99999)},"pubTime":{{"date":{t.day},"day":{(t.weekday() + 1) % 7},"hours":{t.hour},'
            f'"minutes":{t.minute},"month":{t.month - 1},"seconds":{t.second},"time":{ms},"timezoneOffset":-480,"year":{t.year - 1900}}}}};</script>'
        )
        line = '<span class="pub" id="pubTime"></span><script>$("#pubTime").text(fmt(article.pubTime.time));</script>'
    top, bottom = furniture(c)
    article = headline(c) + f'<div class="info">{line}</div>' + script + body_html(c)
    return plain_url(c), frame(c, top, article, bottom, head), "utf-8", t.date()


NULLS = [
    "1970-01-01 08:00:00",
    "1970-01-01",
    "0000-00-00 00:00:00",
    "0001-01-01 00:00:00",
    "1899-12-30",
    "1900-01-01 00:00",
    "NaN-NaN-NaN NaN:NaN",
    "Invalid Date",
    "{{ article.pubtime }}",
    "${pubDate?string('yyyy-MM-dd')}",
    "1970年01月01日 08:00",
]


def null_defaults(c: Ctx) -> Made:
    t = c.pub
    bad = c.rng.choice(NULLS)
    line = f'<div class="info"><span>来源：{c.rng.choice(["本站", "综合", "新华网"])}</span> <span>发布时间：{esc(bad)}</span> <span>浏览：0</span></div>'
    head = ""
    if "1970" in bad and c.rng.random() < 0.5:
        head = '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
    truth: date | None = None
    url = plain_url(c)
    where = c.rng.randrange(4)
    if where == 0:
        url, truth = dated_url(c, t.date()), t.date()
    elif where == 1:
        head += f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"","datePublished":"{ymd(t)}T{t:%H:%M:%S}+08:00"}}</script>'
        truth = t.date()
    top, bottom = furniture(c)
    return url, frame(c, top, headline(c) + line + body_html(c), bottom, head), "utf-8", truth


def invisible_chars(c: Ctx) -> Made:
    t = c.pub
    y, m, d = f"{t.year}", f"{t.month:02d}", f"{t.day:02d}"
    form = c.rng.randrange(7)
    if form == 0:
        shown = f"<span>{y}-{m}-{d}</span><!----> <span>{hm(t)}</span><!---->"
    elif form == 1:
        shown = f"{y}<!---->-{m}<!---->-{d} {hm(t)}"
    elif form == 2:
        shown = f"{y}-<wbr>{m}-<wbr>{d}<wbr> {hm(t)}"
    elif form == 3:
        shown = f"\u200b{y}\u200b-\u200b{m}\u200b-\u200b{d}\u200b {hm(t)}"
    elif form == 4:
        shown = f"{y}&shy;年{t.month}&shy;月{t.day}&shy;日 {hm(t)}"
    elif form == 5:
        shown = f"\ufeff{y}\u2060-{m}\u2060-{d}&#8203; {hm(t)}"
    else:
        shown = (
            f'{y}<span></span>年<span></span>{t.month}月<span class="x"></span>{t.day}日 <span></span>{hm(t)}'
        )
    label = c.rng.choice(["发布时间：", "时间：", "", "发布于 "])
    line = f'<div class="article-info"><span class="date">{label}{shown}</span> <span class="src">来源：{c.rng.choice(["澎湃新闻", "央视新闻", "本站"])}</span></div>'
    top, bottom = furniture(c)
    return plain_url(c), frame(c, top, headline(c) + line + body_html(c), bottom), "utf-8", t.date()


def era_calendars(c: Ctx) -> Made:
    t = c.pub
    greg = c.rng.choice([f"{t.year}年{t.month}月{t.day}日", f"{t.year}年{t.month:02d}月{t.day:02d}日"])
    gz = GAN[(t.year - 4) % 10] + ZHI[(t.year - 4) % 12]
    forms = [
        f"佛历{t.year + 544}年（公元{greg}）",
        f"佛历{digits_cn(t.year + 544)}年 公元{greg}",
        f"黄帝纪元{t.year + 2697}年 公元{greg}",
        f"孔子纪年{t.year + 551}年暨公元{greg}",
        f"公元{greg}",
        f"西元{greg}",
        f"佛历{t.year + 544}年{t.month}月{t.day}日（公元{greg}）",
    ]
    if t.month >= 3:
        forms.append(f"岁次{gz} 公历{greg}")
        forms.append(f"{gz}年 {greg} 星期{WEEK[t.weekday()]}")
    shown = c.rng.choice(forms)
    if c.rng.random() < 0.5:
        shown += f" {hm(t)}"
    label = c.rng.choice(["发布时间：", "日期：", "", "发表于 "])
    line = f'<div class="meta"><span>{label}{shown}</span> <span>来源：{c.rng.choice(["本寺", "佛教在线", "文化研究会", "宗亲会"])}</span></div>'
    top, bottom = furniture(c)
    return plain_url(c), frame(c, top, headline(c) + line + body_html(c), bottom), "utf-8", t.date()


def periodical_report(c: Ctx) -> Made:
    t = c.pub
    pd = t.date()
    sunday = pd - timedelta(days=pd.isoweekday())
    monday = sunday - timedelta(days=6)
    iso = monday.isocalendar()
    form = c.rng.randrange(4)
    if form == 0:
        head = f"{iso[0]}年第{iso[1]}周"
    elif form == 1:
        head = f"{iso[0]}-W{iso[1]:02d}"
    elif form == 2:
        head = f"{monday.year}年第{iso[1]}期（{monday.month}.{monday.day}-{sunday.month}.{sunday.day}）"
    else:
        head = f"{monday.year}年{monday.month}月第{(monday.day - 1) // 7 + 1}周"
    rows = [
        f'<p class="period">统计周期：{monday.year}年{monday.month}月{monday.day}日—{sunday.month}月{sunday.day}日</p>'
    ]
    if c.rng.random() < 0.6:
        rows.append(f'<p class="cut">数据截至{sunday.year}年{sunday.month}月{sunday.day}日</p>')
    if c.rng.random() < 0.5:
        nxt = pd + timedelta(days=7)
        rows.append(f'<p class="next">下期发布时间：{ymd(nxt)}</p>')
    c.rng.shuffle(rows)
    truth: date | None = None
    line = ""
    if c.rng.random() < 0.5:
        truth = pd
        line = f'<div class="info">发布时间：{any_form(t, c.rng)}　来源：{c.rng.choice(["市统计局", "价格监测中心", "市场监管局"])}</div>'
    banner = f'<div class="report-no">{head}</div>'
    top, bottom = furniture(c)
    article = banner + headline(c) + line + "".join(rows) + body_html(c, quoted=False)
    return plain_url(c), frame(c, top, article, bottom), "utf-8", truth


def speech_transcript(c: Ctx) -> Made:
    t = c.pub
    ev = before(c, 1, 20)
    form = c.rng.randrange(4)
    if form == 0:
        sub = f"——在{c.rng.choice(['全市经济工作会议', '全省宣传工作会议', '第二次全体会议'])}上的讲话（{ev.year}年{ev.month}月{ev.day}日）"
    elif form == 1:
        sub = f"（{ev.year}年{ev.month}月{ev.day}日）"
    elif form == 2:
        sub = f"访谈时间：{ev.year}年{ev.month}月{ev.day}日 {ev.hour:02d}:00　访谈嘉宾：{c.rng.choice(['局长', '副市长', '主任'])}王某"
    else:
        sub = f"采访时间：{ymd(ev)}　采访地点：北京"
    page_line = f'<div class="info">发布时间：{any_form(t, c.rng)}　来源：{c.rng.choice(["新华社", "人民网", "市政府网站"])}</div>'
    subtitle = f'<div class="subtitle">{esc(sub)}</div>'
    parts = [subtitle, page_line] if c.rng.random() < 0.5 else [page_line, subtitle]
    top, bottom = furniture(c)
    return plain_url(c), frame(c, top, headline(c) + "".join(parts) + body_html(c), bottom), "utf-8", t.date()


def mail_archive(c: Ctx) -> Made:
    t = c.pub
    form = c.rng.randrange(3)
    if form == 0:
        shown = rfc2822(t)
    elif form == 1:
        shown = f"{EN_DAY[t.weekday()]} {EN_MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S} CST {t.year}"
    else:
        shown = f"{t.year}年{t.month}月{t.day}日 星期{WEEK[t.weekday()]} {hm(t)}"
    q = before(c, 1, 10)
    hour = q.hour % 12 or 12
    ampm = "上午" if q.hour < 12 else "下午"
    quote = c.rng.choice(
        [
            f"在 {q.year}年{q.month}月{q.day}日 星期{WEEK[q.weekday()]} {ampm}{hour}:{q.minute:02d}，李明 &lt;liming@example.org&gt; 写道：",
            f"-----原始邮件-----\n发件人: 李明 &lt;liming@example.org&gt;\n发送时间: {q.year}年{q.month}月{q.day}日 {hm(q)}\n收件人: dev@lists.example.org\n主题: {esc(c.text.title[:20])}",
            f"On {EN_DAY[q.weekday()]}, {EN_MON[q.month - 1]} {q.day}, {q.year} at {hour}:{q.minute:02d} {'AM' if q.hour < 12 else 'PM'} Li Ming &lt;liming@example.org&gt; wrote:",
        ]
    )
    paras = c.text.paragraphs
    body = (
        "\n\n".join(esc(p) for p in paras[:-1])
        + "\n\n"
        + quote
        + "\n"
        + "\n".join("&gt; " + esc(p[:60]) for p in paras[-2:])
    )
    listname = c.rng.choice(["cn-dev", "linux-zh", "python-cn", "tex-cn"])
    later_rows = "".join(
        f'<li><a href="{c.rng.randint(10000, 99999)}.html">Re: [{listname}] {esc(c.text.title[:16])}</a> <i>{rfc2822(later(t, c.rng, 0, 9))}</i></li>'
        for _ in range(c.rng.randint(1, 4))
    )
    article = (
        f"<h1>[{listname}] {esc(c.text.title)}</h1>"
        f'<b>张伟</b> <a href="mailto:zhangwei@example.org">zhangwei at example.org</a><br><i>{shown}</i>'
        f"<p><ul><li>上一封邮件：<a>Re: 邮件列表迁移</a></li><li>下一封邮件：<a>Re: {esc(c.text.title[:16])}</a></li></ul>"
        f"<hr><pre>{body}</pre><hr><p>本主题的其他邮件：</p><ul>{later_rows}</ul>"
    )
    url = f"https://lists.example.org/pipermail/{listname}/{t.year}-{EN_MONTH[t.month - 1]}/{c.rng.randint(1000, 99999):06d}.html"
    if c.rng.random() < 0.5:
        url = f"https://lists.example.org/pipermail/{listname}/msg{c.rng.randint(1000, 99999):05d}.html"
    return url, page(f"[{listname}] {c.text.title}", "", article, "utf-8"), "utf-8", t.date()


def weather_bulletin(c: Ctx) -> Made:
    t = c.pub
    form = c.rng.randrange(3)
    if form == 0:
        line = f"中央气象台{t.year}年{t.month:02d}月{t.day:02d}日{t.hour:02d}时发布"
    elif form == 1:
        line = f"发布时间：{ymd(t)} {t.hour:02d}:00"
    else:
        line = f"{c.rng.choice(['广东省', '江苏省', '四川省'])}气象台 {t.year}年{t.month}月{t.day}日{t.hour}时{t.minute}分发布"
    d1, d2, d3 = (t + timedelta(days=i) for i in (1, 2, 3))
    forecast = (
        f"<p>预计{d1.month}月{d1.day}日夜间至{d2.day}日，江南、华南等地有中到大雨。</p>"
        f'<table class="fc"><tr><td>{d1.month}月{d1.day}日</td><td>多云转阴</td></tr><tr><td>{d2.month}月{d2.day}日</td><td>小雨</td></tr><tr><td>{d3.month}月{d3.day}日</td><td>晴</td></tr></table>'
    )
    extras = [forecast]
    if c.rng.random() < 0.5:
        until = t + timedelta(hours=c.rng.randint(24, 72))
        extras.append(f"<p>预警有效期至{until.year}年{until.month}月{until.day}日{until.hour}时。</p>")
    if c.rng.random() < 0.4:
        extras.append(
            f"<p>中国地震台网正式测定：{t.month:02d}月{t.day:02d}日{t.hour:02d}时{t.minute:02d}分在四川宜宾市长宁县（北纬28.23度，东经104.96度）发生4.9级地震，震源深度10千米。</p>"
        )
    c.rng.shuffle(extras)
    top, bottom = furniture(c)
    article = (
        headline(c) + f'<div class="writing">{line}</div>' + "".join(extras) + body_html(c, quoted=False)
    )
    return plain_url(c), frame(c, top, article, bottom), "utf-8", t.date()


def overseas_zones(c: Ctx) -> Made:
    t = c.pub
    zone = c.rng.randrange(5)
    # (label, host, hours at which the printed day is also the Beijing day)
    label, site, hours = [
        ("巴黎时间", "www.oushinet.fr", range(0, 16)),
        ("悉尼时间", "www.1688.com.au", range(3, 24)),
        ("温哥华时间", "www.bcbay.ca", range(0, 8)),
        ("东京时间", "www.jnocnews.jp", range(1, 24)),
        ("柏林时间", "www.huashangbao.de", range(0, 16)),
    ][zone]
    local = datetime(t.year, t.month, t.day, c.rng.choice(list(hours)), t.minute)
    if zone in (0, 4) and c.rng.random() < 0.5:
        shown = f"{local.day:02d}.{local.month:02d}.{local.year} {hm(local)}"
    elif zone == 2 and c.rng.random() < 0.4:
        shown = f"{local.month:02d}/{local.day:02d}/{local.year} {local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    else:
        shown = dash(local, c.rng)
    line = f"{label} {shown}" if c.rng.random() < 0.5 else f"发布时间：{shown}（{label}）"
    line = f'<div class="time">{line}</div>'
    top, bottom = furniture(c)
    url = f"https://{site}/news/{c.rng.randint(10000, 999999)}.html"
    return url, frame(c, top, headline(c) + line + body_html(c), bottom), "utf-8", t.date()


def ampm(t: datetime, upper: bool = False, dots: bool = False) -> str:
    h = t.hour % 12 or 12
    tag = "am" if t.hour < 12 else "pm"
    if dots:
        tag = "a.m." if t.hour < 12 else "p.m."
    return f"{h}:{t.minute:02d}{' ' if upper or dots else ''}{tag.upper() if upper else tag}"


def en_tw_hk_papers(c: Ctx) -> Made:
    t = c.pub
    form = c.rng.randrange(5)
    if form == 0:
        upd = later(t, c.rng, 0, 3)
        line = (
            f'<div class="published">PUBLISHED : {EN_WEEKDAY[t.weekday()]}, {t.day:02d} {EN_MONTH[t.month - 1]}, {t.year}, {ampm(t)}</div>'
            f'<div class="updated">UPDATED : {EN_WEEKDAY[upd.weekday()]}, {upd.day:02d} {EN_MONTH[upd.month - 1]}, {upd.year}, {ampm(upd)}</div>'
        )
        site = "www.scmp.com"
    elif form == 1:
        line = f'<div class="archives">{EN_DAY[t.weekday()]}, {EN_MON[t.month - 1]} {t.day:02d}, {t.year} - Page {c.rng.randint(1, 16)}</div>'
        site = "www.taipeitimes.com"
    elif form == 2:
        line = f'<div class="newsDate">{ymd(t)} HKT {hm(t)}</div>'
        site = "news.rthk.hk"
    elif form == 3:
        line = f'<div class="updatetime">{t.month:02d}/{t.day:02d}/{t.year} {ampm(t, upper=True)}</div>'
        site = "focustaiwan.tw"
    else:
        line = f'<div class="date">{t.day:02d} {EN_MON[t.month - 1]} {t.year} {ampm(t, upper=False)}</div>'
        site = "www.thestandard.com.hk"
    top, bottom = furniture(c)
    url = f"https://{site}/news/{c.rng.randint(100000, 9999999)}"
    return url, frame(c, top, headline(c) + line + body_html(c), bottom), "utf-8", t.date()


RARE_GOOD = ["上线时间", "推送时间", "播发时间", "见报日期", "刊发时间", "发表日期", "出稿时间", "签发时间"]
RARE_BAD = ["采集时间", "入库时间", "抓取时间", "同步时间", "归档时间", "浏览时间"]


def rare_labels(c: Ctx) -> Made:
    t = c.pub
    good = f"{c.rng.choice(RARE_GOOD)}：{any_form(t, c.rng)}"
    bad_t = c.crawl if c.rng.random() < 0.4 else later(t, c.rng, 1, 400)
    bad = f"{c.rng.choice(RARE_BAD)}：{any_form(bad_t, c.rng)}"
    parts = [good, bad]
    if c.rng.random() < 0.5:
        parts.reverse()
    if c.rng.random() < 0.5:
        line = '<div class="info">' + "　".join(f"<span>{p}</span>" for p in parts) + "</div>"
    else:
        line = "".join(f'<p class="info">{p}</p>' for p in parts)
    top, bottom = furniture(c)
    return plain_url(c), frame(c, top, headline(c) + line + body_html(c), bottom), "utf-8", t.date()


def edit_markup(c: Ctx) -> Made:
    t = c.pub
    fix = later(t, c.rng, 1, 30)
    iso = f"{ymd(t)}T{t:%H:%M:%S}+08:00"
    form = c.rng.randrange(3)
    if form == 0:
        line = f"<time pubdate>{dash(t, c.rng)}</time>"
    elif form == 1:
        line = f'<time pubdate datetime="{iso}">{cn(t, c.rng)}</time>'
    else:
        line = f'<data class="pubdate" value="{ymd(t)}">{t.month}月{t.day}日 {hm(t)}</data> <span class="year">{t.year}</span>'
    paras = [f"<p>　　{esc(p)}</p>" for p in c.text.paragraphs]
    i = c.rng.randrange(len(paras))
    fix_iso = f"{ymd(fix)}T{fix:%H:%M:%S}+08:00"
    paras[i] = paras[i].replace(
        "</p>",
        f'<del datetime="{fix_iso}">约3000人</del><ins datetime="{fix_iso}">约2000人（{fix.year}年{fix.month}月{fix.day}日更正）</ins></p>',
    )
    note = ""
    if c.rng.random() < 0.5:
        note = f'<div class="correction">【更正说明】本文于{fix.year}年{fix.month}月{fix.day}日更正了第{cn_number(i + 1)}段中的数字。</div>'
    top, bottom = furniture(c)
    article = (
        "<article>" + headline(c) + note + f'<div class="byline">{line}</div>' + "".join(paras) + "</article>"
    )
    return plain_url(c), frame(c, top, article, bottom), "utf-8", t.date()


def embeds(c: Ctx) -> Made:
    t = c.pub
    cards = []
    tw = before(c, 0, 30)
    cards.append(
        f'<blockquote class="twitter-tweet"><p lang="zh" dir="ltr">{esc(c.text.paragraphs[0][:50])}</p>&mdash; 某某 (@moumou) '
        f'<a href="https://twitter.com/moumou/status/{c.rng.randint(10**17, 10**18)}">{EN_MONTH[tw.month - 1]} {tw.day}, {tw.year}</a></blockquote>'
    )
    wb = before(c, 0, 30)
    wb_time = (
        f"{wb.month}月{wb.day}日 {hm(wb)}"
        if c.rng.random() < 0.5
        else f"{wb.year}-{wb.month}-{wb.day} {hm(wb)}"
    )
    cards.append(
        f'<div class="weibo-card"><span class="name">@某某发布</span> <span class="time">{wb_time}</span> <span class="from">来自 iPhone客户端</span><p>{esc(c.text.paragraphs[1][:60])}</p></div>'
    )
    vd = before(c, 0, 90)
    cards.append(
        f'<div class="video-card"><span class="v-title">现场视频</span> <span class="v-meta">发布于 {ymd(vd)} · {c.rng.randint(1, 99)}.{c.rng.randint(0, 9)}万播放</span></div>'
    )
    c.rng.shuffle(cards)
    line = f'<div class="info">{c.rng.choice(["", "发布时间："])}{any_form(t, c.rng)}　来源：{c.rng.choice(["澎湃新闻", "红星新闻", "本站"])}</div>'
    paras = [f"<p>　　{esc(p)}</p>" for p in c.text.paragraphs]
    for card in cards[1:]:
        paras.insert(c.rng.randrange(1, len(paras)), card)
    lead = cards[0]
    if c.rng.random() < 1 / 3:
        article = headline(c) + lead + line + "".join(paras)
    else:
        paras.insert(c.rng.randrange(1, len(paras)), lead)
        article = headline(c) + line + "".join(paras)
    top, bottom = furniture(c)
    return plain_url(c), frame(c, top, article, bottom), "utf-8", t.date()


def feed_item(c: Ctx) -> Made:
    t = c.pub
    build = c.crawl - timedelta(minutes=c.rng.randint(1, 300))
    form = c.rng.randrange(3)
    if form == 0:
        meta = f'<div class="item-meta">pubDate: {rfc2822(t)}</div>'
    elif form == 1 and t.hour >= 8:
        u = t - timedelta(hours=8)
        meta = f'<div class="item-meta">pubDate: {EN_DAY[u.weekday()]}, {u.day:02d} {EN_MON[u.month - 1]} {u.year} {u:%H:%M:%S} GMT</div>'
    else:
        upd = later(t, c.rng, 1, 20)
        meta = (
            f'<div class="entry-meta"><published>{ymd(t)}T{t:%H:%M:%S}+08:00</published> '
            f"<updated>{ymd(upd)}T{upd:%H:%M:%S}+08:00</updated></div>"
        )
    others = "".join(
        f'<li><a href="#i{j}">{esc(x)}</a> <span>{rfc2822(later(t, c.rng, 0, 5))}</span></li>'
        for j, x in enumerate(c.titles(c.rng.randint(3, 6)))
    )
    chan = c.rng.choice(["国内新闻", "本地要闻", "科技频道"])
    header = f'<div class="feed-header"><h2>{host(c)} - {chan}</h2><p class="desc">RSS 2.0</p><p>lastBuildDate: {rfc2822(build)}</p></div>'
    item = f'<div class="item"><h1 class="item-title">{esc(c.text.title)}</h1>{meta}<div class="item-description">{body_html(c)}</div></div>'
    body = header + item + f'<div class="other-items"><h3>本频道其他条目</h3><ul>{others}</ul></div>'
    url = f"https://rsshub.example.net/{c.rng.choice(['feed', 'rss', 'items'])}/{c.rng.randint(1000, 99999)}?item={c.rng.randint(1, 30)}"
    return url, page(c.text.title, "", body, "utf-8"), "utf-8", t.date()


def year_in_copyright(c: Ctx) -> Made:
    t = c.pub
    form = c.rng.randrange(3)
    if form == 0:
        shown = f"{t.month:02d}-{t.day:02d} {hm(t)}"
    elif form == 1:
        shown = f"{t.month}月{t.day}日 {hm(t)}"
    else:
        shown = f"{t.month:02d}/{t.day:02d} {hm(t)}"
    label = c.rng.choice(["发布时间：", "", "时间："])
    line = f'<div class="info"><span>{label}{shown}</span> <span>来源：{c.rng.choice(["本站", "综合", "网络"])}</span></div>'
    rows = "".join(
        f'<li><a href="/a/{c.rng.randint(1000, 99999)}.html">{esc(x)}</a> <span>{d.month:02d}-{d.day:02d}</span></li>'
        for x, d in ((x, c.between()) for x in c.titles(c.rng.randint(3, 6)))
    )
    side = f'<div class="side"><h3>热门文章</h3><ul>{rows}</ul></div>' if c.rng.random() < 0.6 else ""
    foot = (
        f'<div class="footer">Copyright &copy; {t.year} {host(c)} All Rights Reserved 版权所有 联系我们</div>'
    )
    return (
        plain_url(c),
        frame(c, "", headline(c) + line + body_html(c, quoted=False), side + foot),
        "utf-8",
        t.date(),
    )


def roc_compact(c: Ctx) -> Made:
    t = c.pub
    y = t.year - 1911
    form = c.rng.randrange(4)
    if form == 0:
        shown = f"{y:03d}{t.month:02d}{t.day:02d}"
    elif form == 1:
        shown = f"{y}.{t.month:02d}.{t.day:02d}"
    elif form == 2:
        shown = f"民{y}.{t.month:02d}.{t.day:02d}"
    else:
        shown = f"{y}.{t.month}.{t.day}"
    label = c.rng.choice(["公告日期", "發布日期", "張貼日期", "刊登日期"])
    basis = before(c, 3, 40)
    end = later(t, c.rng, 5, 30)
    rows = [
        f"<tr><th>{label}</th><td>{shown}</td></tr>",
        f"<tr><th>依據</th><td>臺北市政府{basis.year - 1911}年{basis.month}月{basis.day}日府授文字第{basis.year - 1911:03d}{c.rng.randint(1, 9999999):07d}號函</td></tr>",
        f"<tr><th>截止日期</th><td>{end.year - 1911:03d}{end.month:02d}{end.day:02d}</td></tr>",
        f"<tr><th>點閱次數</th><td>{c.rng.randint(10, 9999)}</td></tr>",
    ]
    if c.rng.random() < 0.5:
        upd = later(t, c.rng, 1, 60)
        rows.append(
            f"<tr><th>資料更新日期</th><td>{upd.year - 1911:03d}{upd.month:02d}{upd.day:02d}</td></tr>"
        )
    table = f'<table class="info">{"".join(rows)}</table>'
    charset = "big5" if c.rng.random() < 0.5 else "utf-8"
    top, bottom = furniture(c)
    url = f"https://www.{c.rng.choice(['tcg', 'ntpc', 'tycg', 'kcg'])}.gov.tw/News_Content.aspx?n={c.rng.randint(1000, 9999)}&sms={c.rng.randint(1000, 99999)}"
    return (
        url,
        frame(c, top, headline(c) + table + body_html(c, quoted=False), bottom, charset=charset),
        charset,
        t.date(),
    )


def permalink_text(c: Ctx) -> Made:
    t = c.pub
    site = host(c)
    n = c.rng.randint(1000, 999999)
    own = c.rng.choice(
        [
            f"http://{site}/{t.year}/{t:%m%d}/{n}.html",
            f"http://{site}/xwzx/{t:%Y%m}/t{t:%Y%m%d}_{n}.html",
            f"http://{site}/news/{t:%Y/%m/%d}/{n}.html",
            f"http://{site}/{t:%Y-%m}/{t:%d}/content_{n}.htm",
        ]
    )
    label = c.rng.choice(["本文地址：", "永久链接：", "转载请注明出处：", "本文链接："])
    notes = [f'<p class="permalink">{label}<a href="{own}">{own}</a></p>']
    if c.rng.random() < 0.5:
        orig = before(c, 1, 200).date()
        other = f"https://www.{c.rng.choice(['ifeng', 'sohu', 'thepaper'])}.com/{orig.year}/{orig:%m%d}/{c.rng.randint(1000, 99999)}.shtml"
        notes.append(f'<p class="source">原文链接：<a href="{other}">{other}</a></p>')
        c.rng.shuffle(notes)
    url = f"http://m.{site}/detail?id={n}"
    top, bottom = furniture(c)
    return url, frame(c, top, headline(c) + body_html(c) + "".join(notes), bottom), "utf-8", t.date()


def podcast_show(c: Ctx) -> Made:
    t = c.pub
    rec = before(c, 1, 14)
    dur = f"{c.rng.randint(20, 95)}:{c.rng.randint(0, 59):02d}"
    if c.rng.random() < 0.5:
        line = f'<div class="ep-meta"><span>发布于 {ymd(t)}</span> · <span>时长 {dur}</span> · <span>{c.rng.randint(1, 99)}.{c.rng.randint(0, 9)}万次播放</span></div>'
    else:
        line = f'<div class="ep-meta"><span>{t.year}/{t.month:02d}/{t.day:02d}</span> · <span>{dur}</span> · <span>{c.rng.randint(100, 9999)} 次收听</span></div>'
    chapters = "".join(
        f"<li>{m // 60:02d}:{m % 60:02d}:{c.rng.randint(0, 59):02d} {esc(p[:18])}</li>"
        for m, p in zip(sorted(c.rng.sample(range(1, 90), 4)), c.text.paragraphs, strict=False)
    )
    notes = f'<div class="shownotes"><p>本期节目录制于{rec.year}年{rec.month}月{rec.day}日。</p><ul class="chapters">{chapters}</ul></div>'
    eps = "".join(
        f'<li><a href="/episode/{c.rng.randint(10**6, 10**7)}">{esc(x)}</a> <span>{ymd(c.between() if c.rng.random() < 0.5 else before(c, 7, 120))}</span></li>'
        for x in c.titles(c.rng.randint(3, 6))
    )
    article = headline(c) + line + notes + body_html(c)
    url = f"https://www.{c.rng.choice(['ximalaya', 'xiaoyuzhoufm', 'lizhi'])}.com/episode/{c.rng.randint(10**6, 10**8)}"
    return (
        url,
        frame(c, "", article, f'<div class="more-eps"><h3>往期节目</h3><ul>{eps}</ul></div>'),
        "utf-8",
        t.date(),
    )


KINDS10: dict[str, Callable[[Ctx], Made]] = {
    "tw_official_letter": tw_official_letter,
    "journal_article": journal_article,
    "java_leaks": java_leaks,
    "null_defaults": null_defaults,
    "invisible_chars": invisible_chars,
    "era_calendars": era_calendars,
    "periodical_report": periodical_report,
    "speech_transcript": speech_transcript,
    "mail_archive": mail_archive,
    "weather_bulletin": weather_bulletin,
    "overseas_zones": overseas_zones,
    "en_tw_hk_papers": en_tw_hk_papers,
    "rare_labels": rare_labels,
    "edit_markup": edit_markup,
    "embeds": embeds,
    "feed_item": feed_item,
    "year_in_copyright": year_in_copyright,
    "roc_compact": roc_compact,
    "permalink_text": permalink_text,
    "podcast_show": podcast_show,
}

WAVE = DateWave("date_probe10", "Dates, probe wave 10", WAVE10, KINDS10, FROZEN, PER_KIND)
SEEDS10 = WAVE.seeds
make10 = WAVE.make
pages = WAVE.pages


def main(argv: list[str] | None = None) -> int:
    blurb = (
        f"{PER_KIND // 2} pages a kind a half, {len(KINDS10)} kinds (`bench/date_probe10.py`: written before "
        "reading the date code, with builders of its own)."
    )
    return WAVE.main(argv, __doc__ or "", TEXTS, blurb)


if __name__ == "__main__":
    sys.exit(main())
