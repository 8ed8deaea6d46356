"""E-paper page PDFs: extract their text and rebuild the articles on them.

The PDF itself is archived unchanged by the crawler; this module only reads it.
pdfminer.six's layout analysis groups the glyphs of each column into text boxes
and orders them, which gives text of the same shape as print text from HTML
(hard-wrapped lines, a blank line at each box edge), so the same rebuilding
applies.
"""

from __future__ import annotations

import io

from archive.errors import NormalizeError
from crawler.normalize.models import RebuiltArticle
from crawler.normalize.page import rebuild_page


def pdf_to_text(data: bytes) -> str:
    """Extract the text of a page PDF, one text box per block, boxes separated by a blank line."""
    from pdfminer.high_level import extract_text  # heavy import, needed only for PDFs
    from pdfminer.layout import LAParams

    if not data.startswith(b"%PDF"):
        raise NormalizeError("cannot read PDF: no %PDF header")
    try:
        text = extract_text(io.BytesIO(data), laparams=LAParams())
    except Exception as exc:  # pdfminer raises many unrelated types for a broken file
        message = " ".join(str(exc).split()) or exc.__class__.__name__
        raise NormalizeError(f"cannot read PDF: {message}") from exc
    text = text.replace("\x0c", "\n")
    if not text.strip():
        raise NormalizeError("cannot read PDF: no text layer (a scanned page needs OCR)")
    return text


def rebuild_pdf(data: bytes) -> list[RebuiltArticle]:
    """Rebuild the articles of an e-paper page PDF."""
    return rebuild_page(pdf_to_text(data))
