"""A journalist's journeys in real Chromium, on a desktop (1280x800) and a phone (390x844).

Browse from the sources page to an edition, a page and an article; follow a
chart bar to its filtered search; make a mistake and keep the query; cite an
article (RIS, BibTeX, CSL-JSON); subscribe to a search (Atom) and add the
archive as a search engine (OpenSearch); read the page in one language at a
time; and on a phone find the first result above the fold. Each page is
screenshotted into test-output/screenshots/ (into docs/screenshots/, the
README's pictures, with NEWSARCHIVE_UPDATE_SCREENSHOTS=1, so a test run
leaves the work tree clean) and checked by axe-core for serious
accessibility violations.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import jsonschema
import pytest
from browser_support import REPO, Watched
from webui_support import WebArchive

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

# The README's pictures are refreshed on request, like golden files; otherwise shots go to test-output/.
UPDATE_SHOTS = os.environ.get("NEWSARCHIVE_UPDATE_SCREENSHOTS") == "1"
DOCS_SHOTS = REPO / ("docs" if UPDATE_SHOTS else "test-output") / "screenshots"
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
CSL_SCHEMA = json.loads((REPO / "tests" / "data" / "csl" / "csl-data.json").read_text(encoding="utf-8"))
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
NO_XSS = "() => window.__xss === undefined && document.title !== 'pwned'"
# The page's own words: text outside archived content (translate="no") and outside a lang= switch.
LABEL_TEXT = """() => {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) { out.push(node.textContent); return; }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node;
    if (el.getAttribute('translate') === 'no') return;
    if (el.hasAttribute('lang') && el !== document.documentElement) return;
    if (['SCRIPT', 'STYLE', 'CODE', 'svg', 'TITLE'].includes(el.tagName)) return;
    for (const child of el.childNodes) walk(child);
  };
  walk(document.body);
  return out.join(' ').replace(/\\s+/g, ' ');
}"""
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
SHARED_WORDS = {"newsarchive", "CSV", "JSON", "RIS", "BibTeX", "CSL", "Atom", "PDF", "WARC", "OR", "Zotero"}
SHARED_WORDS |= {"EndNote", "title", "author", "source", "section", "date", "English"}


@pytest.fixture(params=list(VIEWPORTS))
def device(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def screen(browser: Any, base_url: str, device: str) -> Iterator[Watched]:
    """A page at the device's size, Chinese by default as a Chinese journalist's browser would ask."""
    context = browser.new_context(
        base_url=base_url, viewport=VIEWPORTS[device], locale="zh-CN", accept_downloads=True
    )
    context.set_default_timeout(8000)
    try:
        watched = Watched(context.new_page())
        watched.device = device  # type: ignore[attr-defined]
        yield watched
    finally:
        context.close()


def shot(page: Watched, name: str, *, fold: bool = False) -> Path:
    """Save a screenshot of the whole page, or only of the first screen (``fold``)."""
    device = getattr(page, "device", "desktop")
    DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
    path = DOCS_SHOTS / f"{name}-{device}.png"
    page.page.screenshot(path=str(path), full_page=not fold)
    return path


def axe_serious(page: Watched) -> list[str]:
    """Run axe-core on the page; return its serious and critical violations (rule: first target).

    ``label-content-name-mismatch`` is one of axe's experimental rules, off by default: a link
    whose name does not hold its visible text (a calendar day "5" named "2016-07-05") is one a
    speech-input user cannot click by saying what they see.
    """
    if not AXE.is_file():
        reason = f"axe-core is missing at {AXE} (run: bash tests/browser/ensure_chromium.sh)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason + " (CI=true: the accessibility check must run)")
        pytest.skip(reason)
    # Evaluated through the DevTools protocol, which the page's no-script CSP does not govern.
    page.page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations'], rules: {"
        "'label-content-name-mismatch': {enabled: true}}})).violations"
        ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))"
    )
    return list(result)


def assert_clean(page: Watched) -> None:
    assert page.page.evaluate(NO_XSS), "a script from archived content ran"
    assert page.dialogs == [] and page.errors == []


def test_browse_from_the_sources_page_to_an_edition_a_page_and_an_article(
    screen: Watched, web_archive: WebArchive
) -> None:
    p = screen.page
    p.goto("/sources")
    shot(screen, "sources")
    p.click('a[href="/sources/paper-a"]')
    p.wait_for_selector("table.calendar")
    assert axe_serious(screen) == []  # the calendar: each day's link named with its visible number
    shot(screen, "calendar")
    p.click('td.day.found a[href="/sources/paper-a/2016-05-10"]')
    p.wait_for_selector("#edition #page-index")
    assert p.locator(".edition-page h2").all_text_contents()[:2] == ["第01版 · 要闻", "第02版 · 经济"]
    assert axe_serious(screen) == []
    shot(screen, "edition")
    p.click('a.page-link[href="/sources/paper-a/2016-05-10/02"]')
    p.wait_for_selector("#page")
    first, second = web_archive.page_two_ids
    links = p.locator(".page-articles a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert links == [f"/article/{first}", f"/article/{second}"]  # print order, not archive order
    assert p.locator("#previous-page").count() == 1
    shot(screen, "page")
    p.click(f'.page-articles a[href="/article/{first}"]')
    p.wait_for_selector("#article")
    assert p.text_content("#title") == "白城市召开经济工作会议"
    assert p.text_content("#published") == "2016年5月10日"  # no invented time
    assert axe_serious(screen) == []
    shot(screen, "article")
    assert_clean(screen)


def test_chart_bar_leads_to_its_filtered_search(screen: Watched) -> None:
    p = screen.page
    p.goto("/?q=脱贫攻坚")
    chart = "svg.narrow" if getattr(screen, "device", "") == "phone" else "svg.wide"
    bar = p.locator(f'#chart {chart} rect.bar[data-month="2016-06"]')
    assert bar.count() == 1 and bar.get_attribute("data-count") == "2"
    # The labels are at least 11 px as drawn: the font size times the SVG's on-screen scale.
    smallest = p.evaluate(
        f"""() => {{
          const svg = document.querySelector('#chart {chart}');
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].map(t => parseFloat(t.getAttribute('font-size')));
          return Math.min(...sizes) * scale;
        }}"""
    )
    assert smallest >= 11, smallest
    bar.click()
    p.wait_for_url("**since=2016-06-01**")
    assert "until=2016-06-30" in p.url
    assert p.text_content("#total") == "2"
    assert_clean(screen)


def test_search_results_facets_and_the_phone_fold(screen: Watched) -> None:
    p = screen.page
    p.goto("/")
    p.fill("#q", "脱贫攻坚")
    p.press("#q", "Enter")
    p.wait_for_selector("#total")
    height = VIEWPORTS[getattr(screen, "device", "desktop")]["height"]
    box = p.locator("#q").bounding_box()
    first = p.locator("#hits li.hit").first.bounding_box()
    assert box and first and box["y"] + box["height"] <= height
    assert first["y"] + first["height"] <= height, f"first result ends at {first['y'] + first['height']}"
    assert p.locator("details#filters").get_attribute("open") is None  # folded until asked for
    assert axe_serious(screen) == []
    shot(screen, "search", fold=True)
    shot(screen, "search-full")
    p.click('#facet-source a:has-text("城市晚报")')
    p.wait_for_url("**source=paper-a**")
    assert p.text_content("#total") == "5"
    p.goto("/?q=脱贫攻坚&chart=paper")
    assert p.locator("#chart-legend li").count() == 2
    assert_clean(screen)


def test_an_error_keeps_the_query_and_names_the_field(screen: Watched) -> None:
    p = screen.page
    p.goto("/")
    p.fill("#q", '"脱贫攻坚')
    p.click("#filters summary")
    p.fill("#since", "2019年2月30日")
    p.click("button[type=submit]")
    p.wait_for_selector(".field-error")
    assert p.input_value("#q") == '"脱贫攻坚' and p.input_value("#since") == "2019年2月30日"
    error = p.locator("#error-since")
    assert error.is_visible() and "起始日期" in (error.text_content() or "")
    assert p.get_attribute("#since", "aria-invalid") == "true"
    shot(screen, "error")
    p.fill("#since", "2016年6月1日")  # mend the one field; the rest is still as typed
    p.click("button[type=submit]")
    p.wait_for_selector("#total")
    assert p.input_value("#q") == '"脱贫攻坚' and p.input_value("#since") == "2016年6月1日"
    assert p.locator(".field-error").count() == 0
    assert_clean(screen)


def test_cite_an_article_in_three_formats(screen: Watched, web_archive: WebArchive) -> None:
    p = screen.page
    p.goto(f"/article/{web_archive.versioned_id}")
    assert p.locator("#citation").is_visible()
    with p.expect_download() as ris_download:
        p.click("#cite-ris")
    ris = Path(ris_download.value.path()).read_bytes().decode("utf-8")  # CRLF kept
    assert ris.startswith("TY  - NEWS\r\n") and "TI  - 鹤鸣湖湿地保护工程正式启动\r\n" in ris
    assert ris.rstrip().endswith("ER  -")
    with p.expect_download() as bib_download:
        p.click("#cite-bibtex")
    bib = Path(bib_download.value.path()).read_text(encoding="utf-8")
    assert len(re.findall(r"^@(article|misc)\{", bib, re.M)) == 1 and bib.count("{") == bib.count("}")
    csl = p.request.get(p.get_attribute("#cite-csl", "href") or "").json()
    jsonschema.validate(csl, CSL_SCHEMA)
    # Each earlier version is shown whole, its diff one click away.
    p.click('#versions a.version-link[href$="?version=1"]')
    p.wait_for_selector("#version-note")
    assert p.text_content("#title") == "鹤鸣湖湿地保护工作启动"
    p.click("#version-note a[href*='/diff']")
    p.wait_for_selector("#diff")
    assert p.locator("#diff-body ins").all_text_contents() == ["五"]
    assert_clean(screen)


def test_follow_a_search_by_feed_and_opensearch(screen: Watched) -> None:
    p = screen.page
    p.goto("/?q=脱贫攻坚&sort=date")
    page_ids = p.locator("#hits a.title").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    feed_href = p.get_attribute('link[rel="alternate"][type="application/atom+xml"]', "href")
    assert feed_href
    feed = feedparser.parse(p.request.get(feed_href).body())
    assert not feed.bozo and feed.version == "atom10"
    links = [re.sub(r"^https?://[^/]+", "", e.link) for e in feed.entries]
    # Each entry links the version it shows (a citation's permalink), the page's results the article.
    assert all(re.search(r"\?version=\d+$", link) for link in links), links
    assert [link.split("?")[0] for link in links] == page_ids
    search_href = p.get_attribute('link[rel="search"]', "href")
    assert search_href
    description = p.request.get(search_href).text()
    template = re.search(r'type="text/html" method="get" template="([^"]+)"', description)
    assert template
    p.goto(template.group(1).replace("{searchTerms}", "春耕"))
    assert p.text_content("#total") == "12"
    assert_clean(screen)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_page_speaks_one_language(screen: Watched, web_archive: WebArchive, lang: str) -> None:
    p = screen.page
    suffix = "?lang=en" if lang == "en" else ""
    joiner = "&lang=en" if lang == "en" else ""
    for url in (
        f"/?q=脱贫攻坚{joiner}",
        f"/article/{web_archive.plain_ids[0]}{suffix}",
        f"/sources/paper-a/2016-05-10{suffix}",
        f"/sources{suffix}",
    ):
        p.goto(url)
        text = p.evaluate(LABEL_TEXT)
        if lang == "en":
            assert not CJK.findall(text), (url, text[:300])
        else:
            english = {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in SHARED_WORDS}
            assert not english, (url, english, text[:300])
    if lang == "en":
        p.goto(f"/?q=脱贫攻坚{joiner}")
        shot(screen, "search-english", fold=True)
    assert_clean(screen)


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Run `newsarchive demo` (the bundled sample e-paper, crawled for real) and serve its archive."""
    from search_cli.main import main
    from webui.app import LOOPBACK_HOSTS, create_app
    from webui.server import serve_in_thread

    home = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--home", str(home), "--quiet"]) == 0
    with serve_in_thread(create_app(home, allowed_hosts=LOOPBACK_HOSTS)) as url:
        yield url


