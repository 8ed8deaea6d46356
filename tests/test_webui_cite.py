"""Citing an article: the citation block and its RIS, BibTeX and CSL-JSON downloads, hostile titles too."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from webui.app import create_app
from webui.citation import Citation, bibtex, csl_json, ris

CSL_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "csl" / "csl-data.json").read_text(encoding="utf-8")
)
HOSTILE = Citation(
    article_id=7,
    version=2,
    paper="晚报}%&#_$^~\\",
    title='标题}, note = {forged}\nER  - \nTY  - JOUR "quoted" {braced}',
    authors=("张三", "Li {Si}"),
    edition_date=date(2016, 7, 20),
    page="01",
    section="要闻",
    url="http://paper.example/a_b%20c.html?x={1}",
    permalink="http://127.0.0.1:8080/article/7?version=2",
    retrieved=date(2016, 7, 21),
)


def parse_bibtex(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """Parse BibTeX strictly enough to catch a field escaping its braces: (type, key, fields) per entry."""
    entries = []
    pos = 0
    while (at := text.find("@", pos)) != -1:
        head = re.compile(r"@(\w+)\{([^,\s]+),").match(text, at)
        assert head, text[at : at + 40]
        fields: dict[str, str] = {}
        pos = head.end()
        while True:
            m = re.compile(r"\s*(\w+)\s*=\s*\{").match(text, pos)
            if not m:
                break
            depth, i = 1, m.end()
            while depth:
                ch = text[i]
                if ch == "\\":
                    i += 2
                    continue
                depth += {"{": 1, "}": -1}.get(ch, 0)
                i += 1
            fields[m.group(1)] = text[m.end() : i - 1]
            pos = i
            comma = re.compile(r"\s*,").match(text, pos)
            if comma:
                pos = comma.end()
        end = re.compile(r"\s*\}").match(text, pos)
        assert end, f"entry not closed at {text[pos : pos + 40]!r}"
        pos = end.end()
        entries.append((head.group(1).lower(), head.group(2), fields))
    return entries


def parse_ris(text: str) -> list[dict[str, list[str]]]:
    """Parse RIS records: every line is 'XX  - value'."""
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] = {}
    for line in text.split("\r\n"):
        if not line:
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - ?(.*)", line)
        assert m, f"not an RIS line: {line!r}"
        if m.group(1) == "ER":
            records.append(current)
            current = {}
        else:
            current.setdefault(m.group(1), []).append(m.group(2))
    assert not current, "record without ER"
    return records


def test_ris_is_one_news_record_whose_lines_cannot_be_forged() -> None:
    records = parse_ris(ris(HOSTILE))
    assert len(records) == 1
    record = records[0]
    assert record["TY"] == ["NEWS"] and record["AU"] == ["张三", "Li {Si}"]
    assert record["T2"] == [HOSTILE.paper] and record["DA"] == ["2016/07/20/"] and record["SP"] == ["01"]
    assert (
        record["TI"][0].startswith("标题}") and "JOUR" in record["TI"][0]
    )  # the newline did not start a tag
    assert record["UR"] == [HOSTILE.url] and record["Y2"] == ["2016/07/21/"]


def test_bibtex_is_one_entry_whose_fields_keep_hostile_text_inside() -> None:
    entries = parse_bibtex(bibtex(HOSTILE))
    assert len(entries) == 1
    kind, key, fields = entries[0]
    assert kind == "article" and key == "newsarchive7"
    assert "note" in fields and "forged" not in fields["note"]
    assert fields["title"].startswith("标题\\}, note = \\{forged\\}")
    assert fields["author"] == "{张三} and {Li \\{Si\\}}"
    assert fields["journaltitle"] == "晚报\\}\\%\\&\\#\\_\\$\\^{}\\~{}\\textbackslash{}"
    assert fields["date"] == "2016-07-20" and fields["urldate"] == "2016-07-21"


def test_csl_json_validates_against_the_csl_schema() -> None:
    items = json.loads(csl_json(HOSTILE))
    jsonschema.validate(items, CSL_SCHEMA)
    assert items[0]["type"] == "article-newspaper" and items[0]["issued"] == {"date-parts": [[2016, 7, 20]]}
    broken = [{**items[0], "issued": "2016-07-20T00:00"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, CSL_SCHEMA)  # the schema does reject a wrong shape


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("cite"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        yield c


def test_article_downloads_parse_and_match_the_citation_block(
    client: TestClient, archive: WebArchive
) -> None:
    for article_id in (archive.plain_ids[0], archive.hostile_id, archive.versioned_id):
        page = client.get(f"/article/{article_id}").text
        assert f'href="/article/{article_id}.ris"' in page and 'id="citation"' in page
        r = client.get(f"/article/{article_id}.ris")
        assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
        assert parse_ris(r.text)[0]["TY"] == ["NEWS"]
        entries = parse_bibtex(client.get(f"/article/{article_id}.bib").text)
        assert len(entries) == 1 and entries[0][0] in ("article", "misc")
        jsonschema.validate(client.get(f"/article/{article_id}.csl.json").json(), CSL_SCHEMA)
    plain = parse_ris(client.get(f"/article/{archive.plain_ids[0]}.ris").text)[0]
    assert plain["TI"] == ["洮北区脱贫攻坚第1期"] and plain["AU"] == ["张三"] and plain["T2"] == ["城市晚报"]
    assert plain["DA"] == ["2016/05/10/"] and plain["SP"] == ["01"]
    assert any(f"/article/{archive.plain_ids[0]}" in n for n in plain["N1"])
    assert client.get("/article/99999.ris").status_code == 404


def test_every_version_has_a_permalink_and_is_shown_whole(client: TestClient, archive: WebArchive) -> None:
    current = client.get(f"/article/{archive.versioned_id}").text
    assert f'href="/article/{archive.versioned_id}?version=1"' in current
    old = client.get(f"/article/{archive.versioned_id}", params={"version": "1"})
    assert old.status_code == 200
    assert '<h1 id="title" translate="no">鹤鸣湖湿地保护工作启动</h1>' in old.text
    assert "<p>预计投资三千万元。</p>" in old.text and 'id="version-note"' in old.text
    assert f"/article/{archive.versioned_id}/diff?from=1&amp;to=2" in old.text  # the diff one click away
    cited = parse_ris(client.get(f"/article/{archive.versioned_id}.ris", params={"version": "1"}).text)[0]
    assert cited["TI"] == ["鹤鸣湖湿地保护工作启动"] and "version=1" in cited["N1"][0]
    assert client.get(f"/article/{archive.versioned_id}", params={"version": "9"}).status_code == 404
    assert client.get(f"/article/{archive.versioned_id}", params={"version": "x"}).status_code == 400


def test_the_current_versions_citation_links_to_that_version(client: TestClient, archive: WebArchive) -> None:
    """A citation of the current version (version 2) gave /article/N as its permalink: once a re-crawl
    stores version 3, that link shows text the journalist never read. It names the version it cites."""
    n = archive.versioned_id
    cited = parse_ris(client.get(f"/article/{n}.ris").text)[0]
    assert cited["N1"][0].endswith(f"(version 2): http://testserver/article/{n}?version=2"), cited["N1"]
    (item,) = client.get(f"/article/{n}.csl.json").json()
    assert item["archive_location"] == f"http://testserver/article/{n}?version=2"
    page = client.get(f"/article/{n}").text
    assert f'id="permalink" href="http://testserver/article/{n}?version=2"' in page
    linked = client.get(f"/article/{n}", params={"version": "2"})
    assert linked.status_code == 200 and 'id="version-note"' not in linked.text  # today: the current text


def test_an_article_without_a_web_address_is_cited_without_one(tmp_path: Path) -> None:
    """An imported article without a url has the key urn:newsarchive:import:SOURCE:ID: its citation gave
    that as the original's URL (RIS UR, BibTeX url, CSL URL), which a reference manager prints as where
    the article was read. Only a web address is cited; the archive's permalink stays."""
    from sqlalchemy import create_engine, text

    from archive.config import resolve_db_url
    from archive.importer import import_lines

    archive = build_web_archive(tmp_path)
    line = json.dumps({"id": "a1", "title": "示例", "body": "正文。", "published_at": "2016-07-20"})
    import_lines(resolve_db_url(None, archive.home), [line.encode()], "in.jsonl", source="other")
    with TestClient(create_app(archive.home), headers={"accept-language": "en"}) as c:
        engine = create_engine(resolve_db_url(None, archive.home))
        with engine.connect() as conn:
            article_id = conn.execute(text("SELECT id FROM articles WHERE external_id = 'a1'")).scalar_one()
        engine.dispose()
        ris_text = c.get(f"/article/{article_id}.ris").text
        assert "UR  -" not in ris_text and f"/article/{article_id}" in ris_text
        assert "url = " not in c.get(f"/article/{article_id}.bib").text
        (item,) = c.get(f"/article/{article_id}.csl.json").json()
        jsonschema.validate([item], CSL_SCHEMA)
        assert "URL" not in item and item["archive_location"].endswith(f"/article/{article_id}?version=1")
        page = c.get(f"/article/{article_id}").text
        assert '<dt>Original URL</dt><dd translate="no">unknown</dd>' in page
        # The facts above it agree: the import key is no original URL (it was shown as one).
        original = page[page.index('id="original-url"') :].split("</dd>")[0]
        assert "unknown (imported, key urn:newsarchive:import:other:a1)" in original, original
        crawled = parse_ris(c.get(f"/article/{archive.plain_ids[0]}.ris").text)[0]
        assert crawled["UR"][0].startswith("http")  # a web address is cited as before


