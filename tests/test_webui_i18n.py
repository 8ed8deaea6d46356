"""One language per page: Chinese by default, English when asked, every label in the catalogue."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from webui.catalogue import ZH, query_reason
from webui.context import make_templates, published_text
from webui.i18n import negotiate, parse_date

WEBUI = Path(__file__).resolve().parents[1] / "webui"
# Words that are the same in both languages: formats, the product's name, the query syntax.
SHARED_WORDS = {
    "newsarchive",
    "CSV",
    "JSON",
    "RIS",
    "BibTeX",
    "CSL",
    "Atom",
    "PDF",
    "WARC",
    "OR",
    "Zotero",
    "EndNote",
}
SHARED_WORDS |= {
    "title",
    "author",
    "source",
    "section",
    "date",
    "English",
    "YYYY",
    "MM",
    "DD",
    "index",
    "rebuild",
}
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


class LabelText(HTMLParser):
    """Collect the page's own text: not in translate="no" (archived content), a lang= switch, code, title."""

    SKIP = ("script", "style", "code", "title", "svg")

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "input", "meta", "link", "hr", "rect", "line"):
            return
        values = dict(attrs)
        skip = values.get("translate") == "no" or ("lang" in values and tag != "html") or tag in self.SKIP
        self.stack.append(skip or (bool(self.stack) and self.stack[-1]))
        # aria-label is a label; title attributes of calendar days also carry crawl reasons (data).
        label = values.get("aria-label")
        if label and not self.stack[-1]:
            self.parts.append(label)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "input", "meta", "link", "hr", "rect", "line"):
            return
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def label_text(html: str) -> str:
    parser = LabelText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("i18n"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    from webui.app import create_app

    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        yield c


def pages(archive: WebArchive) -> list[str]:
    return [
        "/",
        "/?q=脱贫攻坚",
        "/?q=脱贫攻坚&chart=paper",
        "/?q=鹤鸣湖 投资",
        "/?q=a&since=2019-02-30",
        '/?q="open',
        f"/article/{archive.plain_ids[0]}",
        f"/article/{archive.versioned_id}",
        f"/article/{archive.versioned_id}?version=1",
        f"/article/{archive.versioned_id}/diff",
        "/sources",
        "/sources/paper-a",
        "/sources/paper-a/2016-05-10",
        "/sources/paper-a/2016-05-10/02",
        "/sources/paper-a/2016-07-21",
        "/nope",
    ]


def test_every_label_of_the_templates_and_the_code_has_its_chinese() -> None:
    env = make_templates()
    labels: set[str] = set()
    for path in sorted((WEBUI / "templates").glob("*.html")):
        for _, _, message in env.extract_translations(path.read_text(encoding="utf-8")):
            if isinstance(message, str):
                labels.add(message)
            elif message:  # a plural: both forms; None is a label the code passes (marked there with N_)
                labels.update(m for m in message if m)
    marks = r"gettext\(\s*lang,\s*|BadRequest\(\s*|NotFound\(\s*|N_\(\s*|notes\.append\(\s*|message = "
    code = re.compile(rf'(?:{marks})"((?:[^"\\]|\\.)+)"')
    for path in sorted(WEBUI.glob("*.py")):
        labels.update(code.findall(path.read_text(encoding="utf-8")))
    assert len(labels) > 150
    missing = sorted(label for label in labels if label not in ZH)
    assert missing == []
    # Placeholders survive translation, so a Chinese sentence never loses the number it gives.
    for label in labels:
        assert sorted(re.findall(r"%\((\w+)\)s", label)) == sorted(re.findall(r"%\((\w+)\)s", ZH[label])), (
            label
        )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pages_have_no_label_of_the_other_language(
    client: TestClient, archive: WebArchive, lang: str
) -> None:
    headers = {"accept-language": "en-GB,en;q=0.9"} if lang == "en" else {}
    for url in pages(archive):
        r = client.get(url, headers=headers)
        assert r.headers["content-language"] == ("en" if lang == "en" else "zh-CN"), url
        text = label_text(r.text)
        if lang == "en":
            assert not CJK.findall(text), (url, CJK.findall(text)[:10], text[:300])
        else:
            words = {w for w in LATIN_WORD.findall(text) if w not in SHARED_WORDS}
            assert not words, (url, words)


def test_language_choice(client: TestClient) -> None:
    assert '<html lang="zh-CN">' in client.get("/").text
    assert '<html lang="en">' in client.get("/", headers={"accept-language": "en-US,en;q=0.8"}).text
    assert '<html lang="zh-CN">' in client.get("/", headers={"accept-language": "zh-TW,en;q=0.5"}).text
    assert '<html lang="zh-CN">' in client.get("/", headers={"accept-language": "fr, de;q=0.5"}).text
    english = client.get("/", params={"q": "脱贫攻坚", "lang": "en"}).text
    assert '<html lang="en">' in english
    # Links made for a page asked for in English stay English; the switch offers Chinese.
    assert 'href="/article/1?lang=en"' in english and "lang=zh" in english
    assert '<input type="hidden" name="lang" value="en">' in english


def test_dates_are_written_in_the_page_language_without_invented_times(
    client: TestClient, archive: WebArchive
) -> None:
    zh = client.get(f"/article/{archive.page_two_ids[0]}").text
    assert '<dd id="published">2016年5月10日</dd>' in zh  # midnight in the papers' zone: a date, no 00:00
    en = client.get(f"/article/{archive.page_two_ids[0]}", params={"lang": "en"}).text
    assert '<dd id="published">2016-05-10</dd>' in en
    timed = client.get(f"/article/{archive.plain_ids[0]}").text
    assert '<dd id="published">2016年5月10日 08:30 +08:00</dd>' in timed  # a real time is kept, zone labelled


def test_date_boxes_accept_both_forms(client: TestClient) -> None:
    iso = client.get(
        "/search.json", params={"q": "脱贫攻坚", "since": "2016-06-01", "until": "2016-07-31"}
    ).json()
    zh = client.get(
        "/search.json", params={"q": "脱贫攻坚", "since": "2016年6月1日", "until": "2016年7月31日"}
    ).json()
    assert iso["total"] == zh["total"] > 0 and zh["filters"]["since"] == "2016-06-01"
    assert parse_date("2016/7/20") == parse_date("20160720") == date(2016, 7, 20)
    for bad in ("2016年2月30日", "July 20", "2016-7", ""):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_published_text_and_query_reasons() -> None:
    from datetime import UTC, datetime

    assert published_text(datetime(2019, 3, 19, 16, 0, tzinfo=UTC), "zh") == "2019年3月20日"
    assert published_text(datetime(2019, 3, 20, 1, 5, tzinfo=UTC), "en") == "2019-03-20 09:05 +08:00"
    assert query_reason('unbalanced quote in the query (close the phrase with ")', "zh").startswith(
        "引号不成对"
    )
    assert query_reason("title: needs a value, e.g. title:...", "zh") == "title: 后面需要一个值"
    assert query_reason("something new", "zh") == "something new"


def test_negotiation_reads_quality_values() -> None:
    class Fake:
        def __init__(self, header: str, query: dict[str, str]) -> None:
            self.headers = {"accept-language": header}
            self.query_params = query

    assert negotiate(Fake("en;q=0.4, zh-CN;q=0.9", {})) == "zh"  # type: ignore[arg-type]
    assert negotiate(Fake("zh;q=0, en", {})) == "en"  # type: ignore[arg-type]
    assert negotiate(Fake("en", {"lang": "zh"})) == "zh"  # type: ignore[arg-type]
    assert negotiate(Fake("", {"lang": "xx"})) == "zh"  # type: ignore[arg-type]


def test_favicon_is_served(client: TestClient) -> None:
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.content[:4] == b"\x00\x00\x01\x00"
    assert client.get("/static/favicon.svg").status_code == 200


def test_extreme_dates_are_written_without_error() -> None:
    from datetime import UTC, datetime

    assert published_text(datetime(9999, 12, 31, 23, 0, tzinfo=UTC), "zh").startswith("9999年12月31日")
    # Shanghai kept local mean time (+08:05) before 1901.
    assert published_text(datetime(1, 1, 1, 0, 0, tzinfo=UTC), "en").startswith("0001-01-01 08:0")


def test_the_last_crawl_sentence_takes_the_page_language_punctuation(client: TestClient) -> None:
    """It read "2026年12月5日 09:26, 已完成. 已存档" with the English comma and full stop."""
    zh = client.get("/sources").text
    en = client.get("/sources", params={"lang": "en"}).text
    if 'class="last-run"' not in zh or "status-" not in zh:
        pytest.fail("the test archive has no crawl run: the sentence is not on the page")
    assert re.search(r"，<strong class=\"status-\w+\">[^<]+</strong>(?: \([^)]*\))?。", zh)
    assert re.search(r", <strong class=\"status-\w+\">[^<]+</strong>(?: \([^)]*\))?\. ", en)


def test_chinese_pages_say_seen_not_fetched_and_join_choices_without_english(
    client: TestClient, archive: WebArchive
) -> None:
    """The Chinese article page said 最近抓取 ("last fetched") where English says "last seen": a 304 or a
    ``crawl --resume`` that found the article listed moves it without fetching. The sort error read
    "排序方式只能是 relevance or date": an English "or" in a Chinese sentence."""
    zh = client.get(f"/article/{archive.plain_ids[0]}").text
    assert "最近见于网站" in zh and "最近抓取" not in zh
    error = client.get("/", params={"q": "a", "sort": "random"}).text
    assert "排序方式只能是 relevance, date 之一，不能是“random”。" in error


@pytest.mark.parametrize(
    ("path", "marked"),
    [
        ("/?q=脱贫攻坚", ('<a class="title"', '<p class="snippet"', '<span class="authors"')),
        ("/article/{n}", ('<h1 id="title"', '<div class="body"', '<dd id="authors"', '<p class="lead-')),
    ],
)
def test_archived_chinese_on_an_english_page_says_it_is_chinese(
    client: TestClient, archive: WebArchive, path: str, marked: tuple[str, ...]
) -> None:
    """On ?lang=en the headlines, snippets, bodies and names were Chinese inside <html lang="en"> with
    no lang of their own: a screen reader read 洮北区脱贫攻坚 with an English voice (WCAG 3.1.2)."""
    url, _, q = path.format(n=archive.plain_ids[0]).partition("?q=")
    query = {"q": q} if q else {}
    english = client.get(url, params={**query, "lang": "en"}).text
    chinese = client.get(url, params=query).text
    for start in marked:
        tags = re.findall(re.escape(start) + r"[^>]*>", english)
        assert tags and all('lang="zh-CN"' in tag for tag in tags), (start, tags)
        assert all("lang=" not in tag for tag in re.findall(re.escape(start) + r"[^>]*>", chinese))
