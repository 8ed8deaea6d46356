"""Generate whole print pages laid out like the seed page, with their ground truth.

The seed (``tests/data/seed_000.txt``) is the text of one e-paper page as the
PDF gives it: columns hard-wrapped at 18 cells, a blank line wherever a column
ends (often mid-sentence), paragraph breaks sometimes lost (``落实。 全区上下``),
spaces around figures (``项目 42个``), one article's lead printed after two other
articles, and every headline in a heap at the bottom. A page here is built from
2–5 inews texts with the same habits, every choice drawn from an RNG seeded by
(split, seed), so page N is the same page on every machine.

What text alone cannot tell apart is not generated: a two-line headline and a
headline with an undashed one-line subtitle look the same, so a subtitle under a
one-line title carries its dash (as many papers print it), and a lead title (引题)
is only printed above a two-line title with a subtitle.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field

from archive.chars import display_width

from .texts import Story, load_stories

PAPERS = (
    "城市晚报",
    "长春晚报",
    "江城日报",
    "吉林日报",
    "半岛晨报",
    "南国都市报",
    "齐鲁晚报",
    "燕赵都市报",
    "今晚报",
    "扬子晚报",
    "华商报",
    "楚天都市报",
)
PLACES = (
    "白城",
    "松原",
    "四平",
    "延边",
    "通化",
    "洮南",
    "大安",
    "镇赉",
    "梅河口",
    "公主岭",
    "潍坊",
    "临沂",
    "保定",
    "宜昌",
    "襄阳",
    "绵阳",
    "南充",
)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒", "夏侯", "令狐", "宇文")
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲燕春菊凤洁梅琳云莲雪荣爱香月瑞凡佳嘉琼"
    "珍莉晶妍秋珊锦青倩婷颖露瑶怡雁丹蓉君琴薇岚馨韵悦昭冰爽羽宁欣柔竹凝晓欢枫芸菲亚宜可舒阳晨鹏飞浩宇"
    "博志成建国庆海波辉斌彬峰鑫帅旭东振鸿殿风彦"
)
_CLOSING = set("，。、；：！？”’）》」』%")
_OPENING = set("“‘（《「『")
_DIGITS_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_CLAUSE = re.compile(r"[^，。、；：！？“”‘’（）《》;:,.!?()\[\]【】a-zA-Z]{8,20}")


@dataclass
class ArticleTruth:
    """What the normaliser should rebuild for one article of a page."""

    title: str
    lead_title: str
    subtitle: str
    reporters: list[str]
    photographers: list[str]
    correspondents: list[str]
    dateline: str
    body: str  # reading order, subheads included, all whitespace removed
    subheads: list[str] = field(default_factory=list)
    doc_id: str = ""
    layout: str = ""  # how it was printed, for reading failures


@dataclass
class Page:
    """A generated page: its text and the articles it holds, in reading order of their bodies."""

    split: str
    seed: int
    text: str
    articles: list[ArticleTruth]
    params: dict[str, object]


def _name(rng: random.Random, taken: set[str]) -> str:
    while True:
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.12 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
        name = surname + given
        if name not in taken:
            taken.add(name)
            return name


def _variants(text: str, rng: random.Random, *, full_digits: bool, stray: bool) -> str:
    """Print habits: spaces around figures, a space after some commas or inside a word, full-width digits."""
    if stray:
        text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", lambda _: " " if rng.random() < 0.5 else "", text)
        text = re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])", lambda _: " " if rng.random() < 0.5 else "", text)
        text = re.sub(r"(?<=[，。、])(?=[\u4e00-\u9fff])", lambda _: " " if rng.random() < 0.06 else "", text)
        text = re.sub(
            r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", lambda _: " " if rng.random() < 0.004 else "", text
        )
    if full_digits:
        text = text.translate(_DIGITS_FULL)
    return text


def wrap(text: str, width: float) -> list[str]:
    """Hard-wrap ``text`` at ``width`` cells as print does: no line opens with a closing mark."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if display_width(current + ch) > width and current.strip():
            if ch in _CLOSING:
                current += ch  # hanging punctuation
                continue
            carry = ""
            while current and current[-1] in _OPENING:
                carry, current = current[-1] + carry, current[:-1]
            lines.append(current.rstrip())
            current = carry + ch
            continue
        current += ch
    if current.strip():
        lines.append(current.rstrip())
    return [line.lstrip(" ") for line in lines]


