"""A damaged index is found by ``index check`` and answered with one line / a 503, never a traceback."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from store_support import cli
from test_index_ops import add

from indexer.check import check_index
from indexer.errors import IndexDamaged
from indexer.generations import current_generation, read_meta, write_meta
from indexer.integrity import DAMAGED_MESSAGE, find_damage
from indexer.search import search
from indexer.sync import rebuild_from_store
from search_cli import exitcodes
from webui.app import create_app


@pytest.fixture
def built(tmp_path: Path) -> tuple[str, Path]:
    """A data directory with 40 articles and their index (one generation, one segment)."""
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    add(db_url, 40)
    assert rebuild_from_store(db_url, tmp_path / "index", procs=1) == 40
    return db_url, tmp_path


def segment_file(home: Path, ext: str) -> Path:
    gen = current_generation(home / "index")
    assert gen is not None
    (path,) = gen.glob(f"*.{ext}")
    return path


CHECKSUM = "its bytes differ from those written (checksum)"


def drop_manifest(gen: Path) -> None:
    """Make ``gen`` an index written before file manifests (its meta.json without ``files``)."""
    meta = read_meta(gen)
    del meta["files"]
    write_meta(gen, meta)


def truncate_half(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize("ext", ["nap", "pst", "trm"])
def test_truncated_segment_file_is_reported_everywhere(
    built: tuple[str, Path], ext: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_url, home = built
    assert check_index(db_url, home / "index").clean
    assert search(home / "index", "鹤鸣湖").total == 40
    damaged = segment_file(home, ext)
    truncate_half(damaged)

    report = check_index(db_url, home / "index")
    assert not report.clean
    assert len(report.damaged) == 1 and report.damaged[0].startswith(damaged.name + ": ")
    # The CLI: exit 5, the fix on the first line, the file named without its directory.
    assert cli(["index", "check", "--home", str(home)], monkeypatch) == 5
    out = capsys.readouterr().out.splitlines()
    assert out[0] == DAMAGED_MESSAGE and out[1].strip().startswith(damaged.name)
    assert str(home) not in "\n".join(out)
    assert cli(["index", "check", "--home", str(home), "--json"], monkeypatch) == 5
    data = json.loads(capsys.readouterr().out)
    assert data["damaged"] == report.damaged and data["reason"] == DAMAGED_MESSAGE
    # Not compared with the store (reading the index is what fails): no counts, never "0 missing".
    counts = {key: data[key] for key in ("indexed", "missing", "stale", "orphaned")}
    assert counts == dict.fromkeys(counts) and data["stored"] == 40 and data["clean"] is False

    if ext == "pst":  # only the id, source and other keyword fields: a text search does not read it
        return
    # Searching: IndexDamaged from the library, one line from the CLI.
    with pytest.raises(IndexDamaged, match="the index is damaged: run newsarchive index rebuild"):
        search(home / "index", "鹤鸣湖")
    assert cli(["search", "鹤鸣湖", "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    captured = capsys.readouterr()
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("error: the index is damaged: run newsarchive index rebuild")
    assert "Traceback" not in captured.err and str(home) not in line

    # The web page: a 503 that says what to do, no traceback, no server path.
    with TestClient(create_app(home), raise_server_exceptions=False) as client:
        response = client.get("/", params={"q": "鹤鸣湖"})
    assert response.status_code == 503
    assert "the index is damaged: run newsarchive index rebuild" in response.text
    assert str(home) not in response.text and "Traceback" not in response.text


@pytest.mark.parametrize("ext", ["nap", "pst"])
def test_deep_check_reads_every_posting(built: tuple[str, Path], ext: str) -> None:
    """Bytes overwritten in the middle of the postings keep the sizes right: only --deep reads them."""
    db_url, home = built
    gen = current_generation(home / "index")
    assert gen is not None
    assert find_damage(gen, deep=True) == []
    pst = segment_file(home, ext)
    data = bytearray(pst.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\xff" * 64
    pst.write_bytes(bytes(data))
    assert find_damage(gen) == []  # sizes and the last postings are intact
    report = check_index(db_url, home / "index", deep=True)
    assert report.damaged and report.damaged[0].startswith(pst.name + ": ")
    assert "postings" in report.damaged[0] and " term" in report.damaged[0]


def test_missing_segment_file_is_damage(built: tuple[str, Path]) -> None:
    db_url, home = built
    segment_file(home, "trm").unlink()
    report = check_index(db_url, home / "index")
    assert report.damaged and "does not open" in report.damaged[0]


def test_a_deleted_meta_json_is_damage_everywhere(
    built: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A generation that lost its meta.json (a partial copy, a stray rm) read as an old index:
    "index schema version None" and, falsely, "jieba dictionary changed", exit 4 from index check."""
    db_url, home = built
    gen = current_generation(home / "index")
    assert gen is not None
    (gen / "meta.json").unlink()
    expected = "meta.json: is missing"
    report = check_index(db_url, home / "index")
    assert report.damaged and report.damaged[0].startswith(expected) and not report.problems
    assert cli(["index", "check", "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    out = capsys.readouterr().out
    assert out.splitlines()[0] == DAMAGED_MESSAGE and "dictionary changed" not in out and "None" not in out
    for command in (["search", "鹤鸣湖"], ["index", "update"]):
        assert cli([*command, "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
        (line,) = capsys.readouterr().err.strip().splitlines()
        assert line.startswith(f"error: {DAMAGED_MESSAGE} ({expected}")
    assert cli(["index", "rebuild", "--home", str(home)], monkeypatch) == 0
    assert check_index(db_url, home / "index").clean


def test_an_update_over_a_damaged_index_says_rebuild(
    built: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``index update`` merged over a truncated postings file and ended in 'unexpected ValueError'."""
    db_url, home = built
    add(db_url, 5, start=40)  # something to write, so the update merges the live segment's files
    truncate_half(segment_file(home, "nap"))
    assert cli(["index", "update", "--home", str(home)], monkeypatch) == 5
    captured = capsys.readouterr()
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("error: the index is damaged: run newsarchive index rebuild")
    assert "unexpected" not in line and str(home) not in line
    assert cli(["index", "rebuild", "--home", str(home)], monkeypatch) == 0
    assert search(home / "index", "鹤鸣湖").total == 45


@pytest.mark.parametrize("ext", ["pst", "published.col", "trm"])
def test_an_update_with_nothing_to_write_still_finds_damage(
    built: tuple[str, Path], ext: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With nothing new in the store, ``index update`` read only the state column: over a cut postings file
    or date column it said 'index updated: 0 added, 0 changed, 0 deleted' (exit 0) while index check said
    damaged. It runs the quick check, writes nothing, and says rebuild in one line (exit 5, DAMAGED)."""
    _db_url, home = built
    damaged = segment_file(home, ext)
    truncate_half(damaged)
    gen = current_generation(home / "index")
    assert gen is not None
    files = sorted(p.name for p in gen.iterdir())
    for extra in ([], ["--json"]):
        assert cli(["index", "update", "--home", str(home), *extra], monkeypatch) == exitcodes.DAMAGED
        captured = capsys.readouterr()
        assert captured.out == ""
        (line,) = captured.err.strip().splitlines()
        assert line.startswith(f"error: {DAMAGED_MESSAGE} ({damaged.name}: "), line
        assert "unexpected" not in line and str(home) not in line
    assert current_generation(home / "index") == gen and sorted(p.name for p in gen.iterdir()) == files
    assert cli(["index", "rebuild", "--home", str(home)], monkeypatch) == 0
    capsys.readouterr()
    assert cli(["index", "update", "--home", str(home)], monkeypatch) == exitcodes.OK
    assert capsys.readouterr().out.strip() == "index updated: 0 added, 0 changed, 0 deleted"


def _flags_overwritten(path: Path) -> None:
    """Overwrite every field's width flags (one byte per term) with 0xff: sizes and tables stay right."""
    import struct

    from indexer.termstore import MAGIC

    data = bytearray(path.read_bytes())
    (hlen,) = struct.unpack_from("<Q", data, len(MAGIC))
    start = len(MAGIC) + 8
    header = json.loads(bytes(data[start : start + hlen]))
    for spec in header["fields"].values():
        offset, _dtype, count = spec["arrays"]["flags"]
        at = start + hlen + offset
        data[at : at + count] = b"\xff" * count
    path.write_bytes(bytes(data))


def test_a_search_over_postings_damaged_inside_says_rebuild(
    built: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage the quick check cannot see fails a search with the rebuild line, not 'unexpected IndexError'."""
    _db_url, home = built
    gen = current_generation(home / "index")
    assert gen is not None
    _flags_overwritten(segment_file(home, "nap"))
    assert find_damage(gen) == []  # the quick check passes: only reading the postings shows it
    with pytest.raises(IndexDamaged, match="the index is damaged: run newsarchive index rebuild"):
        search(home / "index", "鹤鸣湖")
    assert cli(["search", "鹤鸣湖", "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("error: the index is damaged: run newsarchive index rebuild (postings-")
    with TestClient(create_app(home), raise_server_exceptions=False) as client:
        response = client.get("/", params={"q": "鹤鸣湖"})
    assert response.status_code == 503 and "the index is damaged" in response.text


def test_deep_check_reads_the_dictionary_too(built: tuple[str, Path]) -> None:
    """Bytes flipped inside a field's term dictionary (its keys) left every posting list well formed, so
    'index check --deep' said clean while the garbled terms, and those the broken order hides from the
    bisection, were no longer found."""
    import struct

    from indexer.termstore import MAGIC

    db_url, home = built
    nap = segment_file(home, "nap")
    data = bytearray(nap.read_bytes())
    (hlen,) = struct.unpack_from("<Q", data, len(MAGIC))
    start = len(MAGIC) + 8
    header = json.loads(bytes(data[start : start + hlen]))
    offset, _dtype, count = header["fields"]["grams"]["arrays"]["keys"]
    at = start + hlen + offset + count // 2
    data[at : at + 32] = bytes(b ^ 0x55 for b in data[at : at + 32])
    nap.write_bytes(bytes(data))
    report = check_index(db_url, home / "index", deep=True)
    assert report.damaged and report.damaged[0].startswith(nap.name + ": "), report.damaged
    assert "grams term" in report.damaged[0]


def test_a_deleted_postings_store_is_damage_not_no_results(
    built: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With its .nap gone a segment's text terms are nowhere: 'index check' said so, but a search
    answered 'no article contains 鹤鸣湖' (exit 3) for words 40 archived articles hold."""
    db_url, home = built
    segment_file(home, "nap").unlink()
    assert check_index(db_url, home / "index").damaged
    with pytest.raises(IndexDamaged, match="its postings store is missing"):
        search(home / "index", "鹤鸣湖")
    assert cli(["search", "鹤鸣湖", "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("error: the index is damaged: run newsarchive index rebuild")
    assert cli(["index", "rebuild", "--home", str(home)], monkeypatch) == 0
    assert search(home / "index", "鹤鸣湖").total == 40


def test_flipped_width_flags_are_damage_in_the_deep_check(built: tuple[str, Path]) -> None:
    """A flag byte whose count-width code is out of range ('index check --deep': 'unexpected IndexError')."""
    import struct

    from indexer.termstore import MAGIC

    db_url, home = built
    nap = segment_file(home, "nap")
    data = bytearray(nap.read_bytes())
    (hlen,) = struct.unpack_from("<Q", data, len(MAGIC))
    start = len(MAGIC) + 8
    header = json.loads(bytes(data[start : start + hlen]))
    offset, _dtype, count = header["fields"]["body"]["arrays"]["flags"]
    at = start + hlen + offset
    data[at : at + count] = b"\x5a" * count  # gap width code 2 (valid), count width code 22 (none)
    nap.write_bytes(bytes(data))
    report = check_index(db_url, home / "index", deep=True)
    assert report.damaged == [f"{nap.name}: postings width of a body term"]
    # A failing search names the file by its checksum (milliseconds); with no manifest it reads every posting.
    with pytest.raises(IndexDamaged, match=re.escape(f"({nap.name}: {CHECKSUM})")):
        search(home / "index", "鹤鸣湖")
    gen = current_generation(home / "index")
    assert gen is not None
    drop_manifest(gen)
    with pytest.raises(IndexDamaged, match="postings width of a body term"):
        search(home / "index", "鹤鸣湖")


def test_garbled_state_column_is_damage(
    built: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each document's article id lives in the state column; garbled ids failed 'index check' and every
    search with 'unexpected ValueError: invalid literal for int()' instead of naming the damaged file."""
    db_url, home = built
    state = segment_file(home, "state.col")
    state.write_bytes(state.read_bytes().replace(b" ", b"?"))  # same sizes: every id runs into its hash
    report = check_index(db_url, home / "index")
    assert report.damaged and report.damaged[0].startswith(state.name + ": does not read")
    assert cli(["index", "check", "--home", str(home)], monkeypatch) == 5
    assert capsys.readouterr().out.splitlines()[0] == DAMAGED_MESSAGE
    state.unlink()  # no state at all: every id reads empty
    assert check_index(db_url, home / "index").damaged == [f"{state.name}: is missing"]
    assert cli(["index", "rebuild", "--home", str(home)], monkeypatch) == 0
    assert check_index(db_url, home / "index").clean


def test_stored_documents_without_their_id_are_damage(tmp_path: Path) -> None:
    """Bytes flipped in the stored column's tail (its table of lengths) left documents without their
    article id: 'index check --deep' said clean, and a search failed with 'unexpected KeyError: id'."""
    db_url, home = f"sqlite:///{tmp_path / 'archive.sqlite3'}", tmp_path
    add(db_url, 3)
    assert rebuild_from_store(db_url, home / "index", procs=1) == 3
    stored = segment_file(home, "_stored.col")
    import struct

    data = bytearray(stored.read_bytes())
    width = struct.calcsize(data[-1:].decode("ascii"))  # the lengths table ends the file, then its typecode
    data[-1 - width : -1] = bytes(width)  # the last document's length read as 0: it reads as {}
    stored.write_bytes(bytes(data))
    report = check_index(db_url, home / "index", deep=True)
    assert report.damaged and report.damaged[0].startswith(stored.name + ": does not read"), report.damaged
    with pytest.raises(IndexDamaged, match=stored.name):
        search(home / "index", "鹤鸣湖")


@pytest.mark.parametrize("damage", ["zeroed", "cut", "deleted"])
def test_a_damaged_date_column_is_found(built: tuple[str, Path], damage: str) -> None:
    """Date filters and the date sort read the ``published`` column: zeroed, cut short or deleted, a
    search limited to the articles' month answered 'no article contains 鹤鸣湖', and 'index check --deep'
    said clean."""
    db_url, home = built
    month = {"since": date(2020, 1, 1), "until": date(2020, 1, 31)}
    assert search(home / "index", "鹤鸣湖", **month).total == 40
    column = segment_file(home, "published.col")
    if damage == "zeroed":
        column.write_bytes(bytes(column.stat().st_size))
    elif damage == "cut":
        truncate_half(column)
    else:
        column.unlink()
    for deep in (False, True):
        report = check_index(db_url, home / "index", deep=deep)
        assert report.damaged and report.damaged[0].startswith(column.name + ": "), report.damaged
    assert rebuild_from_store(db_url, home / "index", procs=1) == 40
    assert check_index(db_url, home / "index", deep=True).clean
    assert search(home / "index", "鹤鸣湖", **month).total == 40


def test_a_deleted_or_garbled_text_column_is_found(
    built: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exact phrase is checked in the folded text of the ``ftext`` column: deleted, '"鹤鸣湖"' answered
    'no article contains' (exit 3) and 'index check --deep' said clean; garbled, --deep said clean too."""
    db_url, home = built
    column = segment_file(home, "ftext.col")
    data = bytearray(column.read_bytes())
    middle = len(data) // 3
    data[middle : middle + 16] = bytes(b ^ 0x5A for b in data[middle : middle + 16])
    column.write_bytes(bytes(data))
    report = check_index(db_url, home / "index", deep=True)
    assert report.damaged and report.damaged[0].startswith(column.name + ": does not read"), report.damaged
    column.unlink()
    assert check_index(db_url, home / "index").damaged == [f"{column.name}: is missing"]
    assert cli(["index", "check", "--home", str(home)], monkeypatch) == 5
    assert capsys.readouterr().out.splitlines()[0] == DAMAGED_MESSAGE


def test_an_id_garbled_in_the_middle_is_damage_in_the_quick_check_too(
    built: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick check reads the first and last documents' ids; one garbled between them failed 'index
    check' with 'unexpected ValueError' when the ids were compared with the store."""
    _db_url, home = built
    state = segment_file(home, "state.col")
    data = state.read_bytes()
    at = data.index(b"20 ")  # values follow each other: the id of article 20 runs into its hash
    state.write_bytes(data[: at + 2] + b"?" + data[at + 3 :])
    gen = current_generation(home / "index")
    assert gen is not None and find_damage(gen) == []
    assert cli(["index", "check", "--home", str(home)], monkeypatch) == 5
    out = capsys.readouterr().out.splitlines()
    assert out[0] == DAMAGED_MESSAGE and out[1].strip() == f"{state.name}: {CHECKSUM}"
    drop_manifest(gen)  # an index written before manifests: the ids compared with the store fail to read
    assert cli(["index", "check", "--home", str(home)], monkeypatch) == 5
    out = capsys.readouterr().out.splitlines()
    assert out[0] == DAMAGED_MESSAGE and out[1].strip().startswith(state.name + ": does not read")


def test_a_phrase_search_over_a_lost_text_column_says_rebuild(built: tuple[str, Path]) -> None:
    """Without the ``ftext`` column an exact phrase is checked against no text: '"鹤鸣湖"' answered
    'no article contains' for 40 articles holding it."""
    _db_url, home = built
    assert search(home / "index", '"鹤鸣湖"').total == 40
    segment_file(home, "ftext.col").unlink()
    with pytest.raises(IndexDamaged, match=r"ftext\.col: is missing"):
        search(home / "index", '"鹤鸣湖"')


def flip_middle(path: Path, count: int = 1) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + count] = bytes(b ^ 0xFF for b in data[middle : middle + count])
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("ext", "count"), [("nap", 64), ("pst", 64), ("published.col", 1)])
def test_bytes_flipped_inside_postings_or_one_date_are_found_without_deep(
    built: tuple[str, Path],
    ext: str,
    count: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Word-pair postings flipped in the middle of the .nap, or one document's date, keep every size and
    table right: 'index check' said clean and 'index update' 'updated' until --deep read every posting
    (35 s at 10,000 articles). Each file's size and CRC-32, written into meta.json with the generation,
    find it in 25 ms of CPU."""
    db_url, home = built
    gen = current_generation(home / "index")
    assert gen is not None
    damaged = segment_file(home, ext)
    flip_middle(damaged, count)
    assert find_damage(gen) == []  # the structural checks see nothing
    report = check_index(db_url, home / "index")
    assert report.damaged == [f"{damaged.name}: {CHECKSUM}"]
    assert cli(["index", "check", "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    assert capsys.readouterr().out.splitlines() == [DAMAGED_MESSAGE, f"  {damaged.name}: {CHECKSUM}"]
    assert cli(["index", "update", "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"error: {DAMAGED_MESSAGE} ({damaged.name}: {CHECKSUM})"
    assert cli(["index", "rebuild", "--home", str(home)], monkeypatch) == 0
    assert check_index(db_url, home / "index").clean


def test_updates_and_their_merges_keep_the_manifest_true(built: tuple[str, Path]) -> None:
    """Each update adds its segment's files to the manifest and merges drop theirs: no false damage."""
    from indexer.build import UPDATE_MERGE_AT
    from indexer.sync import update_from_store

    db_url, home = built
    for n in range(UPDATE_MERGE_AT + 1):  # the last update merges the update segments
        add(db_url, 2, start=40 + 2 * n)
        assert update_from_store(db_url, home / "index").added == 2
        report = check_index(db_url, home / "index")
        assert report.clean, report.damaged
    gen = current_generation(home / "index")
    assert gen is not None
    listed = set(read_meta(gen)["files"])
    assert {p.name for p in gen.iterdir() if p.suffix in (".toc", ".col", ".pst", ".trm", ".nap")} == listed
    assert search(home / "index", "鹤鸣湖").total == 40 + 2 * (UPDATE_MERGE_AT + 1)


@pytest.mark.parametrize("ext", ["pst", "published.col", "ftext.col"])
def test_a_search_finds_a_file_cut_short_when_it_opens_the_index(
    built: tuple[str, Path], ext: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search reads only the parts of the files it needs: with the id postings (.pst) or the date or text
    column cut in half, a date-limited search answered from what was left. Opening the index compares
    each file's size with the one written into meta.json (read for the idle searchers anyway)."""
    _db_url, home = built
    month = {"since": date(2020, 1, 1), "until": date(2020, 1, 31)}
    assert search(home / "index", "鹤鸣湖", **month).total == 40
    damaged = segment_file(home, ext)
    size = damaged.stat().st_size
    truncate_half(damaged)
    said = f"{DAMAGED_MESSAGE} ({damaged.name}: is {size // 2} bytes, {size} when written)"
    with pytest.raises(IndexDamaged, match=re.escape(said)):
        search(home / "index", "鹤鸣湖", **month)
    assert cli(["search", "鹤鸣湖", "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    assert capsys.readouterr().err.strip() == f"error: {said}"
    # A batch stops at the damage with the same line: every later line would fail the same way.
    queries = home / "queries.tsv"
    queries.write_text("q1\t鹤鸣湖\nq2\t鹤鸣湖\n", "utf-8")
    assert cli(["search", "--batch", str(queries), "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    assert capsys.readouterr().err.strip() == f"error: {said}"


PYTHON_WORDS = re.compile(r"\b\w*(Error|Exception)\b|struct\.error|invalid literal|base 10")


def _garble_state(path: Path) -> None:
    path.write_bytes(path.read_bytes().replace(b" ", b"?"))  # every id runs into its hash


def _store_of_another_format(path: Path) -> None:
    path.write_bytes(b"X" + path.read_bytes()[1:])


def _stored_lengths_zeroed(path: Path) -> None:
    import struct

    data = bytearray(path.read_bytes())
    width = struct.calcsize(data[-1:].decode("ascii"))
    data[-1 - width : -1] = bytes(width)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("ext", "damage", "expected"),
    [
        ("state.col", _garble_state, "does not read (document 0's article id is garbled)"),
        ("_stored.col", _stored_lengths_zeroed, "does not read (document 39 has no article id)"),
        ("nap", truncate_half, None),
        ("pst", truncate_half, None),
        ("trm", truncate_half, None),
        ("nap", _store_of_another_format, "does not open (not a postings store)"),
    ],
)
def test_damage_is_said_in_words_not_python_errors(
    built: tuple[str, Path],
    ext: str,
    damage: Callable[[Path], None],
    expected: str | None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """'index check' said 'state.col: does not read (ValueError: invalid literal for int() with base 10:
    '1?1cf2c0...')': a Python class and message where a maintainer reads what is wrong with the file."""
    _db_url, home = built
    path = segment_file(home, ext)
    damage(path)
    gen = current_generation(home / "index")
    assert gen is not None
    drop_manifest(gen)  # the file's own faults, not the checksum line that comes before them
    assert cli(["index", "check", "--deep", "--home", str(home)], monkeypatch) == 5
    out = capsys.readouterr().out.splitlines()
    assert out[0] == DAMAGED_MESSAGE and out[1].strip().startswith(path.name + ": "), out
    assert not PYTHON_WORDS.search("\n".join(out)), out
    if expected is not None:
        assert out[1].strip() == f"{path.name}: {expected}"


@pytest.mark.parametrize("damage", ["cut", "meta"])
def test_index_stats_of_a_damaged_index_says_rebuild(
    built: tuple[str, Path], damage: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``index stats`` of an index with a postings file cut short, or without its meta.json, printed
    its documents and sizes and exited 0 (meta.json gone: every metadata line "none"), as if sound,
    where search, index check and index update say it is damaged. It checks what a search checks."""
    _, home = built
    gen = current_generation(home / "index")
    assert gen is not None
    if damage == "cut":
        truncate_half(segment_file(home, "nap"))
        expected = f"error: {DAMAGED_MESSAGE} ({segment_file(home, 'nap').name}: is "
    else:
        (gen / "meta.json").unlink()
        expected = f"error: {DAMAGED_MESSAGE} (meta.json: is missing"
    assert cli(["index", "stats", "--home", str(home)], monkeypatch) == exitcodes.DAMAGED
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip().startswith(expected), captured.err