def test_browse_the_demo_paper_from_its_calendar_to_an_article(screen: Watched, demo_url: str) -> None:
    p = screen.page
    p.goto(demo_url + "/sources")
    p.click('a[href="/sources/sample-cswb"]')
    p.click('td.day.found a[href="/sources/sample-cswb/2016-07-20"]')
    p.wait_for_selector("#page-index")
    assert p.locator(".edition-page h2").all_text_contents() == ["第01版 · 要闻", "第02版 · 城事"]
    assert p.locator("#next-edition").get_attribute("href") == "/sources/sample-cswb/2016-07-21"
    assert axe_serious(screen) == []
    shot(screen, "demo-edition")
    p.click('a.page-link[href="/sources/sample-cswb/2016-07-20/02"]')
    p.wait_for_selector("#page")
    assert p.locator("#previous-page").get_attribute("href") == "/sources/sample-cswb/2016-07-20/01"
    p.click(".page-articles a")
    p.wait_for_selector("#article")
    assert p.text_content("#title") == "全力打造鹤鸣湖环卫保洁“星级”服务"
    assert p.locator("#edition a").first.get_attribute("href") == "/sources/sample-cswb/2016-07-20"
    assert axe_serious(screen) == []
    shot(screen, "demo-article")
    assert_clean(screen)
