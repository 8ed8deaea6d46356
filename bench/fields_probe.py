"""Probe titles and body text on made pages of real texts the dev set does not use (tune data, no holdout).

``python -m bench.fields_probe [--pages 240] [--failures]``

The dev set's tune pages are mostly right, so they no longer tell a rule that
generalises from one that does nothing. This probe renders real article texts
that no dev-set page uses (inews BDCI-2019 and Sohu 2012, picked in a fixed
order by the sha1 of their key, never by hand) in the twelve layouts of
``tools/make_fields_pages.py``, and scores ours and plain trafilatura on what
needs no hand annotation: the headline (the text's own title, which the
layout prints) and body character F1 against the text. Bylines and dates are
not scored here: they need reading by hand. Every page is tune data; nothing
here is a holdout.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from bench.fields_eval import Page, char_f1, data_dir, ours, plain_trafilatura, without_editor_lines

REPO = Path(__file__).resolve().parent.parent


def _pages_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_fields_pages", REPO / "tools" / "make_fields_pages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def make_pages(count: int, root: Path, out: Path) -> list[Page]:
    """Write ``count`` probe pages under ``out`` and return them with their expected title and body."""
    tool = _pages_tool()
    texts = tool.load_sources(root)
    used = {src.key for src in tool.SOURCES}
    keys = sorted(
        (k for k in texts if k not in used), key=lambda k: hashlib.sha1(f"probe{k}".encode()).hexdigest()
    )
    layouts = list(tool.KIND)
    pages: list[Page] = []
    for key in keys:
        if len(pages) >= count:
            break
        raw_title, text, url = texts[key]
        paras = tool.paragraphs(text, key.startswith("sohu:"))
        if len(text) < 200 or not paras:
            continue
        layout = layouts[len(pages) % len(layouts)]
        src = tool.Src(key, layout, [], nick="山城老李")
        title = tool.clean_title(raw_title)
        day = tool._days(key, tool._half(text), url)
        page, encoding, page_url = tool.render(src, title, paras, day, url)
        file = out / f"{layout}_{key.replace(':', '-')}.html"
        file.write_bytes(page.encode(encoding, "replace"))
        body = "\n".join(paras)
        if layout == "epaper":
            zone = re.sub(r'^.*?<div id="ozoom">|</div></td>.*$', "", page, flags=re.S)
            body = "\n".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", zone))
        pages.append(
            Page(
                path=file.name,
                file=file,
                url=page_url,
                title=title,
                date=None,
                authors=[],
                kind=layout,
                split="tune",
                body=body,
                batch="probe",
            )
        )
    return pages


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def main(argv: list[str] | None = None) -> int:
    """Render the probe pages, score ours and trafilatura, print a table per layout."""
    import tempfile

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=240, help="how many probe pages (20 per layout at 240)")
    parser.add_argument("--data", help="shared data directory")
    parser.add_argument("--failures", action="store_true", help="list ours' wrong titles and body losses")
    args = parser.parse_args(argv)
    root = data_dir(args.data)
    if not (root / "inews-bdci2019").is_dir():
        print(f"not measured: no {root / 'inews-bdci2019'}")
        return 1
    per: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for page in make_pages(args.pages, root, Path(tmp)):
            body = page.body or ""
            got = {"ours": ours(page), "trafilatura": plain_trafilatura(page)}
            for who, result in got.items():
                for key in (page.kind, "all"):
                    per[key][f"{who} title"].append(float(_squash(result.title) == _squash(page.title)))
                    per[key][f"{who} body"].append(char_f1(result.body, body))
                    per[key][f"{who} text"].append(
                        char_f1(without_editor_lines(result.body), without_editor_lines(body))
                    )
            mine, theirs = got["ours"], got["trafilatura"]
            if _squash(mine.title) != _squash(page.title):
                notes.append(f"- {page.path}: title {mine.title!r} != {page.title!r} {mine.error}")
            if char_f1(mine.body, body) < char_f1(theirs.body, body) - 0.01:
                notes.append(
                    f"- {page.path}: body {char_f1(mine.body, body):.3f} < trafilatura's "
                    f"{char_f1(theirs.body, body):.3f} {mine.error}"
                )
    columns = [
        "ours title",
        "trafilatura title",
        "ours body",
        "trafilatura body",
        "ours text",
        "trafilatura text",
    ]
    print("| layout | pages | " + " | ".join(columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for layout in sorted(per, key=lambda k: (k == "all", k)):
        cells = [f"{sum(per[layout][c]) / len(per[layout][c]):.3f}" for c in columns]
        print(f"| {layout} | {len(per[layout]['ours title'])} | " + " | ".join(cells) + " |")
    if args.failures:
        print("\n".join(["", *notes]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
