"""Plain data classes of the audit: operands, claims, findings, results.

A *claim* is something a report says that arithmetic can test ("an increase
of 101", "of whom 318 were boys and 226 were girls"), with the numbers it is
about and where each came from.  A *check* is the verdict on one claim: it
holds, or it yields a *finding* that says why not and what would fix it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

SEVERITIES = ("error", "warning", "info")


@dataclass
class Quote:
    page: int
    text: str
    marks: list[str] = field(default_factory=list)  # substrings to highlight


@dataclass
class Operand:
    """A number a claim is about, with where it was stated."""

    value: float
    text: str  # as written: "98.9%", "1,045", "four"
    page: int
    where: str  # "p.5" or "table on p.2, row '...', column '...'"
    quote: str = ""  # the sentence or table row it came from
    percent: bool = False
    decimals: int = 0
    hedge: str = ""  # approx, just_over, just_under, over, under
    period: str | None = None
    label: str = ""  # the words naming it in its sentence ("LAC was", "child protection plans")

    @property
    def shown(self) -> str:
        return self.text if self.text else fmt(self.value)


def fmt(value: float, decimals: int | None = None) -> str:
    """A number as a report would print it: 149, 16.2, 1,045."""
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 1e-9 else (1 if abs(value * 10 - round(value * 10)) < 1e-6 else 2)
    text = f"{value:,.{decimals}f}"
    return text.replace("-", "−")


# -- claims -----------------------------------------------------------------

@dataclass
class Claim:
    kind: str  # change, direction, total, share, sum, comparison, conflict, n_of_m, series
    page: int
    quote: Quote
    support: list[Quote] = field(default_factory=list)  # other places the numbers come from
    basis: str = "explicit"  # explicit (stated together), table (linked to a table), context (nearby text)


@dataclass
class ChangeClaim(Claim):
    direction: str | None = None  # increase, decrease, same
    amount: Operand | None = None  # the stated size of the change
    points: bool = False  # said to be in percentage points
    relative_words: bool = False  # "in the number of": a relative change of a count
    after: Operand | None = None
    befores: list[Operand] = field(default_factory=list)  # the earlier figure, or candidates for it
    loose: bool = False  # "roughly the same"


@dataclass
class SeriesClaim(Claim):
    """A direction claimed against a table's earlier years ("has increased over the last twelve months")."""

    direction: str = "increase"
    current: Operand | None = None
    earlier: list[Operand] = field(default_factory=list)  # the figures it is compared with, oldest first
    every_step: bool = False  # "each year"
    slight: bool = False


@dataclass
class TotalClaim(Claim):
    total: Operand | None = None
    parts: list[Operand] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    exhaustive: bool = False  # the parts are the whole (boys + girls)


@dataclass
class ShareClaim(Claim):
    """A count and a percentage of a base: both must describe the same base."""

    count: Operand | None = None
    percent: Operand | None = None
    bases: list[Operand] = field(default_factory=list)  # candidates, best first
    complement: bool = False  # the count is of the other outcome (late vs on time)
    noun: str = ""


@dataclass
class ComparisonClaim(Claim):
    relation: str = "higher"  # the subject is higher / lower than the other
    subject: Operand | None = None
    other: Operand | None = None


@dataclass
class ChangeCellClaim(Claim):
    """A table's Change column against the two columns before it."""

    before: Operand | None = None
    after: Operand | None = None
    change: Operand | None = None


@dataclass
class RatioClaim(Claim):
    """A percentage against the counts it is the ratio of (table rows or columns)."""

    percent: Operand | None = None
    part: Operand | None = None
    whole: Operand | None = None
    complement: bool = False


@dataclass
class ConflictClaim(Claim):
    """The same figure stated twice: prose against a table row, or two statements."""

    first: Operand | None = None
    second: Operand | None = None
    agreeing: list[str] = field(default_factory=list)  # other figures of the statement that agree


@dataclass
class CountOfRowsClaim(Claim):
    """'6 of the 7 KPIs have improved': counted against the table's rows."""

    n: int = 0
    m: int = 0
    improved: list[str] = field(default_factory=list)
    worse: list[str] = field(default_factory=list)
    level: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # no earlier figure to compare


@dataclass
class StandardClaim(Claim):
    """A figure against a standard (caseload range, 100% of reviews on time)."""

    measure: str = ""
    values: list[Operand] = field(default_factory=list)
    low: float | None = None
    high: float | None = None
    source: str = ""


# -- verdicts ---------------------------------------------------------------

@dataclass
class Finding:
    doc: str
    page: int
    kind: str
    severity: str  # error, warning, info
    claim: str  # the quoted claim
    stated: str
    expected: str
    explanation: str
    arithmetic: str = ""
    fix: str = ""  # what would make it consistent
    quotes: list[Quote] = field(default_factory=list)
    source: str = ""  # for official figures: which dataset and indicator

    def as_json(self) -> dict:
        data = asdict(self)
        data["quotes"] = [asdict(q) for q in self.quotes]
        return data


@dataclass
class Check:
    kind: str
    page: int
    claim: str
    holds: bool
    summary: str  # one line: the arithmetic that was checked
    finding: Finding | None = None


@dataclass
class Note:
    """A comparison deliberately not made, and why (a different measure or date)."""

    page: int
    kind: str
    text: str
    quote: str = ""


@dataclass
class DocAudit:
    doc: str
    path: str
    council: str = ""
    la_number: int | None = None
    period: str = ""
    checks: list[Check] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    error: str = ""

    @property
    def findings(self) -> list[Finding]:
        return sorted((c.finding for c in self.checks if c.finding),
                      key=lambda f: (SEVERITIES.index(f.severity), f.page))

    @property
    def inconsistent(self) -> int:
        return sum(1 for f in self.findings if f.severity in ("error", "warning"))

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")
