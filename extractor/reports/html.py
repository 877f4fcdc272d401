"""Self-contained HTML pages: inline-SVG bar charts and a page template.

No JavaScript and nothing fetched from the network: a chart is an ``<svg>``
drawn here, so the page shows the same in a browser, an e-mail attachment or
a headless test.  Charts scale down with the page (``width: 100%`` up to
their drawn width) and never overflow it.
"""
from __future__ import annotations

import math
from pathlib import Path
from dataclasses import dataclass, field
from html import escape

SERIES_COLOURS = ["#1d4f91", "#e08a00", "#5b8c3a", "#8c3a6b"]
HIGHLIGHT = "#c0392b"  # the council a page is about
MUTED = "#6b6b6b"


@dataclass
class Bar:
    label: str
    values: list[float | None]  # one per series; None = no data
    highs: list[float | None] = field(default_factory=list)  # top of a stated range, per series
    highlight: bool = False
    note: str = ""  # shown after the label, e.g. "(region)"
    off_scale: bool = False  # a total not comparable with the other bars: value shown as text only


def fmt(value: float | None, high: float | None = None) -> str:
    """A number as people write it: 534, 98.9, 60–67; an em dash for none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if high is not None and not (isinstance(high, float) and math.isnan(high)) and high != value:
        text += "–" + fmt(high)
    return text


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bar_chart(title: str, bars: list[Bar], series: list[str], *, unit: str = "",
              band: tuple[float, float] | None = None, band_label: str = "",
              reference_line: tuple[float, str] | None = None, width: int = 760) -> str:
    """A horizontal grouped bar chart as an inline ``<svg>`` element.

    ``series`` names each value of a Bar (drawn in SERIES_COLOURS, with a
    legend when there is more than one); ``band`` shades a recommended range;
    ``reference_line`` draws a dashed line (value, label), e.g. a median.
    """
    n_series = max(1, len(series))
    bar_h, gap, label_w, value_w = 14, 10, 230, 120
    top = 34 + (18 if n_series > 1 or band else 0)
    row_h = n_series * bar_h + gap
    height = top + len(bars) * row_h + (34 if reference_line else 22)
    plot_w = width - label_w - value_w
    values = [v for b in bars if not b.off_scale for v in (*b.values, *b.highs) if v is not None]
    if band:
        values.append(band[1])
    if reference_line:
        values.append(reference_line[0])
    scale_max = _nice_max(max(values, default=0))

    def x(v: float) -> float:
        return label_w + plot_w * max(v, 0) / scale_max

    out = [f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" style="max-width:100%;height:auto" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>",
           f'<text x="0" y="18" font-size="15" font-weight="bold" fill="#222">{escape(_clip(title, 90))}</text>']
    legend_x = 0
    if n_series > 1 or band:
        for i, name in enumerate(series if n_series > 1 else []):
            out.append(f'<rect x="{legend_x}" y="28" width="12" height="12" fill="{SERIES_COLOURS[i % 4]}"/>'
                       f'<text x="{legend_x + 16}" y="38" font-size="12" fill="#222">{escape(name)}</text>')
            legend_x += 28 + 7 * len(name)
        if band:
            out.append(f'<rect x="{legend_x}" y="28" width="12" height="12" fill="#2e8b57" fill-opacity="0.18"/>'
                       f'<text x="{legend_x + 16}" y="38" font-size="12" fill="#222">{escape(band_label)}</text>')
    plot_top, plot_bottom = top - 4, top + len(bars) * row_h
    if band:
        out.append(f'<rect class="band" x="{x(band[0]):.1f}" y="{plot_top}" width="{x(band[1]) - x(band[0]):.1f}" '
                   f'height="{plot_bottom - plot_top}" fill="#2e8b57" fill-opacity="0.18"/>')
    out.append(f'<line x1="{label_w}" y1="{plot_top}" x2="{label_w}" y2="{plot_bottom}" stroke="#999"/>')
    for i, b in enumerate(bars):
        y0 = top + i * row_h
        label = _clip(b.label + (f" {b.note}" if b.note else ""), 34)
        colour = HIGHLIGHT if b.highlight else "#222"
        weight = ' font-weight="bold"' if b.highlight else ""
        out.append(f'<text x="{label_w - 6}" y="{y0 + n_series * bar_h / 2 + 4:.1f}" font-size="12" '
                   f'text-anchor="end" fill="{colour}"{weight}>{escape(label)}</text>')
        for s in range(n_series):
            value = b.values[s] if s < len(b.values) else None
            high = b.highs[s] if s < len(b.highs) else None
            y = y0 + s * bar_h
            if value is not None and b.off_scale:
                out.append(f'<text class="value off-scale" x="{label_w + 4}" y="{y + bar_h - 3}" font-size="11" '
                           f'fill="{SERIES_COLOURS[s % 4]}">{escape(fmt(value, high))} (total, not to scale)</text>')
                continue
            if value is None:
                out.append(f'<text class="missing" x="{label_w + 4}" y="{y + bar_h - 3}" font-size="11" '
                           f'fill="{MUTED}" font-style="italic">no data</text>')
                continue
            fill = HIGHLIGHT if b.highlight and n_series == 1 else SERIES_COLOURS[s % 4]
            out.append(f'<rect class="bar" x="{label_w}" y="{y + 1}" width="{max(x(value) - label_w, 1):.1f}" '
                       f'height="{bar_h - 2}" fill="{fill}"><title>{escape(b.label)}: {fmt(value, high)}'
                       f'{escape(" " + series[s] if n_series > 1 else "")}</title></rect>')
            end = x(value)
            if high is not None and high > value:
                out.append(f'<rect x="{x(value):.1f}" y="{y + 1}" width="{x(high) - x(value):.1f}" '
                           f'height="{bar_h - 2}" fill="{fill}" fill-opacity="0.4"/>')
                end = x(high)
            out.append(f'<text class="value" x="{end + 4:.1f}" y="{y + bar_h - 3}" font-size="11" '
                       f'fill="#222">{escape(fmt(value, high))}</text>')
    if reference_line:
        rx = x(reference_line[0])
        out.append(f'<line x1="{rx:.1f}" y1="{plot_top}" x2="{rx:.1f}" y2="{plot_bottom}" stroke="#444" '
                   f'stroke-dasharray="4 3"/>'
                   f'<text x="{rx:.1f}" y="{plot_bottom + 12}" font-size="11" text-anchor="middle" '
                   f'fill="#444">{escape(reference_line[1])}</text>')
    out.append(f'<text x="{width - 2}" y="{height - 4}" font-size="11" text-anchor="end" fill="{MUTED}">'
               f'scale 0–{escape(fmt(scale_max))} {escape(unit.replace("_", " "))}</text>')
    out.append("</svg>")
    return "\n".join(out)


STYLE = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; color: #222;
       margin: 0 auto; max-width: 1180px; padding: 16px 24px; line-height: 1.4; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 1.6em; }
p.sub { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 13px; width: 100%; table-layout: auto; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
th { background: #f2f2f2; } td.num { text-align: right; }
@media (max-width: 1000px) { table { font-size: 12px; } th, td { padding: 2px 3px; } }
tr.highlight td { background: #fbeaea; font-weight: 600; }
.missing { color: #888; font-style: italic; }
.src { font-size: 11px; color: #555; } .src a { color: #1d4f91; }
.figure { margin: 0.5em 0 1.5em; max-width: 100%; }
.note { font-size: 12px; color: #555; } .nowrap { white-space: nowrap; }
"""