def test_an_imported_copy_is_cited_without_an_access_date(tmp_path: Path) -> None:
    """An imported article's citation gave the day of the import as the day the original was
    retrieved (RIS Y2, BibTeX urldate, CSL accessed): the archive never visited it. Every format and
    the page's citation block leave the access date out and say the copy was imported, and when; a
    crawled article keeps its capture's day."""
    from archive.config import resolve_db_url
    from archive.importer import import_lines

    archive = build_web_archive(tmp_path)
    url = "http://paper.example/2016/a1.html"
    line = json.dumps(
        {"id": "a1", "url": url, "title": "示例", "body": "正文。", "published_at": "2016-07-20"}
    )
    import_lines(resolve_db_url(None, archive.home), [line.encode()], "in.jsonl", source="other")
    with TestClient(create_app(archive.home), headers={"accept-language": "en"}) as c:
        article_id = _article_id(archive, url)
        record = parse_ris(c.get(f"/article/{article_id}.ris").text)[0]
        assert "Y2" not in record and record["UR"] == [url]
        assert ", imported 20" in record["N1"][0] and "not fetched from the original" in record["N1"][0]
        (_, _, fields) = parse_bibtex(c.get(f"/article/{article_id}.bib").text)[0]
        assert "urldate" not in fields and ", imported 20" in fields["note"]
        (item,) = c.get(f"/article/{article_id}.csl.json").json()
        jsonschema.validate([item], CSL_SCHEMA)
        assert "accessed" not in item and item["URL"] == url and ", imported 20" in item["note"]
        page = c.get(f"/article/{article_id}").text
        retrieved = page[page.index('id="cite-retrieved"') :].split("</dd>")[0]
        assert "never fetched: imported " in retrieved, retrieved
        zh = c.get(f"/article/{article_id}", headers={"accept-language": "zh-CN"}).text
        assert "未从原网址获取：导入于" in zh
        crawled = parse_ris(c.get(f"/article/{archive.plain_ids[0]}.ris").text)[0]
        assert len(crawled["Y2"]) == 1 and "imported" not in crawled["N1"][0]
        assert "accessed" in c.get(f"/article/{archive.plain_ids[0]}.csl.json").json()[0]


