"""Which council a document is about, which year it reports on, and whether
it is the report itself or only a committee cover paper.  From the content,
never the file name."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document
from .patterns import CouncilEntry, councils, lexicon
from ..periods import find_periods, fy, previous

# "<name> City Council", "<name> MBC", "<name>'s": a council naming itself
SELF_REFERENCE = r"(?:\s+(?:City|Borough|County|Metropolitan Borough|District)?\s*Council|\s+MBC|\s+CC|'s)"
REPORT_YEAR = re.compile(r"annual\s+report[^\n]{0,40}?", re.IGNORECASE)
PERIOD_SPAN = re.compile(r"(?:period|from|since|between|covers?)[^\n.]{0,25}?\b1(?:st)?\s+April,?\s+(\d{4})", re.IGNORECASE)


@dataclass
class Identity:
    council: CouncilEntry | None
    period: str | None
    kind: str
    # how the period was found: "title" or "span" (stated), else inferred from
    # "most named", "before a coming year" or "meeting date"
    period_basis: str = ""

    @property
    def period_stated(self) -> bool:
        return self.period_basis in ("title", "span")


@lru_cache(maxsize=1)
def _council_pattern() -> tuple[re.Pattern, dict[str, list[CouncilEntry]]]:
    """One pattern for every council name and alias (one pass over the text), and the
    councils each name stands for (a reorganised council's name may have two)."""
    by_name: dict[str, list[CouncilEntry]] = {}
    for entry in councils():
        names = {entry.name, *entry.aliases}
        names |= {n.replace(" and ", " & ") for n in names}
        for name in names:
            by_name.setdefault(name, []).append(entry)
    alternatives = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    # case-sensitive: "Reading" the town, not "reading" the verb
    pattern = re.compile(rf"(?<![\w-])(?P<name>{alternatives})(?![\w-])(?P<self>{SELF_REFERENCE})?")
    return pattern, by_name


def detect_council(text: str, period: str | None = None) -> CouncilEntry | None:
    """The council named most (self-references weigh more), within its years."""
    pattern, by_name = _council_pattern()
    scores: Counter = Counter()
    for m in pattern.finditer(text):
        for entry in by_name[m["name"]]:
            scores[entry.la_number] += 4 if m["self"] else 1
    if not scores:
        return None
    by_number = {e.la_number: e for e in councils()}
    ranked = sorted(scores, key=lambda n: (-scores[n], not _current(by_number[n], period)))
    best = ranked[0]
    # a name shared by an old and a new authority (e.g. after reorganisation)
    same_name = [n for n in ranked if by_number[n].name == by_number[best].name and _current(by_number[n], period)]
    return by_number[same_name[0] if same_name else best]


def _current(entry: CouncilEntry, period: str | None) -> bool:
    if not period:
        return not entry.until_period
    return (not entry.from_period or period >= entry.from_period) and (
        not entry.until_period or period <= entry.until_period)


def detect_period(text: str) -> str | None:
    """The reporting year (see ``period_with_basis``)."""
    return period_with_basis(text)[0]


def period_with_basis(text: str) -> tuple[str | None, str]:
    """The reporting year: from the report's title, its stated span, else the most named year;
    and which of those it came from.

    A year named as the next one ("Key actions for 2023-24", "will feature in
    the 2023/24 annual report") is not the year reported on; when it is the
    only year named, the report is the year before it.
    """
    head = text[:6000]
    for m in REPORT_YEAR.finditer(head):
        if _forward(text, m.start()):
            continue
        window = text[max(0, m.end() - 40):m.end() + 60]
        found = _april_to_march(window) or [p.period[:4] for p in find_periods(window) if p.kind == "fy"]
        if found:
            return fy(int(found[0])), "title"
    spans = Counter(PERIOD_SPAN.findall(head))
    spans.update(_april_to_march(head))
    if spans:
        return fy(int(spans.most_common(1)[0][0])), "span"
    mentions = find_periods(text)
    named = [p for p in mentions if p.kind == "fy"]
    reported = Counter(p.period for p in named if not _forward(text, p.start))
    if reported:
        return reported.most_common(1)[0][0], "most named"
    ahead = Counter(p.period for p in named)
    if ahead:
        return previous(ahead.most_common(1)[0][0]), "before a coming year"
    # A paper dated only by its meeting: an annual report goes to committee in
    # the year after the one it covers.
    dated = [p for p in mentions if p.kind == "date" and p.period]
    return (previous(dated[0].period), "meeting date") if dated else (None, "")


def _forward(text: str, start: int) -> bool:
    """Whether the words just before ``start`` look ahead to a coming year
    ("priorities for the IRO service for 2017/18")."""
    before = " " + " ".join(text[max(0, start - 60):start].lower().split()[-8:]) + " "
    return any(f" {marker} " in before for marker in lexicon()["reporting_year"]["forward_markers"])


def _april_to_march(text: str) -> list[str]:
    """"April 2019 - March 2020": the start years of spans that are one financial year."""
    dates = [p for p in find_periods(text) if p.kind == "date"]
    return [a.period[:4] for a, b in zip(dates, dates[1:])
            if a.month == 4 and b.month == 3 and a.period == b.period and b.start - a.end < 40]


def detect_kind(document: Document, n_figures: int) -> str:
    """A short paper with cover-paper headings, or one that speaks of the report in the
    third person (a cover paper's summary, a committee minute), is a cover report."""
    rules = lexicon()["cover_paper"]
    head = " ".join("\n".join(p.text for p in document.pages[:2]).lower().split())
    cues = sum(1 for cue in rules["cues"] if cue in head)
    third_person = sum(1 for cue in rules["third_person_cues"] if cue in head)
    if len(document.pages) > rules["max_pages"] or cues + 2 * third_person < rules["min_cues"]:
        return "annual_report"
    return "cover_report" if third_person or n_figures <= rules["max_figures"] else "annual_report"


def identify(document: Document, n_figures: int = 0) -> Identity:
    text = "\n".join(line.text for page in document.pages for line in page.furniture + page.lines)
    period, basis = period_with_basis(text)
    return Identity(detect_council(text, period), period, detect_kind(document, n_figures), basis)
