"""E-paper PDFs: a multi-column page laid out with reportlab rebuilds into the same articles as its text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from archive.errors import NormalizeError
from crawler.normalize import RebuiltArticle, rebuild_page
from crawler.normalize.pdf import pdf_to_text, rebuild_pdf

pytest.importorskip("reportlab")
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

DATA = Path(__file__).parent / "data"
FONT = "STSong-Light"


def make_page_pdf(text: str, columns: int = 3, size: float = 7.0) -> bytes:
    """Lay ``text`` out as print does: lines wrapped to the column, flowing down one column then the next."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    width, height, margin, gutter = 595.0, 842.0, 30.0, 18.0
    column = (width - 2 * margin - gutter * (columns - 1)) / columns
    lines: list[str] = []
    for source in text.split("\n"):
        source = source.strip()
        current = ""
        for ch in source:
            if pdfmetrics.stringWidth(current + ch, FONT, size) > column:
                lines.append(current)
                current = ""
            current += ch
        lines.append(current)
    per_column = -(-len(lines) // columns)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(width, height))
    pdf.setFont(FONT, size)
    for i, line in enumerate(lines):
        col, row = divmod(i, per_column)
        if line:
            pdf.drawString(margin + col * (column + gutter), height - margin - row * size * 1.25, line)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def summary(articles: list[RebuiltArticle]) -> list[tuple[object, ...]]:
    return [
        (
            a.title,
            a.subtitle,
            a.dateline,
            a.reporters,
            a.photographers,
            a.subheads,
            "".join("".join(a.paragraphs).split()),
        )
        for a in articles
    ]


@pytest.mark.parametrize("name", ["seed_000.txt", "normalize/another_paper.txt"])
def test_three_column_pdf_gives_the_articles_of_its_text(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    data = make_page_pdf(text)
    extracted = pdf_to_text(data)
    assert extracted.count("\n\n") > text.count("\n\n")  # the columns added breaks of their own
    assert summary(rebuild_pdf(data)) == summary(rebuild_page(text))


def test_broken_pdf_raises_one_line_error() -> None:
    with pytest.raises(NormalizeError) as excinfo:
        pdf_to_text(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    assert "\n" not in str(excinfo.value) and str(excinfo.value).startswith("cannot read PDF")
    with pytest.raises(NormalizeError):
        pdf_to_text(b"not a pdf at all")
