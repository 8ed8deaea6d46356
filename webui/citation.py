"""Cite an archived article: one record, written as RIS, BibTeX and CSL-JSON (Zotero reads all three).

Pure functions of a :class:`Citation`, so each format is tested on hostile
titles without a server. The archived text is hostile: BibTeX's special
characters are escaped (a ``}`` in a title must not end the field), RIS
values are one line each (a newline must not start a forged tag).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


@dataclass(frozen=True)
class Citation:
    """What a citation of one archived article says.

    ``edition_date`` is the printed edition's date, else the publication
    date, in the papers' zone; ``retrieved`` is when the archive fetched the
    text cited (the version shown): its capture's time, the access date a
    citation of an archived web page gives. ``url`` is the original's web
    address, "" when it has none (an imported article): every format then
    leaves it out.

    An imported version (``newsarchive import``) was never fetched: its
    ``retrieved`` is None and ``imported`` the day it was imported. The
    import's day is no access date (a reader citing it would claim a visit
    to the site that day), and the export names no capture, so every format
    leaves the access date out and its note says the copy was imported.

    ``date_note`` says a date the page did not print whole ("year inferred", from
    ``archive.date_from``): each format carries it (CSL's ``circa``, a note in RIS and
    BibTeX) so a bibliography does not state the guess as printed fact.
    """

    article_id: int
    version: int
    paper: str
    title: str
    authors: tuple[str, ...]
    edition_date: date | None
    page: str
    section: str
    url: str
    permalink: str
    retrieved: date | None
    language: str = "zh"
    imported: date | None = None
    date_note: str = ""


def archived_note(c: Citation) -> str:
    """Say which archived copy is cited (its version and, for an imported one, that and when), and
    how far its date is the page's own when it is not ("date: year inferred")."""
    how = f", imported {c.imported.isoformat()}, not fetched from the original" if c.imported else ""
    dated = f"; date: {c.date_note}" if c.date_note and c.edition_date else ""
    return f"Archived copy (version {c.version}{how}): {c.permalink}{dated}"


def _one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text).strip()


def ris(c: Citation) -> str:
    """Return the citation as an RIS record (``TY  - NEWS``), lines ending CRLF as the format asks."""
    lines = [("TY", "NEWS"), ("TI", c.title)]
    lines += [("AU", a) for a in c.authors]
    lines.append(("T2", c.paper))
    if c.edition_date:
        lines += [("PY", str(c.edition_date.year)), ("DA", c.edition_date.strftime("%Y/%m/%d/"))]
    if c.page:
        lines.append(("SP", c.page))
    if c.section:
        lines.append(("SE", c.section))
    lines += [
        ("LA", c.language),
        ("UR", c.url),
        ("Y2", c.retrieved.strftime("%Y/%m/%d/") if c.retrieved else ""),
        ("DB", "newsarchive"),
        ("N1", archived_note(c)),
        ("ID", f"newsarchive-{c.article_id}"),
    ]
    body = "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines if _one_line(value))
    return body + "ER  - \r\n"


def bibtex_escape(text: str) -> str:
    """Escape BibTeX's special characters so archived text stays inside its field."""
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in _one_line(text))


def bibtex(c: Citation) -> str:
    """Return the citation as one ``@article`` entry (biblatex newspapers: journaltitle is the paper)."""
    fields: list[tuple[str, str]] = [
        ("title", c.title),
        ("author", " and ".join("{" + bibtex_escape(a) + "}" for a in c.authors)),
        ("journaltitle", c.paper),
        ("journal", c.paper),
    ]
    if c.edition_date:
        fields += [
            ("date", c.edition_date.isoformat()),
            ("year", str(c.edition_date.year)),
            ("month", str(c.edition_date.month)),
        ]
    if c.page:
        fields.append(("pages", c.page))
    fields += [
        ("url", c.url),
        ("urldate", c.retrieved.isoformat() if c.retrieved else ""),
        ("langid", "chinese" if c.language.startswith("zh") else c.language),
        ("note", archived_note(c)),
    ]
    out = [f"@article{{newsarchive{c.article_id},"]
    for name, value in fields:
        if not value:
            continue
        # Author names are escaped (and braced) one by one above; URLs keep their characters, only braces go.
        if name == "author":
            text = value
        elif name == "url":
            text = _one_line(value).replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C")
        else:
            text = bibtex_escape(value)
        out.append(f"  {name} = {{{text}}},")
    out.append("}")
    return "\n".join(out) + "\n"


def csl_json(c: Citation) -> str:
    """Return the citation as CSL-JSON: a list with one ``article-newspaper`` item."""
    item: dict[str, Any] = {
        "id": f"newsarchive-{c.article_id}",
        "type": "article-newspaper",
        "title": c.title,
        "container-title": c.paper,
        "URL": c.url,
        "language": c.language,
        "archive": "newsarchive",
        "archive_location": c.permalink,
        "note": archived_note(c),
    }
    if c.retrieved:
        item["accessed"] = {"date-parts": [[c.retrieved.year, c.retrieved.month, c.retrieved.day]]}
    if not c.url:
        del item["URL"]
    if c.authors:
        item["author"] = [{"literal": a} for a in c.authors]
    if c.edition_date:
        d = c.edition_date
        item["issued"] = {"date-parts": [[d.year, d.month, d.day]]}
        if c.date_note:
            item["issued"]["circa"] = True
    if c.page:
        item["page"] = c.page
    if c.section:
        item["section"] = c.section
    return json.dumps([item], ensure_ascii=False, indent=1)
