"""Audit results as text, markdown, HTML (one card per finding) or JSON.

Every renderer takes the list of DocAudit results and returns a string; the
CLI writes it.  JSON is a flat list of findings (doc, page, kind, severity,
claim, stated, expected, explanation, plus arithmetic, fix, quotes, source).
"""
from __future__ import annotations

import html
import json
import re

from .model import DocAudit, Finding, Quote

LABEL = {"error": "ERROR", "warning": "WARNING", "info": "NOTE"}
KIND = {"change": "Stated change", "total": "Parts and total", "sum": "Sum", "share": "Count and percentage",
        "comparison": "Comparison", "conflict": "Same figure, two values", "n_of_m": "Count of improvements",
        "standard": "Against the standard", "impossible": "Impossible value", "official": "Official statistics",
        "previous_report": "Previous year's report", "series": "Stated trend", "unreadable": "File not read"}


def summary_line(a: DocAudit) -> str:
    if a.error:
        return f"not audited: {a.error}"  # also a warning finding, so JSON and exit codes see it
    f = a.findings
    info = sum(1 for x in f if x.severity == "info")
    warnings = a.inconsistent - a.errors
    text = f"{len(a.checks)} claims checked, {a.inconsistent} inconsistent"
    if a.inconsistent:
        text += f" ({a.errors} error{'s' * (a.errors != 1)}, {warnings} warning{'s' * (warnings != 1)})"
    if info:
        text += f", {info} for information"
    return text


def _title(a: DocAudit) -> str:
    who = a.council + (f" ({a.la_number})" if a.la_number else "") if a.council else "council not identified"
    return f"{a.doc} — {who}" + (f", {a.period}" if a.period else "")


def totals(audits: list[DocAudit]) -> str:
    checked = sum(len(a.checks) for a in audits)
    bad = sum(a.inconsistent for a in audits)
    errors = sum(a.errors for a in audits)
    return (f"{len(audits)} document{'s' * (len(audits) != 1)}: {checked} claims checked, {bad} inconsistent "
            f"({errors} error{'s' * (errors != 1)}, {bad - errors} warning{'s' * (bad - errors != 1)})")


# -- text ------------------------------------------------------------------------

def _wrap(label: str, text: str, width: int = 100) -> list[str]:
    import textwrap

    lines = textwrap.wrap(text, width - 16) or [""]
    return [f"    {label:<11} {lines[0]}"] + [f"    {'':<11} {ln}" for ln in lines[1:]]


def to_text(audits: list[DocAudit]) -> str:
    out: list[str] = []
    for a in audits:
        out += [_title(a), f"  {summary_line(a)}"]
        for f in a.findings:
            where = f" p.{f.page}" if f.page else ""
            out.append(f"  [{LABEL[f.severity]}]{where} {KIND.get(f.kind, f.kind)}: \"{_short(f.claim)}\"")
            for label, value in (("stated", f.stated), ("expected", f.expected), ("why", f.explanation),
                                 ("arithmetic", f.arithmetic), ("to fix", f.fix), ("source", f.source)):
                if value:
                    out += _wrap(label, value)
        if a.notes:
            out.append("  Not compared / skipped:")
            out += [f"    - p.{n.page}: {n.text}" if n.page else f"    - {n.text}" for n in a.notes]
        out.append("")
    out.append(totals(audits))
    return "\n".join(out) + "\n"


def _short(text: str, n: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# -- markdown ------------------------------------------------------------------------

def to_markdown(audits: list[DocAudit]) -> str:
    out = ["# Audit of numeric claims", "", totals(audits), ""]
    for a in audits:
        out += [f"## {_title(a)}", "", f"**{summary_line(a)}**", ""]
        for f in a.findings:
            out += [f"### {LABEL[f.severity]}{f' · p.{f.page}' if f.page else ''} · {KIND.get(f.kind, f.kind)}", ""]
            for q in f.quotes:
                out.append(f"> p.{q.page}: {_md_marks(q)}")
                out.append(">")
            if out[-1] == ">":
                out.pop()
            out += ["", f"- **Stated:** {f.stated}", f"- **Expected:** {f.expected}",
                    f"- **Why:** {f.explanation}"]
            if f.arithmetic:
                out.append(f"- **Arithmetic:** `{f.arithmetic}`")
            if f.fix:
                out.append(f"- **To make it consistent:** {f.fix}")
            if f.source:
                out.append(f"- **Source:** {f.source}")
            out.append("")
        if a.notes:
            out += ["**Not compared / skipped**", ""] + [f"- p.{n.page}: {n.text}" if n.page else f"- {n.text}"
                                                         for n in a.notes] + [""]
    return "\n".join(out)


def _spans(q: Quote) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for mark in sorted({m for m in q.marks if m}, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\d.,]){re.escape(mark)}(?![\d])", q.text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append(m.span())
                break
    return sorted(spans)


