"""HTML: the visible text, paragraphs as blank-line-separated blocks; script/style dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ingest.readers.base import ReadText, register

_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "dd",
    "dt",
    "figure",
    "figcaption",
    "form",
    "title",
    "body",
}
_BREAK = "\ue000"  # a <br> while a block is collected (a private-use character no page shows)
_HIDDEN_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _VisibleText(HTMLParser):
    """Collects visible text as blocks; remembers which blocks were headings and the title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, bool]] = []
        self._buffer: list[str] = []
        self._hidden = 0
        self._heading = 0
        self._in_title = False
        self.title: str | None = None

    def _flush(self) -> None:
        # one <br> is a line break inside the block; two or more in a row end a paragraph
        text = re.sub(r"\s+", " ", "".join(self._buffer))
        self._buffer = []
        for part in re.split(rf" ?{_BREAK}(?: ?{_BREAK})+ ?", text):
            part = re.sub(rf" ?{_BREAK} ?", "\n", part).strip()
            if part:
                self.blocks.append((part, self._heading > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
            return
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
            return
        if tag == "br":
            self._buffer.append(_BREAK)
        elif tag in _BLOCK_TAGS:
            self._flush()
        elif tag == "sup" and self._buffer and self._buffer[-1][-1:].isdigit():
            self._buffer.append("^")  # "10<sup>15</sup>" is 10^15, not the number 1015
        if tag in _HEADING_TAGS:
            self._heading += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _HEADING_TAGS:
            self._heading = max(0, self._heading - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._buffer.append(_BREAK)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = ((self.title or "") + data).strip() or None
        elif not self._hidden:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


@register(".html", ".htm")
def read_html(raw: str) -> ReadText:
    parser = _VisibleText()
    parser.feed(raw)
    parser.close()
    parts: list[str] = []
    headings: list[tuple[int, int]] = []
    offset = 0
    for text, is_heading in parser.blocks:
        if parts:
            parts.append("\n\n")
            offset += 2
        if is_heading:
            headings.append((offset, offset + len(text)))
        parts.append(text)
        offset += len(text)
    first_heading = next((t for t, h in parser.blocks if h), None)
    return ReadText(
        text="".join(parts), title=parser.title or first_heading, kind="web_page", headings=tuple(headings)
    )
