"""Adding a source: ``newsarchive sources add URL`` on generated sites of each family.

Each site's calendar runs from 137 days ago to today (in Shanghai); the
server counts every request it answers. For each site: the requests of
recognition and date probing (target: at most 40, with the right first
edition), their time, and the one-edition test crawl's time and requests.
Politeness is off (AutoThrottle's 0.5 s start delay would add about half a
second per request). Prints a markdown section; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bench.util import REPO, machine

sys.path.insert(0, str(REPO / "tests"))
from sitegen import build_site
from sitegen.serve import serve_site

from search_cli.main import main

SPAN = 137
TARGET = 40
LOOPBACK = ["-s", "NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32", "-s", "AUTOTHROTTLE_ENABLED=False", "-q"]


def _sites(today: date) -> dict[str, tuple[tuple[str, ...], dict[str, Any]]]:
    return {
        "Founder classic": (("old",), {}),
        "Founder PC": (("new",), {}),
        "Founder pad": (("pad",), {}),
        "paper-code pages": (("code",), {}),
        "classic -> PC 40 days ago": (("old", "new"), {"change_on": today - timedelta(days=40)}),
        "PC, no Sundays": (("new",), {"skip_sundays": True}),
        "classic, all GBK": (("old",), {"gbk_share": 1.0, "edition_charset": "gbk"}),
        "news site, sitemap in robots.txt": (("news",), {"with_sitemap": True}),
    }


def measure(
    name: str, families: tuple[str, ...], options: dict[str, Any], today: date, work: Path
) -> dict[str, Any]:
    """Build, serve and add one site; return its figures."""
    first = today - timedelta(days=SPAN)
    options = dict(options)
    days = [first + timedelta(days=i) for i in range(SPAN + 1)]
    if options.pop("skip_sundays", False):
        days = [d for d in days if d == first or d.weekday() != 6]
    settings: dict[str, Any] = {
        "with_pdfs": False,
        "with_feed": False,
        "with_listing": False,
        "with_sitemap": False,
    }
    settings.update(options)
    root = work / "site"
    manifest = build_site(root, n_articles=2 * len(days), dates=days, families=families, seed=5, **settings)
    log = work / "requests.log"
    with serve_site(root, log=log) as url:
        start = url + ("/" if families == ("news",) else manifest.editions[-1].path)
        out = io.StringIO()
        started = time.monotonic()
        with contextlib.redirect_stdout(out):
            code = main(["sources", "add", start, "--json", "--dry-run", *LOOPBACK])
        total = time.monotonic() - started
    found = json.loads(out.getvalue())
    lines = log.read_text("utf-8").splitlines()
    robots = [i for i, line in enumerate(lines) if line.endswith(" /robots.txt")]
    discovery = robots[1] if len(robots) > 1 else len(lines)
    right = found["discovery"]["first"] == first.isoformat()
    return {
        "site": name,
        "ok": code == 0 and right and discovery <= TARGET,
        "first_right": right,
        "discovery_requests": discovery,
        "discovery_seconds": found["seconds"],
        "trial_requests": len(lines) - discovery,
        "trial_seconds": found["trial_seconds"],
        "total_seconds": round(total, 2),
        "articles": found["trial"]["articles"] if found["trial"] else 0,
    }


def main_bench(argv: list[str] | None = None) -> int:
    """Measure every site and print the section."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    rows = []
    for name, (families, options) in _sites(today).items():
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(measure(name, families, options, today, Path(tmp)))
    print("## Adding a source (`sources add`)\n")
    print(
        f"Machine: {machine()}. Sites of {SPAN + 1} days, 2 pages and 2 articles an edition; requests counted"
    )
    print("at the server. Discovery = recognition + first/last edition + redesign + weekday probes.\n")
    print(
        "| site | first edition right | discovery requests | discovery s | test crawl requests "
        "| test crawl s |"
    )
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['site']} | {'yes' if r['first_right'] else 'NO'} | {r['discovery_requests']} "
            f"| {r['discovery_seconds']:.2f} | {r['trial_requests']} | {r['trial_seconds']:.1f} |"
        )
    worst = max(r["discovery_requests"] for r in rows)
    print(f"\nTarget: the right first edition in at most {TARGET} requests; most used: {worst}.")
    print("With the default politeness (AutoThrottle on: 0.5 s between requests) discovery takes about")
    print(
        f"{worst * 0.5:.0f} s at most on these sites; the test crawl's time is mostly the crawl process "
        "starting."
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main_bench())