def page(title: str, body: str, subtitle: str = "") -> str:
    """A complete HTML document with the shared style."""
    sub = f'<p class="sub">{escape(subtitle)}</p>' if subtitle else ""
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n"
            f"<body><h1>{escape(title)}</h1>{sub}\n{body}\n</body></html>\n")


def table(header: list[str], rows: list[list[str]], *, numeric: set[int] = frozenset(),
          row_classes: list[str] | None = None) -> str:
    """An HTML table; cells are HTML already (escape text with ``escape``)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = []
    for i, row in enumerate(rows):
        cls = f' class="{row_classes[i]}"' if row_classes and row_classes[i] else ""
        cells = "".join(f'<td class="num">{c}</td>' if j in numeric else f"<td>{c}</td>" for j, c in enumerate(row))
        body.append(f"<tr{cls}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def source_link(label: str, path: str | None, page_no: int | None) -> str:
    """A source reference: a link to the page of the PDF when its file is known."""
    if not path:
        return f'<span class="src">{escape(label)}</span>'
    target = Path(path)
    url = target.resolve().as_uri() if (target.is_absolute() or target.exists()) else path
    anchor = f"#page={page_no}" if page_no else ""
    return f'<span class="src"><a href="{escape(url + anchor)}">{escape(label)}</a></span>'


def snippet(text: str, value: float | None = None, width: int = 150) -> str:
    """At most ``width`` characters of evidence, centred on the figure when it is found."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    at = -1
    if value is not None:
        for form in dict.fromkeys([fmt(value), fmt(value).replace(",", ""), f"{value:g}"]):
            at = text.find(form)
            if at >= 0:
                break
    start = max(0, min(at - width // 2, len(text) - width)) if at >= 0 else 0
    return ("…" if start else "") + text[start:start + width].strip() + ("…" if start + width < len(text) else "")
