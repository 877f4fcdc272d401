"""Headless Chromium for page tests: a screenshot, and the DOM after a layout check.

The check runs in the page (a script appended to a copy of it) and writes its
findings into ``<pre id="layout-check">`` as JSON, which ``--dump-dom`` shows:
the page's horizontal overflow, each chart's size and position, SVG text that
falls outside its chart or overlaps other text, and each table's overflow.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]

LAYOUT_CHECK = """
<script>
(function () {
  const out = {overflow_x: document.documentElement.scrollWidth - window.innerWidth,
               viewport: window.innerWidth, charts: [], clipped: [], overlapping: [], tables: []};
  for (const svg of document.querySelectorAll('svg')) {
    const r = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    out.charts.push({left: r.left, right: r.right, width: r.width, height: r.height,
                     bars: svg.querySelectorAll('rect.bar').length,
                     title: (svg.querySelector('title') || {}).textContent});
    const boxes = [];
    for (const t of svg.querySelectorAll('text')) {
      const b = t.getBBox();
      if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5
          || b.y + b.height > vb.y + vb.height + 0.5) out.clipped.push(t.textContent);
      boxes.push([b, t.textContent]);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, ta] = boxes[i], [b, tb] = boxes[j];
      if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1)
        out.overlapping.push([ta, tb]);
    }
  }
  for (const t of document.querySelectorAll('table')) {
    const r = t.getBoundingClientRect();
    out.tables.push({right: r.right, overflow: t.scrollWidth - t.clientWidth});
  }
  const pre = document.createElement('pre');
  pre.id = 'layout-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not path:
        pytest.skip("chromium is not installed")
    return path


def _run(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def screenshot(page: Path, out: Path, tmp: Path, width: int = 1280, height: int = 2000) -> Path:
    done = _run([f"--screenshot={out}", f"--window-size={width},{height}", page.resolve().as_uri()], tmp / "profile-shot")
    assert out.exists(), done.stderr[-2000:]
    return out


def rendered_dom(page: Path, tmp: Path, width: int = 1280, height: int = 2000) -> tuple[str, dict]:
    """The DOM after the page (and the layout check) ran, and the check's findings."""
    checked = tmp / f"checked-{page.name}"
    text = page.read_text(encoding="utf-8")
    checked.write_text(text.replace("</body>", LAYOUT_CHECK + "</body>"), encoding="utf-8")
    done = _run(["--dump-dom", "--virtual-time-budget=3000", f"--window-size={width},{height}",
                 checked.resolve().as_uri()], tmp / "profile-dom")
    dom = done.stdout
    found = re.search(r'<pre id="layout-check">(.*?)</pre>', dom, re.S)
    assert found, f"layout check did not run: {done.stderr[-2000:]}"
    return dom, json.loads(html.unescape(found.group(1)))


def colour_pixels(png: Path, rgb: tuple[int, int, int], tolerance: int = 6) -> int:
    """How many pixels of the screenshot are (about) this colour."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height)
    return sum(n for n, c in colours if all(abs(a - b) <= tolerance for a, b in zip(c, rgb)))


def visible_text(dom: str) -> str:
    """The DOM's text without tags, scripts, styles or the layout check, whitespace collapsed."""
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    dom = re.sub(r'<pre id="layout-check">.*?</pre>', " ", dom, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", dom)))