def _split_title(part: str, rng: random.Random) -> list[str]:
    """Break a one-part headline too wide for one line at a word boundary near its middle."""
    import rjieba

    offsets, at = [], 0
    for token in rjieba.cut(part):
        at += len(token)
        offsets.append(at)
    middle = len(part) / 2
    cuts = [o for o in offsets[:-1] if 4 <= o <= len(part) - 4]
    if not cuts:
        cut = int(middle)
    else:
        cut = min(cuts, key=lambda o: (abs(o - middle), rng.random()))
    return [part[:cut], part[cut:]]


@dataclass
class _Plan:
    story: Story
    truth: ArticleTruth
    headline: list[str]
    lead: list[str]  # printed lines of the lead (dateline paragraph onwards) when displaced
    body: list[str]  # printed lines of the rest (or all of the article)
    displaced: str  # "", "top" or "end"
    closed: bool  # ends with a byline
    headed: bool  # opens with a dateline or a credit


def _credits(rng: random.Random, taken: set[str], paper: str, place: str) -> dict[str, object]:
    """Choose a dateline and byline form; return the printed pieces and the people they name."""
    a, b, c, d = (_name(rng, taken) for _ in range(4))
    other_place = rng.choice(PLACES)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    datelines = [
        (f"{paper}{place}讯", 4),
        ("本报讯", 3),
        (f"本报{place}讯", 1),
        (f"新华社{other_place}{month}月{day}日电", 1),
        (f"{paper}讯", 1),
    ]
    dateline = rng.choices([t for t, _ in datelines], weights=[w for _, w in datelines])[0]
    form = rng.choices(
        ["end", "paren_head", "staff_line", "none_end"],
        weights=[6, 2, 1.5, 1],
    )[0]
    out: dict[str, object] = {"dateline": dateline, "head": "", "line": "", "tail": "", "own_line": False}
    reporters: list[str] = []
    photographers: list[str] = []
    correspondents: list[str] = []
    if form == "paren_head":
        kind = rng.choice(["r", "rc", "rcc", "rr_he", "rr"])
        if kind == "r":
            out["head"], reporters = f"（记者{a}）", [a]
        elif kind == "rc":
            out["head"], reporters, correspondents = f"（记者{a} 通讯员{c}）", [a], [c]
        elif kind == "rcc":
            out["head"], reporters, correspondents = f"（记者{a} 通讯员{c}、{d}）", [a], [c, d]
        elif kind == "rr_he":
            out["head"], reporters = f"（记者{a}和{b}）", [a, b]
        else:
            out["head"], reporters = f"（记者 {a} {b}）", [a, b]
    elif form == "staff_line":
        if rng.random() < 0.5:
            out["line"], reporters = f"本报记者 {a}", [a]
        else:
            out["line"], reporters = f"本报记者 {a} {b}", [a, b]
        out["dateline"] = ""
    else:
        if form == "none_end":
            out["dateline"] = ""
        kind = rng.choices(
            ["rr", "r_p", "both", "wen_tu", "paren", "r_c", "paren_rc", "r_only"],
            weights=[3, 3, 1, 2, 1.5, 1, 1, 1.5],
        )[0]
        if kind == "rr":
            out["tail"], reporters = f"/{a} {b} 报道", [a, b]
        elif kind == "r_p":
            out["tail"], reporters, photographers = f"/记者 {a} 报道 {b} 摄", [a], [b]
        elif kind == "both":
            out["tail"], reporters, photographers = f"/{a} 记者 {b} 报道 摄", [a, b], [a, b]
        elif kind == "wen_tu":
            out["tail"], reporters, photographers = f"文/{a} 图/{b}", [a], [b]
            out["own_line"] = True
        elif kind == "paren":
            out["tail"], reporters = f"（记者 {a}）", [a]
        elif kind == "r_c":
            out["tail"], reporters, correspondents = f"/记者 {a} 通讯员 {c} 报道", [a], [c]
        elif kind == "paren_rc":
            out["tail"], reporters, correspondents = f"（记者{a} 通讯员{c}、{d}）", [a], [c, d]
        else:
            out["tail"], reporters = f"/记者 {a}", [a]
        if not out["own_line"]:
            out["own_line"] = rng.random() < 0.3
    out["reporters"], out["photographers"], out["correspondents"] = reporters, photographers, correspondents
    return out


