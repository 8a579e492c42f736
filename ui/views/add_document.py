"""The Add document page: pasted or uploaded text plus its metadata, ingested by running the
``neuroclaims ingest`` command in a subprocess (the UI never runs spaCy), with progress shown
and the command's errors reported plainly. Afterwards the caches are cleared so new claims show.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st
from pydantic import ValidationError

from ontology.models import KNOWN_KINDS, Participant, Role, SourceMeta
from ui import data
from ui.corpus import CorpusIndex

SUFFIXES = (".txt", ".md", ".html", ".htm", ".vtt", ".srt")
INGEST_TIMEOUT_S = 900


@dataclass
class IngestRequest:
    """A checked document and its metadata, ready to hand to ``neuroclaims ingest``."""

    text: str
    suffix: str
    meta: SourceMeta
    participant_specs: list[str] = field(default_factory=list)

    def command(self, path: Path) -> list[str]:
        cmd = [
            sys.executable,
            "-m",
            "neuroclaims",
            "ingest",
            str(path),
            "--title",
            self.meta.title,
            "--kind",
            self.meta.kind,
        ]
        if self.meta.date:
            cmd += ["--date", self.meta.date.isoformat()]
        if self.meta.url:
            cmd += ["--url", self.meta.url]
        for spec in self.participant_specs:
            cmd += ["--participant", spec]
        return cmd


def check_request(
    text: str, suffix: str, title: str, kind: str, date: dt.date | None, url: str, participants: str
) -> tuple[IngestRequest | None, list[str]]:
    """The request, or every problem with the form's input as a sentence the user can act on."""
    problems = []
    if not text.strip():
        problems.append("Paste the document's text or upload a file.")
    if suffix not in SUFFIXES:
        problems.append(f"Files must be one of {', '.join(SUFFIXES)} (got {suffix or 'no extension'}).")
    if not title.strip():
        problems.append("Give the document a title.")
    specs = [line.strip() for line in participants.splitlines() if line.strip()]
    parsed = []
    for spec in specs:
        try:
            parsed.append(Participant.parse(spec))
        except ValueError as exc:
            problems.append(f"Participant line {spec!r}: {exc}")
    if url.strip() and not url.strip().startswith(("http://", "https://")):
        problems.append("The URL should start with http:// or https://.")
    if problems:
        return None, problems
    try:
        meta = SourceMeta(
            title=title.strip(), kind=kind, date=date, url=url.strip() or None, participants=tuple(parsed)
        )
    except ValidationError as exc:
        return None, [err["msg"] for err in exc.errors()]
    return IngestRequest(text=text, suffix=suffix, meta=meta, participant_specs=specs), []


def run_ingest(
    request: IngestRequest, timeout_s: float = INGEST_TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    """Write the text to a temporary file and run ``neuroclaims ingest`` on it."""
    with tempfile.TemporaryDirectory(prefix="neuroclaims-add-") as tmp:
        stem = (
            "".join(ch if ch.isalnum() else "-" for ch in request.meta.title.lower())[:60].strip("-") or "doc"
        )
        path = Path(tmp) / f"{stem}{request.suffix}"
        path.write_text(request.text, encoding="utf-8")
        return subprocess.run(
            request.command(path), capture_output=True, text=True, timeout=timeout_s, check=False
        )


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def render_add_document(index: CorpusIndex) -> None:
    st.markdown(
        "The text is read by the extraction pipeline (`neuroclaims ingest`) and its claims are added to "
        "the graph. Re-adding an unchanged document changes nothing."
    )
    with st.form("add_document", clear_on_submit=False):
        upload = st.file_uploader("Upload a file", type=[s.lstrip(".") for s in SUFFIXES], key="add_upload")
        pasted = st.text_area("…or paste the text", height=220, key="add_text")
        c1, c2, c3 = st.columns([3, 2, 1])
        title = c1.text_input("Title", key="add_title")
        kind = c2.selectbox("Kind", KNOWN_KINDS, format_func=lambda k: k.replace("_", " "), key="add_kind")
        date = c3.date_input("Date", value=None, key="add_date")
        url = st.text_input("URL (optional)", key="add_url")
        participants = st.text_area(
            "Participants, one per line as Name:role or Name:role:Affiliation",
            height=90,
            key="add_participants",
            help="Roles: " + ", ".join(Role),
            placeholder="Jane Doe:interviewee:Some University\nJohn Roe:interviewer",
        )
        submitted = st.form_submit_button("Ingest", type="primary")
    if not submitted:
        return
    if upload is not None:
        try:
            text = upload.getvalue().decode("utf-8")
        except UnicodeDecodeError:
            st.error("The uploaded file is not UTF-8 text. Save it as UTF-8 and try again.")
            return
        suffix = Path(upload.name).suffix.lower()
    else:
        text, suffix = pasted, ".txt"
    request, problems = check_request(text, suffix, title, kind, date, url, participants)
    if request is None:
        st.error("Cannot ingest yet:\n\n" + "\n".join(f"- {p}" for p in problems))
        return
    data.clear_caches()  # release our read-only handle while the command writes
    with st.status(f"Ingesting “{request.meta.title}”…", expanded=True) as status:
        st.write("Running: `neuroclaims ingest` (spaCy extraction, then writing to the graph)")
        try:
            result = run_ingest(request)
        except subprocess.TimeoutExpired:
            status.update(label="Ingest timed out", state="error")
            st.error(f"The ingest command did not finish within {INGEST_TIMEOUT_S} s.")
            return
        except OSError as exc:
            status.update(label="Ingest could not start", state="error")
            st.error(f"Could not run the ingest command: {exc}")
            return
        if result.returncode != 0:
            status.update(label="Ingest failed", state="error")
            st.error(
                f"The ingest command failed (exit code {result.returncode}):\n\n"
                f"```\n{_tail(result.stderr or result.stdout) or 'no output'}\n```"
            )
            return
        status.update(label="Ingested", state="complete")
        st.code(_tail(result.stderr + "\n" + result.stdout), language=None)
    st.success("Done. The new claims are in the graph; open the **Claims** or **Sources** page to see them.")
