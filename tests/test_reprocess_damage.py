"""Reprocess never makes the record worse: damaged captures are named, counted and skipped.

Two crawls (one per date) give two WARC files; one of them is then damaged
(cut short, a bit flipped, a payload edited under its digest, junk) and
``reprocess`` must keep every stored text as it was, name the damaged record
by file and offset on one line, go on with the other records and files, and
exit 5.
"""

from __future__ import annotations

import gzip
import json
import zlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update
from store_support import article, cli, sample_source
from test_reprocess import REGISTRY, snapshot
from test_store_crawl import FAST

from archive.articles import DAMAGED, ensure_source, upsert_articles
from archive.batches import write_batch
from archive.models import Article, ArticleVersion
from archive.schema import open_store
from archive.warc_read import Damage, read_records
from crawler.runner import run_crawl

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

DAY_1 = date(2016, 7, 20)
DAY_2 = date(2016, 7, 21)


@pytest.fixture
def crawled(sample_site_url: str, home: Path, tmp_path: Path) -> tuple[str, Path, Path]:
    """Crawl the sample site one date per run: return the store URL and the two WARC files."""
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    files = []
    for day in (DAY_1, DAY_2):
        summary = run_crawl(
            sample_source(sample_site_url),
            since=day,
            until=day,
            home=str(home),
            db_url=db_url,
            overrides=FAST,
        )
        (path,) = (home / "warc" / "sample").glob(f"run-{summary.run_id}/*.warc.gz")
        files.append(path)
    return db_url, files[0], files[1]


def article_refs(db_url: str, warc_file: Path) -> list[tuple[str, int]]:
    """Return (url, offset) of the articles captured in ``warc_file``, by offset."""
    with open_store(db_url) as sessions, sessions() as s:
        rows = s.execute(select(Article.url, Article.warc_file, Article.warc_offset)).all()
    return sorted(((u, o) for u, f, o in rows if f and warc_file.as_posix().endswith(f)), key=lambda r: r[1])


def member_end(path: Path, offset: int) -> int:
    data = path.read_bytes()
    decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
    decoder.decompress(data[offset:])
    return len(data) - len(decoder.unused_data)


