"""Save the README's screenshot of the search page: serve an archive, search it in headless Chromium.

    .venv/bin/python tests/browser/readme_screenshot.py --home demo-data --out docs/search-page.png

Uses the same browser set-up as the end-to-end tests (Debian's chromium, Playwright for Python).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from browser_support import CHROMIUM_ARGS, chromium_path  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from webui.app import LOOPBACK_HOSTS, create_app  # noqa: E402
from webui.server import serve_in_thread  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Serve ``--home``, search ``--query`` and save a screenshot of the page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--query", default="脱贫攻坚")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "search-page.png")
    args = parser.parse_args(argv)
    path = chromium_path()
    if path is None:
        print("error: chromium is not installed (bash tests/browser/ensure_chromium.sh)", file=sys.stderr)
        return 1
    app = create_app(args.home, allowed_hosts=LOOPBACK_HOSTS)
    with serve_in_thread(app) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900}, locale="zh-CN")
        page.goto(url + "/")
        page.fill("#q", args.query)
        page.press("#q", "Enter")
        page.wait_for_selector("#total")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out), full_page=True)
        browser.close()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