def _flow(
    paragraphs: list[tuple[str, str]], width: float, rng: random.Random, style: str, column: int
) -> list[str]:
    """Lay out (kind, text) paragraphs in a column: wrapped lines, paragraph breaks, column breaks."""
    lines: list[str] = []
    run = ""
    for kind, text in paragraphs:
        if kind == "sub":
            if run:
                lines.extend(wrap(run, width))
                run = ""
            if lines and rng.random() < 0.6:
                lines.append("")
            lines.append(text)
            continue
        if style == "run":
            run += (" " if run else "") + text
            continue
        if style == "indent":
            lines.extend(wrap("\u3000\u3000" + text, width))
        else:
            lines.extend(wrap(text, width))
            if style == "blank":
                lines.append("")
    if run:
        lines.extend(wrap(run, width))
    while lines and not lines[-1]:
        lines.pop()
    # Column breaks: a blank line every ``column`` lines, wherever it falls.
    out: list[str] = []
    since = 0
    for line in lines:
        if not line:
            since = 0
        elif since >= column:
            out.append("")
            since = 0
        out.append(line)
        if line:
            since += 1
    return out


def _subheads(rng: random.Random, pool: tuple[Story, ...], exclude: set[str], count: int) -> list[str]:
    found: list[str] = []
    while len(found) < count:
        story = rng.choice(pool)
        part = story.title_parts[0]
        if story.doc_id not in exclude and 5 <= len(part) <= 14 and part not in found:
            found.append(part)
    return found


def _clause(text: str, rng: random.Random) -> str:
    options = _CLAUSE.findall(text)
    return rng.choice(options) if options else ""


