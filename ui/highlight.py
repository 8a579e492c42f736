"""Source text as safe HTML with claim spans marked: one quote in its context, or a whole
document with every claim marked in place (the reader's view).

Every piece of source text is HTML-escaped; only our own <mark> and <span> tags are emitted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Mark colours by effect: readable on light and dark themes (dark text on a pale fill).
EFFECT_COLOURS = {
    "increases": "#ffd7a8",
    "decreases": "#b9e6c9",
    "no_major_change": "#cfe0ff",
    "uncertain": "#e6dcf5",
    None: "#fff3a0",
}
TEXT_STYLE = (
    "white-space: pre-wrap; font-family: 'Source Serif Pro', Georgia, serif; font-size: 0.98rem; "
    "line-height: 1.6; color: inherit;"
)
MARK_STYLE = "color: #1a1a1a; padding: 0 2px; border-radius: 3px;"


_LIST_START = re.compile(r"\s*([●•*#>|-]|\d+[.)]\s|[A-Z][\w .'-]{0,40}:\s)")
SOFT_WRAP_MIN = 50


def reflow(text: str) -> str:
    """``text`` with hard-wrapped line breaks turned into spaces, keeping its length (so claim
    offsets still apply): a break is soft when its line is long and the next starts no new item."""
    chars = list(text)
    line_start = 0
    for i, ch in enumerate(text):
        if ch != "\n":
            continue
        line = text[line_start:i].strip()
        rest = text[i + 1 : i + 200]
        next_line = rest.split("\n", 1)[0]
        if len(line) >= SOFT_WRAP_MIN and next_line.strip() and not _LIST_START.match(next_line):
            chars[i] = " "
        line_start = i + 1
    return "".join(chars)


@dataclass(frozen=True)
class Span:
    """A stretch of the text to mark, with its tooltip and colour key."""

    start: int
    end: int
    title: str = ""
    effect: str | None = None
    anchor: str | None = None
    selected: bool = False


def _mark(text: str, spans: Sequence[Span]) -> str:
    first = spans[0]
    colour = EFFECT_COLOURS.get(first.effect, EFFECT_COLOURS[None])
    outline = " outline: 2px solid #d9480f;" if any(s.selected for s in spans) else ""
    title = html.escape(" | ".join(s.title for s in spans if s.title), quote=True)
    return (
        f'<mark style="background: {colour}; {MARK_STYLE}{outline}" title="{title}">'
        f"{html.escape(text)}</mark>"
    )


def mark_spans(text: str, spans: Sequence[Span], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` as escaped HTML with each span wrapped in a <mark>; overlaps share one."""
    end = len(text) if end is None else end
    inside = [s for s in spans if s.end > start and s.start < end and s.end > s.start]
    cuts = sorted({start, end} | {max(start, min(end, p)) for s in inside for p in (s.start, s.end)})
    anchors = {s.start: s.anchor for s in inside if s.anchor}
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a in anchors:
            parts.append(f'<span id="{html.escape(anchors.pop(a), quote=True)}"></span>')
        covering = [s for s in inside if s.start <= a and b <= s.end]
        piece = text[a:b]
        parts.append(_mark(piece, covering) if covering else html.escape(piece))
    return "".join(parts)


def quote_in_context(text: str, start: int, end: int, context: int = 500, effect: str | None = None) -> str:
    """The quote marked inside a window of surrounding text, cut at line or word boundaries."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    if lo > 0:
        newline = text.find("\n", lo, start)
        space = text.find(" ", lo, start)
        lo = newline + 1 if newline != -1 else (space + 1 if space != -1 else lo)
    if hi < len(text):
        newline = text.rfind("\n", end, hi)
        space = text.rfind(" ", end, hi)
        hi = newline if newline != -1 else (space if space != -1 else hi)
    body = mark_spans(reflow(text), [Span(start, end, effect=effect, selected=True)], lo, hi)
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    return f'<div style="{TEXT_STYLE}">{prefix}{body}{suffix}</div>'


def document_html(text: str, spans: Sequence[Span]) -> str:
    """The whole document with every span marked, in a scrollable reading pane."""
    return (
        f'<div style="{TEXT_STYLE} max-height: 70vh; overflow-y: auto; padding: 0.5rem 1rem; '
        f'border: 1px solid rgba(128,128,128,0.35); border-radius: 6px;">{mark_spans(text, spans)}</div>'
    )


def legend_html() -> str:
    items = [(k or "no effect", v) for k, v in EFFECT_COLOURS.items()]
    return " ".join(
        f'<mark style="background: {c}; {MARK_STYLE}">{html.escape(k.replace("_", " "))}</mark>'
        for k, c in items
    )


_MD_SPECIAL = "\\`*_{}[]()<>#+-!|$~"


def md_escape(text: str) -> str:
    """Text safe to drop into st.markdown: no accidental emphasis, links, HTML or $math$."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in " ".join(text.split()))