def _article_id(archive: WebArchive, url: str) -> int:
    from sqlalchemy import create_engine, text

    from archive.config import resolve_db_url

    engine = create_engine(resolve_db_url(None, archive.home))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT id FROM articles WHERE url = :u"), {"u": url}).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.parametrize(("lang", "label"), [("zh", "作者"), ("en", "Authors")])
def test_the_names_read_under_one_label_above_the_citation_and_in_it(
    client: TestClient, archive: WebArchive, lang: str, label: str
) -> None:
    """The article's facts said 记者 (Reporters) for the names its citation block calls 作者 (Authors), and
    each links to the search filter labelled 作者 (Author): one field, two words, on one page."""
    page = client.get(f"/article/{archive.plain_ids[0]}", params={"lang": lang}).text
    facts = re.search(r"<dt>([^<]+)</dt><dd id=\"authors\"", page)
    assert facts and facts.group(1) == label
    # The citation block's (an English page marks the archived names lang="zh-CN" too).
    assert re.search(f'<dt>{label}</dt><dd translate="no"( lang="zh-CN")?>张三</dd>', page)


def test_exports_and_the_feed_link_the_version_they_list(
    client: TestClient, archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    """/search.json, .csv, search --jsonl and the Atom entry gave /article/N, which a re-crawl's version 3
    answers with text never exported: they name the version listed, as the article page's citation does."""
    from search_cli.main import main

    n = archive.versioned_id
    versioned = f"http://testserver/article/{n}?version=2"
    (hit,) = [h for h in client.get("/search.json", params={"q": "五千万"}).json()["hits"] if h["id"] == n]
    assert hit["permalink"] == versioned
    assert versioned in client.get("/search.csv", params={"q": "五千万"}).text
    entry = client.get("/search.atom", params={"q": "五千万"}).text.split("<entry>", 1)[1]
    assert f'<link rel="alternate" type="text/html" href="{versioned}"' in entry
    assert f"<id>http://testserver/article/{n}</id>" in entry  # the entry's id stays: a feed reader's key
    capsys.readouterr()
    assert main(["search", "五千万", "--jsonl", "--home", str(archive.home)]) == 0
    (line,) = [json.loads(row) for row in capsys.readouterr().out.splitlines()]
    assert line["permalink"].endswith(f"/article/{n}?version=2")


def test_an_exports_reprints_link_the_version_they_list_too(
    client: TestClient, archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hit's ``permalink`` named its version while its ``reprints`` gave bare /article/N: the other copy
    cited from an export answered with whatever a later re-crawl stored. Each names its current version."""
    from search_cli.main import main

    (hit,) = client.get("/search.json", params={"q": "十二亿元"}).json()["hits"]
    (reprint,) = hit["reprints"]
    assert reprint["id"] in archive.reprint_ids and reprint["id"] != hit["id"]
    assert reprint["permalink"] == f"http://testserver/article/{reprint['id']}?version=1"
    capsys.readouterr()
    assert main(["search", "十二亿元", "--json", "--home", str(archive.home)]) == 0
    (cli_hit,) = json.loads(capsys.readouterr().out)["hits"]
    assert [r["permalink"] for r in cli_hit["reprints"]] == [f"/article/{reprint['id']}?version=1"]


def test_an_article_without_authors_is_not_cited_as_unsigned(tmp_path: Path) -> None:
    """The citation block said 作者 未署名 ("not named": unsigned) of every article the archive keeps no
    author for: an import that carried none, a byline the extractor missed (记者：彭芮莹 still in the
    text). A journalist cited "unsigned". It says the archive records no author (存档未记录作者)."""
    from archive.config import resolve_db_url
    from archive.importer import import_lines

    archive = build_web_archive(tmp_path)
    line = json.dumps(
        {"id": "a1", "title": "示例", "body": "正文。记者：彭芮莹", "published_at": "2016-07-20"}
    )
    import_lines(resolve_db_url(None, archive.home), [line.encode()], "in.jsonl", source="other")
    with TestClient(create_app(archive.home)) as c:
        article_id = _article_id(archive, "urn:newsarchive:import:other:a1")
        zh = c.get(f"/article/{article_id}", headers={"accept-language": "zh-CN"}).text
        en = c.get(f"/article/{article_id}", headers={"accept-language": "en"}).text
    assert "未署名" not in zh and '<dt>作者</dt><dd translate="no">存档未记录作者</dd>' in zh, zh
    assert "not named" not in en and "none recorded in the archive" in en


def test_a_date_whose_year_was_inferred_is_cited_as_uncertain() -> None:
    """A page that printed 3月5日 without its year had its year inferred (``date_from``); the article
    page said so, but the downloads cited the date as printed, and a reference manager would carry the
    guess into a bibliography as fact. Each format now marks it: CSL ``circa``, a note in RIS and BibTeX."""
    from dataclasses import replace

    guessed = replace(HOSTILE, date_note="year inferred")
    item = json.loads(csl_json(guessed))[0]
    assert item["issued"] == {"date-parts": [[2016, 7, 20]], "circa": True}
    jsonschema.validate([item], CSL_SCHEMA)
    assert "year inferred" in item["note"]
    assert "N1  - " in ris(guessed) and "date: year inferred" in ris(guessed)
    fields = parse_bibtex(bibtex(guessed))[0][2]
    assert "date: year inferred" in fields["note"] and fields["year"] == "2016"
    # A printed date says nothing of the kind.
    printed = json.loads(csl_json(HOSTILE))[0]
    assert "circa" not in printed["issued"] and "inferred" not in printed["note"] + ris(HOSTILE)