def reprocess(home: Path, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    args = [
        "reprocess",
        "--home",
        str(home),
        "--db-url",
        db_url,
        "--sources",
        str(registry),
        "--json",
        *extra,
    ]
    return cli(args, monkeypatch)


def human_summary(
    home: Path,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    """Reprocess again (the registry :func:`reprocess` wrote) without ``--json``: exit code, summary line."""
    registry = tmp_path / "sources.toml"
    args = ["reprocess", "--home", str(home), "--db-url", db_url, "--sources", str(registry)]
    code = cli(args, monkeypatch)
    return code, capsys.readouterr().out.strip().splitlines()[-1]


def check_damage_report(capsys: pytest.CaptureFixture[str], expected_lines: list[str]) -> dict[str, object]:
    out, err = capsys.readouterr()
    report = json.loads(out)
    lines = [line for line in err.strip().splitlines() if line.startswith("damaged capture: ")]
    assert lines == report["damaged"] == expected_lines
    for line in lines:  # words and numbers only: no bytes of the damaged record
        assert line.isprintable() and len(line) < 200
    assert outcomes(report["counters"]) == report["captures"], report  # an unreadable record is one too
    return dict(report)


def outcomes(counters: dict[str, int]) -> int:
    """Count the records met by their outcome (a missing file's articles were no record met)."""
    kinds = ("articles/", "skipped/")
    return sum(n for key, n in counters.items() if key.startswith(kinds) and key != "skipped/missing_capture")


def test_truncated_warc_keeps_current_text_and_names_the_record(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db_url, first, _ = crawled
    before = snapshot(db_url)
    refs = article_refs(db_url, first)
    assert refs, "the first run captured articles"
    _, offset = refs[-1]
    end = member_end(first, offset)
    with first.open("r+b") as fh:  # cut the file inside the last article's record
        fh.truncate(offset + (end - offset) // 2)
    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
    relative = first.relative_to(home / "warc").as_posix()
    report = check_damage_report(
        capsys,
        [f"damaged capture: {relative} at offset {offset}: truncated: the file ends inside this record"],
    )
    counters = report["counters"]
    assert isinstance(counters, dict)
    # Every other capture of both files was read again; nothing was written over.
    assert counters == {"skipped/damaged_capture": 1, "articles/unchanged": 2}
    assert snapshot(db_url) == before


def test_bit_flip_skips_one_record_and_reads_on(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db_url, first, _ = crawled
    before = snapshot(db_url)
    refs = article_refs(db_url, first)
    assert len(refs) >= 2, "the first run captured two articles"
    _, offset = refs[0]
    data = bytearray(first.read_bytes())
    data[(offset + member_end(first, offset)) // 2] ^= 0x10
    first.write_bytes(bytes(data))
    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
    relative = first.relative_to(home / "warc").as_posix()
    report = check_damage_report(
        capsys,
        [f"damaged capture: {relative} at offset {offset}: corrupt compressed data (gzip check failed)"],
    )
    # The records after the flipped one, in the same file, were still read.
    assert report["counters"] == {"skipped/damaged_capture": 1, "articles/unchanged": 2}
    assert snapshot(db_url) == before


def test_payload_digest_mismatch_is_damage(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A record changed before compression passes gzip's check; its WARC digest catches it."""
    db_url, first, _ = crawled
    before = snapshot(db_url)
    _, offset = article_refs(db_url, first)[-1]
    data = first.read_bytes()
    end = member_end(first, offset)
    record = gzip.decompress(data[offset:end])
    head, sep, body = record.partition(b"\r\n\r\n")
    flipped = body.replace(b"</body>", b"</BODY>", 1)  # same length: only the digest can tell
    assert flipped != body
    first.write_bytes(data[:offset] + gzip.compress(head + sep + flipped) + data[end:])
    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
    relative = first.relative_to(home / "warc").as_posix()
    check_damage_report(
        capsys, [f"damaged capture: {relative} at offset {offset}: payload digest does not match"]
    )
    assert snapshot(db_url) == before


def test_junk_file_is_named_and_the_others_are_read(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db_url, first, _ = crawled
    before = snapshot(db_url)
    junk = first.with_name("00000000T000000-1-00000.warc.gz")
    junk.write_bytes(b"\x00\xffnot a warc\x1b[31m" * 50)
    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
    relative = junk.relative_to(home / "warc").as_posix()
    report = check_damage_report(
        capsys, [f"damaged capture: {relative} at offset 0: not a gzip member where a record should start"]
    )
    assert report["counters"] == {"skipped/damaged_capture": 1, "articles/unchanged": 3}
    assert snapshot(db_url) == before
    # The summary line adds up as well: 4 captures, 3 unchanged, 1 damaged.
    assert human_summary(home, db_url, tmp_path, monkeypatch, capsys) == (
        5,
        "reprocessed 4 article captures from 3 WARC files: new 0, changed 0, unchanged 3, skipped 0, "
        "damaged 1 (kept the stored text)",
    )


def test_much_shorter_text_is_refused_unless_accepted(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An intact capture whose text is under half the stored one is kept out, until a human says so.

    It is no damaged capture (its record reads whole): the line and the summary said "damaged capture"
    and "damaged 1", and an archivist went looking for a broken WARC file. They say what was found, a
    much shorter reading than the stored text, and what was done, the stored text kept.
    """
    db_url, first, _ = crawled
    url, _ = article_refs(db_url, first)[0]
    with open_store(db_url) as sessions, sessions.begin() as s:
        body = s.scalar(select(Article.body).where(Article.url == url))
        assert body
        s.execute(update(Article).where(Article.url == url).values(body=body * 3, content_hash="0" * 64))
    before = snapshot(db_url)
    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
    out, err = capsys.readouterr()
    report = json.loads(out)
    line = (
        f"much shorter reading: {url}: its new reading ({len(body)} characters) is under half the stored "
        f"text ({len(body) * 3} characters); kept the stored text "
        f"({first.relative_to(home / 'warc').as_posix()} at offset {article_refs(db_url, first)[0][1]})"
    )
    assert report["shorter"] == [line] and report["damaged"] == []
    assert [x for x in err.splitlines() if x.startswith("much shorter reading: ")] == [line]
    assert "damaged" not in err, err
    assert report["counters"] == {"skipped/shorter_reading": 1, "articles/unchanged": 2}
    assert snapshot(db_url) == before
    code, summary = human_summary(home, db_url, tmp_path, monkeypatch, capsys)
    assert code == 5 and "damaged" not in summary, summary
    assert summary.endswith(
        ", much shorter readings 1 (kept the stored text; reprocess --accept-shorter writes them)"
    ), summary
    assert snapshot(db_url) == before
    assert reprocess(home, db_url, tmp_path, monkeypatch, "--accept-shorter") == 0
    # The stored version's own capture, read as another text: a re-read, not the paper's change.
    assert json.loads(capsys.readouterr().out)["counters"] == {"articles/reread": 1, "articles/unchanged": 2}
    with open_store(db_url) as sessions, sessions() as s:
        assert s.scalar(select(Article.body).where(Article.url == url)) == body


def test_read_records_of_an_intact_file(crawled: tuple[str, Path, Path], home: Path) -> None:
    _, first, _ = crawled
    items = list(read_records(first, "f"))
    assert not [i for i in items if isinstance(i, Damage)]
    assert items[0].record.rec_type == "warcinfo" and items[0].offset == 0  # type: ignore[union-attr]


def test_store_refuses_a_fragment_but_takes_an_edit(tmp_path: Path) -> None:
    """The rule shared by re-crawls and reprocess: under half the text and 100+ characters shorter."""
    db_url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    long_body = "第一段内容。" * 100  # 600 characters
    with open_store(db_url) as sessions:
        with sessions.begin() as s:
            ensure_source(s, "paper-a")
            upsert_articles(s, [article("http://x/1", body=long_body), article("http://x/2", body=long_body)])
        # Re-crawl: a fragment is refused and counted; an edit that trims a fifth is a new version.
        counts = write_batch(
            sessions,
            [article("http://x/1", body=long_body[:250]), article("http://x/2", body=long_body[:480])],
            None,
        )
        assert counts["skipped/damaged_capture"] == 1 and counts["articles/changed"] == 1
        with sessions() as s:
            assert s.scalar(select(Article.body).where(Article.url == "http://x/1")) == long_body
            assert s.scalar(select(Article.version).where(Article.url == "http://x/1")) == 1
            assert len(s.scalars(select(ArticleVersion)).all()) == 1
        with sessions.begin() as s:  # a short article may be rewritten freely (under 100 characters lost)
            upsert_articles(s, [article("http://x/3", body="短讯" * 40)])
            (result,) = upsert_articles(s, [article("http://x/3", body="短讯更正" * 5)])
            assert result.outcome == "changed"
            (result,) = upsert_articles(s, [article("http://x/1", body="x")], guard_shrink=False)
            assert result.outcome == "changed"
            (result,) = upsert_articles(s, [article("http://x/2", body="y")])
            assert result.outcome == DAMAGED


def _member(warc_headers: dict[str, str], payload: bytes) -> bytes:
    """One gzip member holding one WARC response record, written by hand (warcio would fix it up)."""
    head = "".join(f"{k}: {v}\r\n" for k, v in warc_headers.items())
    record = (
        (
            f"WARC/1.0\r\nWARC-Type: response\r\n{head}"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}\r\n\r\n"
        ).encode()
        + payload
        + b"\r\n\r\n"
    )
    return gzip.compress(record)


def test_records_with_unreadable_headers_are_named_and_the_rest_reprocessed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each of these stopped the whole reprocess with "unexpected ValueError ... report it"
    # (or, for the naive WARC-Date, failed the batch of good captures it was flushed with).
    page = (
        "<html><head><title>洮北区脱贫攻坚取得新进展</title></head><body>"
        + "<p>洮北区脱贫攻坚工作取得新进展，全区贫困人口全部脱贫，群众生活明显改善。</p>" * 6
        + "</body></html>"
    ).encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page

    def headers(n: int, **extra: str) -> dict[str, str]:
        return {
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>",
            "WARC-Target-URI": f"http://sample.example/html/2016-07/20/content_{n}.htm",
            "WARC-Date": "2016-07-20T02:00:00Z",
            "WARC-Newsarchive-Kind": "article",
            "WARC-Newsarchive-Source": "sample",
            "WARC-Newsarchive-Context": '{"edition_date": "2016-07-20"}',
            **extra,
        }

    members = [
        _member(headers(1, **{"WARC-Date": "2016-07-20T02:00:00"}), http),  # no zone: UTC, as WARC says
        _member(headers(2), b"just text, no HTTP headers\r\n\r\n<html></html>"),
        _member(headers(3), http.replace(b"200 OK", b"abc OK", 1)),
        _member(headers(4, **{"WARC-Newsarchive-Context": '{"edition_date": "not-a-date"}'}), http),
        _member(headers(5, **{"WARC-Newsarchive-Context": '{"edition_date": 5}'}), http),
        _member(headers(6), http),
    ]
    home = tmp_path / "home"
    run_dir = home / "warc" / "sample" / "run-1"
    run_dir.mkdir(parents=True)
    (run_dir / "20160720T020000-1-00000.warc.gz").write_bytes(b"".join(members))
    offsets = [sum(len(m) for m in members[:i]) for i in range(len(members))]
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"

    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
    where = "sample/run-1/20160720T020000-1-00000.warc.gz at offset"
    no_http = "no HTTP status line (the payload is not an HTTP response)"
    report = check_damage_report(
        capsys,
        [
            f"damaged capture: {where} {offsets[1]}: {no_http}",
            f"damaged capture: {where} {offsets[2]}: {no_http}",
            f"damaged capture: {where} {offsets[3]}: unreadable newsarchive headers",
            f"damaged capture: {where} {offsets[4]}: unreadable newsarchive headers",
        ],
    )
    assert report["counters"] == {"articles/new": 2, "reprints/exact": 1, "skipped/damaged_capture": 4}
    with open_store(db_url) as sessions, sessions() as s:
        seen = dict(s.execute(select(Article.warc_offset, Article.first_seen)).all())
    assert sorted(seen) == [offsets[0], offsets[5]]
    assert seen[offsets[0]].isoformat() == "2016-07-20T02:00:00+00:00"


def test_a_missing_capture_file_is_named_and_counted(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A lost WARC file cannot be re-extracted: said by name and exit 5, not a clean pass over the rest."""
    db_url, _first, second = crawled
    before = snapshot(db_url)
    lost = len(article_refs(db_url, second))
    assert lost
    second.unlink()
    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
    out, err = capsys.readouterr()
    relative = second.relative_to(home / "warc").as_posix()
    keep = "1 article keeps its" if lost == 1 else f"{lost} articles keep their"
    line = f"missing capture file: {relative}: {keep} stored text"
    assert err.splitlines().count(line) == 1
    report = json.loads(out)
    assert report["damaged"] == [line]
    assert report["counters"]["skipped/missing_capture"] == lost
    assert snapshot(db_url) == before


def test_a_capture_the_crawl_refused_as_truncated_is_never_stored_by_reprocess(tmp_path: Path) -> None:
    # A body cut short (fewer bytes than its Content-Length, or half a gzip stream) is refused by
    # the crawl (failed/truncated) but kept in the WARC as received. reprocess stored both as new
    # articles, one with a fifth of its text missing: it must name them as refused and store neither.
    from sitegen import standard_site
    from sitegen.crawl import crawl
    from sitegen.serve import serve_site

    from crawler.reprocess import reprocess as reprocess_warc

    manifest = standard_site(tmp_path / "site")
    broken = {a.path: a.broken for a in manifest.articles if a.broken}
    assert sorted(broken.values()) == ["half-gzip", "short-length"]
    with serve_site(Path(manifest.root)) as url:
        source = manifest.source(url, "epaper")
        result = crawl(source, tmp_path / "crawl", since=date(2024, 3, 1), until=date(2024, 3, 6))
    assert result.counters["failed/truncated"] == 2
    home = tmp_path / "crawl" / "home"
    db_url = f"sqlite:///{home / 'archive.sqlite3'}"
    before = snapshot(db_url)
    summary = reprocess_warc({source.id: source}, db_url, home / "warc")
    assert snapshot(db_url) == before
    assert summary.counters.get("articles/new", 0) == 0
    # Known damage (the crawl recorded both refusals), counted apart from damage this pass found.
    assert len(summary.refused) == 2 and summary.refused_new == 0, summary.refused
    assert summary.damaged == []
    # Counted as article captures, refused: the summary's outcomes add up to the captures read.
    assert outcomes(summary.counters) == summary.captures


def test_a_body_its_connection_cut_is_marked_in_the_warc_and_not_read_as_whole(tmp_path: Path) -> None:
    # No Content-Length, the connection closed before the closing tag (Scrapy's flag "partial"): the
    # crawl refuses it, and the WARC cannot tell it from a whole body by its bytes, so it is marked
    # WARC-Truncated as received; reprocess names it. A whole one (closing tag) is no damage.
    from scrapy.http import HtmlResponse, Request

    from crawler.warc import WarcRun

    run = WarcRun(tmp_path, "sample", 1, 1 << 20)
    headers = {"Content-Type": "text/html; charset=utf-8"}
    for name, body in (
        ("cut", "<html><body><p>正文开头"),
        ("whole", "<html><body><p>正文。</p></body></html>"),
    ):
        url = f"http://paper.example/{name}.htm"
        response = HtmlResponse(url, body=body.encode(), headers=headers, flags=["partial"])
        run.write(Request(url), response, "article")
    run.close()
    (path,) = tmp_path.glob("sample/run-1/*.warc.gz")
    responses = [i for i in read_records(path, "f.warc.gz") if not isinstance(i, Damage)]
    cut = {
        i.record.rec_headers.get_header("WARC-Target-URI"): i.cut
        for i in responses
        if i.record.rec_type == "response"
    }
    assert cut == {
        "http://paper.example/cut.htm": "cut short in transfer (WARC-Truncated: disconnect)",
        "http://paper.example/whole.htm": "",
    }


def test_a_zeroed_or_cut_capture_file_names_the_articles_it_lost(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A WARC file zeroed by a crash reads as padding, and one cut between two records reads whole up to the
    cut: reprocess said 'reprocessed 0 article capture(s) ... skipped 0' (exit 3) or a clean pass, silent on
    the articles whose captures were gone. They are named by file and offset, counted, and the exit is 5."""
    db_url, first, second = crawled
    before = snapshot(db_url)
    refs = article_refs(db_url, second)
    assert refs
    second.write_bytes(bytes(second.stat().st_size))  # zeroed, its size kept
    relative = second.relative_to(home / "warc").as_posix()
    assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
    out, err = capsys.readouterr()
    report = json.loads(out)
    (line,) = [x for x in err.splitlines() if x.startswith("missing capture: ")]
    articles = (
        "1 article recorded at an offset" if len(refs) == 1 else f"{len(refs)} articles recorded at offsets"
    )
    assert line.startswith(f"missing capture: {relative}: {articles} the file does not hold"), line
    assert str(refs[0][1]) in line and line.endswith(
        f"{'keeps its' if len(refs) == 1 else 'keep their'} stored text"
    )
    assert report["damaged"] == [line]
    assert report["counters"]["skipped/missing_capture"] == len(refs)
    assert report["cut_files"] == {relative: len(refs)}
    assert snapshot(db_url) == before

    # Cut right after the first article's record: it is read, the others are named.
    data = first.read_bytes()
    kept = article_refs(db_url, first)
    assert len(kept) >= 2
    first.write_bytes(data[: member_end(first, kept[0][1])])
    run = first.parent.name.removeprefix("run-")
    assert reprocess(home, db_url, tmp_path, monkeypatch, "--run", run) == 5
    report = json.loads(capsys.readouterr().out)
    assert report["counters"]["skipped/missing_capture"] == len(kept) - 1
    assert report["counters"].get("articles/unchanged") == 1
    assert snapshot(db_url) == before


def test_a_cut_file_says_how_many_captures_it_lost_and_progress_agrees(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file cut inside a record, read last: the progress line said 'reprocess: 2 records' while the summary
    said 'reprocessed 3 article capture(s)' (a damaged record moved the summary's count, not the progress'),
    and nothing said how many captures the cut file had cost. One lost capture read "(their articles keep
    their stored text)"."""
    import re

    db_url, _, second = crawled
    refs = article_refs(db_url, second)
    _, offset = refs[0]
    end = member_end(second, offset)
    with second.open("r+b") as fh:  # cut through its first article's record: it and every later one are lost
        fh.truncate(offset + (end - offset) // 2)
    relative = second.relative_to(home / "warc").as_posix()
    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    args = ["reprocess", "--home", str(home), "--db-url", db_url, "--sources", str(registry)]
    assert cli(args, monkeypatch) == 5
    out, err = capsys.readouterr()
    (progress,) = [x for x in err.splitlines() if x.startswith("reprocess: ")]
    (summary,) = out.splitlines()
    shown = re.match(r"reprocess: (\d+) captures? in ", progress)
    told = re.match(r"reprocessed (\d+) article captures? ", summary)
    assert shown and told and shown.group(1) == told.group(1), (progress, summary)
    lost = len(refs)  # the record cut through and the stored articles recorded after it
    noun = "capture" if lost == 1 else "captures"
    keep = "its article keeps its stored text" if lost == 1 else "their articles keep their stored text"
    said = f"cut short: {relative} lost {lost} {noun} ({keep})"
    assert said in err.splitlines(), err
    assert summary.endswith(f"; 1 WARC file cut short lost {lost} {noun}"), summary
    assert cli([*args, "--json"], monkeypatch) == 5
    assert json.loads(capsys.readouterr().out)["cut_files"] == {relative: lost}


def _refused_crawl(tmp_path: Path) -> tuple[Path, str, Path]:
    """Crawl the standard site (two articles cut short in transfer, refused); return home, store, registry."""
    from sitegen import standard_site
    from sitegen.crawl import crawl
    from sitegen.serve import serve_site

    manifest = standard_site(tmp_path / "site")
    with serve_site(Path(manifest.root)) as url:
        source = manifest.source(url, "epaper")
        result = crawl(source, tmp_path / "crawl", since=date(2024, 3, 1), until=date(2024, 3, 6))
    assert result.counters["failed/truncated"] == 2
    templates = ", ".join(
        "{" + ", ".join(f"{k} = {json.dumps(url + v if k == 'url' else v)}" for k, v in t.items()) + "}"
        for t in manifest.templates
    )
    registry = tmp_path / "sources.toml"
    registry.write_text(
        f'[[source]]\nid = "{source.id}"\nname = "{manifest.paper}"\nkind = "epaper"\n'
        f'allowed_domains = ["127.0.0.1"]\ntemplates = [{templates}]\n',
        encoding="utf-8",
    )
    home = tmp_path / "crawl" / "home"
    return home, f"sqlite:///{home / 'archive.sqlite3'}", registry


def test_captures_the_crawl_refused_and_recorded_are_said_as_such_and_exit_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Captures the crawl refused (cut short, never stored) and recorded are no damage found by reprocess.

    Before, every reprocess said "damaged 2 (kept the stored text)", though no text was ever stored
    from them, and exited 5, as if it had found new damage each time.
    """
    home, db_url, registry = _refused_crawl(tmp_path)
    args = ["reprocess", "--home", str(home), "--db-url", db_url, "--sources", str(registry)]
    for _ in range(2):
        assert cli(args, monkeypatch) == 0
        out, err = capsys.readouterr()
        assert out.rstrip().endswith("; 2 captures refused at crawl time, nothing stored from them"), out
        assert "damaged" not in out + err, out + err
    assert cli([*args, "--json"], monkeypatch) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counters"]["skipped/refused_at_crawl"] == 2
    assert report["damaged"] == [] and len(report["refused"]) == 2
    assert outcomes(report["counters"]) == report["captures"]


def test_a_refusal_the_store_has_no_record_of_is_new_damage_once_then_on_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refusal the store does not hold (a crawl killed before closing, a store rebuilt) is found by
    this reprocess: said on stderr, exit 5, and recorded, so the next reprocess knows it (exit 0)."""
    from archive.models import RefusedCapture

    home, db_url, registry = _refused_crawl(tmp_path)
    with open_store(db_url) as sessions, sessions.begin() as session:
        recorded = {r.url: r.run_id for r in session.scalars(select(RefusedCapture))}
        assert len(recorded) == 2
        session.execute(RefusedCapture.__table__.delete())
    args = ["reprocess", "--home", str(home), "--db-url", db_url, "--sources", str(registry)]
    assert cli(args, monkeypatch) == 5
    out, err = capsys.readouterr()
    assert out.rstrip().endswith(
        "; 2 captures refused at crawl time, nothing stored from them (2 not on record until now)"
    ), out
    lines = [line for line in err.splitlines() if line.startswith("refused at crawl time: ")]
    assert len(lines) == 2 and all("not on record in the store until now" in line for line in lines), err
    with open_store(db_url) as sessions, sessions() as session:
        again = {r.url: r.run_id for r in session.scalars(select(RefusedCapture))}
    assert again == recorded  # what the crawl had recorded: the URLs and the run that refused them
    assert cli(args, monkeypatch) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("; 2 captures refused at crawl time, nothing stored from them"), out


def stored_from_a_longer_capture(db_url: str, url: str) -> str:
    """Store ``url``'s text three times over, from no capture of these files (an import's, say): its
    captures here read much shorter and own no stored version. Return the text they hold."""
    with open_store(db_url) as sessions, sessions.begin() as s:
        body = s.scalar(select(Article.body).where(Article.url == url))
        assert body
        kept = {"warc_file": "", "warc_offset": None}
        s.execute(
            update(Article).where(Article.url == url).values(body=body * 3, content_hash="0" * 64, **kept)
        )
        article_id = s.scalar(select(Article.id).where(Article.url == url))
        s.execute(update(ArticleVersion).where(ArticleVersion.article_id == article_id).values(**kept))
    return str(body)


def test_a_capture_the_crawl_refused_as_much_shorter_is_known_on_every_reprocess(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A capture the crawl refused as much shorter than the stored text (a page its CMS cut short) stays
    in the WARC, and the crawl recorded the refusal on the article (the report counts it refused). Every
    reprocess read it again as "much shorter reading" and exited 5, as if it had found news each time.
    It is the crawl's known refusal: counted `refused_at_crawl`, exit 0. A shorter reading of a stored
    version's own capture (our rules read less) still exits 5 on every pass (the test above)."""
    from datetime import UTC, datetime

    db_url, first, _ = crawled
    url, offset = article_refs(db_url, first)[0]
    relative = first.relative_to(home / "warc").as_posix()
    body = stored_from_a_longer_capture(db_url, url)
    with open_store(db_url) as sessions, sessions.begin() as s:
        # This capture refused by the crawl that fetched it, after it was fetched, as the crawl records it.
        s.execute(
            update(Article)
            .where(Article.url == url)
            .values(refused_at=datetime.now(UTC), refused_reason=DAMAGED)
        )
    before = snapshot(db_url)
    for _ in range(2):
        assert reprocess(home, db_url, tmp_path, monkeypatch) == 0
        out, err = capsys.readouterr()
        report = json.loads(out)
        assert report["counters"] == {"skipped/refused_at_crawl": 1, "articles/unchanged": 2}, report
        assert report["shorter"] == [] and report["refused_new"] == 0
        assert report["refused"] == [
            f"refused at crawl time: {relative} at offset {offset}: much shorter: {url}: its new reading "
            f"({len(body)} characters) is under half the stored text ({len(body) * 3} characters)"
        ]
        assert "much shorter" not in err and "refused" not in err, err  # nothing new to look at
        assert snapshot(db_url) == before
    code, summary = human_summary(home, db_url, tmp_path, monkeypatch, capsys)
    assert code == 0 and summary.endswith("; 1 capture refused at crawl time, nothing stored from it"), (
        summary
    )


def test_a_much_shorter_reading_of_a_capture_the_crawl_took_is_never_called_refused_at_crawl(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A capture the crawl took as unchanged (no version of its own, the article's row naming a later
    one) read much shorter by this reprocess is recorded refused at the capture's own time. The next
    reprocess took that record for the crawl's refusal: "refused at crawl time: ... much shorter", exit
    0, though no crawl refused it and it is our reading that lost text (exit 5 on every pass). The crawl
    records a refusal when it stores, after the capture's WARC-Date; reprocess at that very time."""
    db_url, first, _ = crawled
    url, _ = article_refs(db_url, first)[0]
    stored_from_a_longer_capture(db_url, url)
    for _ in range(2):
        assert reprocess(home, db_url, tmp_path, monkeypatch) == 5
        report = json.loads(capsys.readouterr().out)
        assert report["counters"] == {"skipped/shorter_reading": 1, "articles/unchanged": 2}, report
        assert report["refused"] == [] and len(report["shorter"]) == 1


@pytest.mark.parametrize("refused_capture", ["this", "later"])
def test_a_refusal_on_record_names_its_capture_and_speaks_for_that_one_only(
    crawled: tuple[str, Path, Path],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    refused_capture: str,
) -> None:
    """The article's row said only when a crawl refused a capture (``refused_at``), not which: a later
    crawl's refusal of another capture (a later fetch cut short) made reprocess call this capture, which
    the crawl took and our reading shortens, "refused at crawl time: <this file> at offset <this>", exit 0.
    A refusal names its capture (WARC file and offset, migration 0014): it speaks for that capture alone;
    a row written before (no capture named) reads as before (the test above)."""
    from datetime import UTC, datetime

    db_url, first, _ = crawled
    url, offset = article_refs(db_url, first)[0]
    stored_from_a_longer_capture(db_url, url)
    with open_store(db_url) as sessions, sessions.begin() as s:
        warc = first.relative_to(home / "warc").as_posix()  # as reprocess names the capture it reads
        named = (warc, offset) if refused_capture == "this" else (warc, offset + 10_000_000)
        s.execute(
            update(Article)
            .where(Article.url == url)
            .values(
                refused_at=datetime.now(UTC),
                refused_reason=DAMAGED,
                refused_warc_file=named[0],
                refused_warc_offset=named[1],
            )
        )
    code = reprocess(home, db_url, tmp_path, monkeypatch)
    report = json.loads(capsys.readouterr().out)
    if refused_capture == "this":
        assert code == 0 and report["counters"]["skipped/refused_at_crawl"] == 1, report
        assert len(report["refused"]) == 1 and report["shorter"] == [], report
    else:  # another capture's refusal: this one the crawl took, and our reading is what lost text
        assert code == 5 and report["refused"] == [] and len(report["shorter"]) == 1, report


def test_a_refusal_by_the_crawl_names_the_capture_it_refused(tmp_path: Path) -> None:
    """A capture refused as much shorter (and one refused for an article never archived, as reprocess
    records it) is named on its record by WARC file and offset; an older capture is not."""
    from datetime import UTC, datetime, timedelta

    from archive.models import RefusedCapture
    from archive.refusals import keep_refusal

    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    db_url = f"sqlite:///{tmp_path / 'a.db'}"
    long = article(
        "http://a/1", body="公路建设完成投资，全省上下齐心协力。" * 40, warc_file="a.warc.gz", warc_offset=10
    )
    cut = article("http://a/1", body="公路建设完成投资。" * 3, warc_file="b.warc.gz", warc_offset=77)
    with open_store(db_url) as sessions:
        with sessions.begin() as s:
            ensure_source(s, "paper-a")
            upsert_articles(s, [long], now=t0)
        with sessions.begin() as s:
            (result,) = upsert_articles(s, [cut], now=t0 + timedelta(days=1))
            assert result.outcome == DAMAGED
        with sessions.begin() as s:
            keep_refusal(s, "paper-a", None, "http://a/never", "", t0, where=("c.warc.gz", 5))
        with sessions() as s:
            row = s.execute(
                select(Article.refused_at, Article.refused_warc_file, Article.refused_warc_offset)
            ).one()
            kept = s.execute(select(RefusedCapture.warc_file, RefusedCapture.warc_offset)).one()
    assert tuple(row) == (t0 + timedelta(days=1), "b.warc.gz", 77)
    assert tuple(kept) == ("c.warc.gz", 5)