def _md_marks(q: Quote) -> str:
    text, out, last = " ".join(q.text.split()), [], 0
    q = Quote(q.page, text, q.marks)
    for s, e in _spans(q):
        out += [text[last:s], f"**{text[s:e]}**"]
        last = e
    return "".join(out + [text[last:]])


# -- html ------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1d2125;line-height:1.5;background:#f7f7f5}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin:2.2rem 0 .3rem;border-bottom:2px solid #ccc}
.summary{color:#444;margin:.2rem 0 1rem}.card{background:#fff;border:1px solid #ddd;border-left:8px solid #888;
border-radius:6px;padding:.9rem 1.1rem;margin:1rem 0;box-shadow:0 1px 2px rgba(0,0,0,.05)}
.card.error{border-left-color:#c62828}.card.warning{border-left-color:#ef8f00}.card.info{border-left-color:#1565c0}
.badge{display:inline-block;font-weight:700;font-size:.78rem;letter-spacing:.04em;padding:.1rem .5rem;
border-radius:3px;color:#fff;background:#888;margin-right:.5rem}.error .badge{background:#c62828}
.warning .badge{background:#b36b00}.info .badge{background:#1565c0}.kind{font-weight:600}.page{color:#555}
blockquote{margin:.7rem 0;padding:.4rem .8rem;background:#fafaf3;border-left:3px solid #c9c2a0;font-size:.95rem}
blockquote .where{display:block;font-size:.8rem;color:#666}mark{background:#ffe36e;padding:0 .1rem}
dl{display:grid;grid-template-columns:9.5rem 1fr;gap:.25rem .8rem;margin:.6rem 0 0}dt{font-weight:600;color:#333}
dd{margin:0}code{background:#f0f0f0;padding:.05rem .3rem;border-radius:3px;font-size:.92rem}
.notes{font-size:.92rem;color:#333}.ok{color:#2e7d32}
"""


def _html_quote(q: Quote) -> str:
    text = " ".join(q.text.split())
    q = Quote(q.page, text, q.marks)
    parts, last = [], 0
    for s, e in _spans(q):
        parts += [html.escape(text[last:s]), f"<mark>{html.escape(text[s:e])}</mark>"]
        last = e
    parts.append(html.escape(text[last:]))
    return f'<blockquote><span class="where">Page {q.page}</span>{"".join(parts)}</blockquote>'


def _card(f: Finding) -> str:
    rows = [("What the report says", f.stated), ("What the numbers give", f.expected), ("Why", f.explanation)]
    if f.arithmetic:
        rows.append(("Arithmetic", f"<code>{html.escape(f.arithmetic)}</code>"))
    if f.fix:
        rows.append(("To make it consistent", f.fix))
    if f.source:
        rows.append(("Source", f.source))
    body = "".join(f"<dt>{k}</dt><dd>{v if k == 'Arithmetic' else html.escape(v)}</dd>" for k, v in rows)
    quotes = "".join(_html_quote(q) for q in f.quotes)
    return (f'<section class="card {f.severity}"><div><span class="badge">{LABEL[f.severity]}</span>'
            f'<span class="kind">{html.escape(KIND.get(f.kind, f.kind))}</span> · '
            f'<span class="page">{"page " + str(f.page) if f.page else ""}</span></div>{quotes}<dl>{body}</dl></section>')


def to_html(audits: list[DocAudit]) -> str:
    out = ["<!doctype html><html lang=en><head><meta charset=utf-8>",
           "<meta name=viewport content='width=device-width,initial-scale=1'>",
           f"<title>Audit of numeric claims</title><style>{CSS}</style></head><body>",
           "<h1>Audit of numeric claims</h1>", f"<p class=summary>{html.escape(totals(audits))}</p>",
           "<p class=summary>Red: the numbers cannot both be right. Amber: they can only be right on one reading, "
           "or the figure differs from another source. Blue: a note for the reader.</p>"]
    for a in audits:
        out.append(f"<h2>{html.escape(_title(a))}</h2><p class=summary>{html.escape(summary_line(a))}</p>")
        if not a.findings and not a.error:
            out.append("<p class=ok>Every claim checked adds up.</p>")
        out += [_card(f) for f in a.findings]
        if a.notes:
            items = "".join(f"<li>{'page ' + str(n.page) + ': ' if n.page else ''}{html.escape(n.text)}</li>"
                            for n in a.notes)
            out.append(f"<div class=notes><strong>Not compared / skipped</strong><ul>{items}</ul></div>")
    out.append("</body></html>")
    return "\n".join(out)


# -- json ---------------------------------------------------------------------------

def to_json(audits: list[DocAudit]) -> str:
    return json.dumps([f.as_json() for a in audits for f in a.findings], indent=2, ensure_ascii=False)


RENDERERS = {"text": to_text, "markdown": to_markdown, "md": to_markdown, "html": to_html, "json": to_json}


def render(audits: list[DocAudit], fmt: str) -> str:
    return RENDERERS[fmt](audits)