def generate_page(seed: int, split: str = "dev") -> Page:
    """Build page ``seed`` from the texts of inews ``split`` ("train" to tune, "dev" to report)."""
    rng = random.Random(f"{split}:{seed}")
    pool = load_stories(split)
    count = rng.randint(2, 5)
    stories = rng.sample(pool, count)
    paper, place = rng.choice(PAPERS), rng.choice(PLACES)
    base_width = rng.randint(12, 30)
    params: dict[str, object] = {
        "articles": count,
        "width": base_width,
        "full_digits": rng.random() < 0.3,
        "stray_spaces": rng.random() < 0.7,
        "headlines": rng.choice(["end", "top", "interleaved"]),
        "headline_order": rng.choice(["page", "shuffled"]),
        "paper": paper,
        "place": place,
    }
    taken: set[str] = set()
    exclude = {s.doc_id for s in stories}
    plans: list[_Plan] = []
    for story in stories:
        width = max(12, min(30, base_width + rng.randint(-2, 2)))
        credits = _credits(rng, taken, paper, place)
        paragraphs = list(story.paragraphs)
        body_parts: list[tuple[str, str]] = [("text", p) for p in paragraphs]
        subheads: list[str] = []
        if len(paragraphs) >= 4 and rng.random() < 0.3:
            positions = sorted(
                rng.sample(range(1, len(paragraphs)), min(3, len(paragraphs) - 1, rng.randint(2, 3)))
            )
            subheads = _subheads(rng, pool, exclude, len(positions))
            for offset, (position, sub) in enumerate(zip(positions, subheads, strict=True)):
                body_parts.insert(position + offset, ("sub", sub))
        truth_body = "".join(text for _, text in body_parts)
        # Decks.
        parts = list(story.title_parts)
        if len(parts) == 2:
            title_lines = parts
        elif display_width(parts[0]) > 16:
            title_lines = _split_title(parts[0], rng)
        else:
            title_lines = parts
        decks = rng.choices(["one", "sub", "three"], weights=[5, 3, 2])[0]
        subtitle = lead_title = ""
        headline = list(title_lines)
        if decks in ("sub", "three"):
            subtitle = _clause(paragraphs[0], rng)
        if subtitle:
            dashed = len(title_lines) == 1 or rng.random() < 0.5
            headline.append(("——" if dashed else "") + subtitle)
            if decks == "three" and len(title_lines) == 2:
                lead_title = _clause(paragraphs[-1], rng)[:14]
                if len(lead_title) >= 6:
                    headline.insert(0, lead_title)
                else:
                    lead_title = ""
        # Lines of print.
        full_digits, stray = bool(params["full_digits"]), bool(params["stray_spaces"])
        printed = [
            (kind, text if kind == "sub" else _variants(text, rng, full_digits=full_digits, stray=stray))
            for kind, text in body_parts
        ]
        headline = [h.translate(_DIGITS_FULL) if full_digits else h for h in headline]
        dateline = str(credits["dateline"])
        first_kind, first_text = printed[0]
        opener = dateline + str(credits["head"])
        if opener:
            gap = " " if (not credits["head"] and rng.random() < 0.8) else ""
            printed[0] = (first_kind, opener + gap + first_text)
        tail = str(credits["tail"])
        own_line = bool(credits["own_line"])
        style = rng.choices(["blank", "newline", "indent", "run"], weights=[3, 2, 1, 2])[0]
        column = rng.randint(10, 40)
        closed = bool(tail)
        displaceable = closed and bool(dateline) and not credits["line"] and len(paragraphs) >= 3
        displaced = ""
        lead_lines: list[str] = []
        if displaceable and rng.random() < 0.45:
            displaced = rng.choice(["end", "end", "top"])
            cut = rng.randint(1, max(1, len(paragraphs) // 2))
            # Subheads never sit inside the lead.
            cut_at = (
                next(
                    i
                    for i, (k, _) in enumerate(printed)
                    if k == "text" and sum(1 for kk, _ in printed[: i + 1] if kk == "text") == cut
                )
                + 1
            )
            if any(k == "sub" for k, _ in printed[:cut_at]):
                cut_at = next(i for i, (k, _) in enumerate(printed) if k == "sub")
            lead_width = min(70.0, float(rng.randint(width, int(width * 2.5))))
            lead_lines = _flow(printed[:cut_at], lead_width, rng, rng.choice(["blank", "newline", "run"]), 99)
            body_lines = _flow(printed[cut_at:], width, rng, style, column)
        else:
            body_lines = _flow(printed, width, rng, style, column)
        if credits["line"]:
            body_lines.insert(0, str(credits["line"]))
        if tail:
            # A byline is never broken: it ends the last line if it fits there, else takes a line.
            last = body_lines[-1] if body_lines else ""
            if not own_line and last and display_width(last + " " + tail) <= width + 1:
                body_lines[-1] = last + " " + tail
            else:
                body_lines.append(tail)
        truth = ArticleTruth(
            title=" ".join(parts),
            lead_title=lead_title,
            subtitle=subtitle,
            reporters=list(credits["reporters"]),  # type: ignore[call-overload]
            photographers=list(credits["photographers"]),  # type: ignore[call-overload]
            correspondents=list(credits["correspondents"]),  # type: ignore[call-overload]
            dateline=dateline or str(credits["line"]),
            body="".join(truth_body.split()),
            subheads=subheads,
            doc_id=story.doc_id,
            layout=f"width {width}, {style}, decks {decks}, "
            f"byline {tail or credits['head'] or credits['line']}"
            + (f", lead at the {displaced}" if displaced else ""),
        )
        headed = bool(opener or credits["line"])
        plans.append(_Plan(story, truth, headline, lead_lines, body_lines, displaced, closed, headed))
    return _assemble(plans, params, rng, split, seed)


def _assemble(
    plans: list[_Plan], params: dict[str, object], rng: random.Random, split: str, seed: int
) -> Page:
    """Place the articles, displaced leads and headlines on the page."""

    def parts(order: list[_Plan]) -> list[tuple[bool, bool]]:
        """(headed, closed) of each text run in page order: a lead opens but does not close."""
        runs = [(True, False) for p in order if p.displaced == "top"]
        runs += [(not p.displaced and p.headed, p.closed) for p in order]
        return runs + [(True, False) for p in order if p.displaced == "end"]

    # A run without a dateline must follow a byline: nothing else in the text would part them.
    # When no order allows that, displaced leads go back in front of their bodies, one by one.
    body_order = list(plans)
    while True:
        for _ in range(200):
            rng.shuffle(body_order)
            if all(b[0] or a[1] for a, b in itertools.pairwise(parts(body_order))):
                break
        else:
            moved = next((p for p in body_order if p.displaced), None)
            if moved is not None:
                moved.body, moved.lead, moved.displaced = moved.lead + moved.body, [], ""
                moved.truth.layout = moved.truth.layout.split(", lead at")[0]
                continue
        break
    top_leads = [p for p in body_order if p.displaced == "top"]
    end_leads = [p for p in body_order if p.displaced == "end"]
    interleaved = params["headlines"] == "interleaved"
    blocks: list[list[str]] = []

    def headline_for(plan: _Plan) -> None:
        if interleaved:
            blocks.append(plan.headline)

    for plan in top_leads:
        headline_for(plan)
        blocks.append(plan.lead)
    for plan in body_order:
        if not plan.displaced:
            headline_for(plan)
        blocks.append(plan.body)
    for plan in end_leads:
        headline_for(plan)
        blocks.append(plan.lead)
    if not interleaved:
        heap = [p.headline for p in plans]
        if params["headline_order"] == "shuffled":
            rng.shuffle(heap)
        if params["headlines"] == "top":
            blocks[:0] = heap
        else:
            blocks.extend(heap)
    text = "\n\n".join("\n".join(block) for block in blocks) + "\n"
    return Page(split, seed, text, [p.truth for p in body_order], params)
