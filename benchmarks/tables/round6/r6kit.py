"""Helpers for authoring round 6's HTML (used by author_html.py, docs_a.py, docs_b.py)."""
from __future__ import annotations

import html as _html
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
HTML = HERE / "html"
DOCS: dict[str, str] = {}

NUM_CHARS = set("0123456789.,%()£$€-+–—−\u202f\u00a0 :*")


def esc(text) -> str:
    return _html.escape(str(text), quote=False)


def is_num(text: str) -> bool:
    t = str(text).replace("<span class=\"flag\">", "").replace("</span>", "")
    t = t.replace("&nbsp;", " ").replace("&#8239;", " ")
    return bool(t.strip()) and any(ch.isdigit() for ch in t) and all(
        ch in NUM_CHARS or ch.isalpha() and len(t.split()[-1]) <= 2 for ch in t)


def cell(c, tag: str, numcls: str = "n") -> str:
    """c: text, or dict(t=text, rs=, cs=, cls=, raw=True)."""
    if not isinstance(c, dict):
        c = {"t": c}
    text = c["t"] if c.get("raw") else esc(c["t"])
    attrs = ""
    if c.get("rs", 1) > 1:
        attrs += f' rowspan="{c["rs"]}"'
    if c.get("cs", 1) > 1:
        attrs += f' colspan="{c["cs"]}"'
    cls = c.get("cls", "")
    if not cls and tag == "td" and is_num(c["t"]):
        cls = numcls
    if cls:
        attrs += f' class="{cls}"'
    return f"<{tag}{attrs}>{text}</{tag}>"


def table(head, body, *, cls="d", caption=None, stub_th=False, extra="", numcls="n",
          head_in_thead=True) -> str:
    """head: rows of header cells; body: rows, each a list of cells or (row class, cells)."""
    out = [f'<table class="{cls}"{extra}>']
    if caption:
        out.append(f"<caption>{esc(caption)}</caption>")
    if head:
        out.append("<thead>" if head_in_thead else "<tbody>")
        for row in head:
            out.append("<tr>" + "".join(cell(c, "th") for c in row) + "</tr>")
        out.append("</thead>" if head_in_thead else "")
    if not head or head_in_thead:
        out.append("<tbody>")
    for row in body:
        rcls = ""
        if isinstance(row, tuple):
            rcls, row = row
        tds = []
        for k, c in enumerate(row):
            tag = "th" if (stub_th and k == 0) else "td"
            tds.append(cell(c, tag, numcls))
        out.append((f'<tr class="{rcls}">' if rcls else "<tr>") + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def page(doc_id, *, title, set_, description, css, body, lang="en-GB") -> None:
    DOCS[doc_id] = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="set" content="{set_}">
<meta name="description" content="{esc(description)}">
<style>
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
tr {{ break-inside: avoid; }}
{css}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def fmt(n, dp=0) -> str:
    return f"{n:,.{dp}f}"


def cards(items, cls="cards") -> str:
    return f'<div class="{cls}">' + "".join(
        f'<div class="card"><div class="big">{esc(a)}</div><div class="cap">{esc(b)}</div></div>'
        for a, b in items) + "</div>"


def dl(items, cls="defs") -> str:
    return f'<dl class="{cls}">' + "".join(f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in items) + "</dl>"


def nav(entries, title="Contents", cls="toc") -> str:
    return (f'<nav class="{cls}"><h2>{esc(title)}</h2><ol>' + "".join(
        f'<li><span class="t">{esc(a)}</span><span class="p">{esc(b)}</span></li>' for a, b in entries)
        + "</ol></nav>")


def form(fields, cls="form") -> str:
    return f'<div class="{cls}">' + "".join(
        f'<div class="f"><span class="l">{esc(a)}:</span> <span class="v">{esc(b)}</span></div>'
        for a, b in fields) + "</div>"


def bullets(items, cls="facts") -> str:
    return f'<ul class="{cls}">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def paras(*texts) -> str:
    return "\n".join(f"<p>{esc(t)}</p>" for t in texts)


R = random.Random(6)
