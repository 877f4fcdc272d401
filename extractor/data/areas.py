"""Councils and regions: the register every dataset command shares.

The project's own register is ``patterns/councils.csv`` (la_number, name,
region, aliases, from_period, until_period): facts about English councils,
not a copy of the DfE files.  Region names differ between sources ("Inner
London" / "London (Inner)", "Yorkshire and The Humber" / "... the ...");
``region_key`` puts them in one spelling, ``dfe_region`` gives the one of the
nine DfE regions a council's region belongs to (London for both halves).
"""
from __future__ import annotations

import re

import pandas as pd

from ..paths import patterns_dir

REGISTER_COLUMNS = ["la_number", "name", "region", "aliases", "from_period", "until_period"]


def region_key(name: str | None) -> str:
    """One spelling for a region name: lower case, London halves as 'inner london'."""
    text = re.sub(r"\s+", " ", str(name or "").strip().lower())
    match = re.fullmatch(r"london \((inner|outer)\)", text)
    return f"{match.group(1)} london" if match else text


def dfe_region(name: str | None) -> str:
    """The DfE region (of nine) a region name belongs to, as a region_key."""
    key = region_key(name)
    return "london" if key in ("inner london", "outer london") else key


def region_matches(council_region: str | None, wanted: str) -> bool:
    """True when a council in ``council_region`` is in the region asked for.

    "London" takes in Inner and Outer London; any other name must match.
    """
    want = region_key(wanted)
    have = region_key(council_region)
    return have == want or (want == "london" and dfe_region(have) == "london")


def load_project_register() -> pd.DataFrame:
    """patterns/councils.csv as a frame (empty when the file is absent)."""
    path = patterns_dir() / "councils.csv"
    if not path.exists():
        return pd.DataFrame(columns=REGISTER_COLUMNS)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in REGISTER_COLUMNS:
        if column not in frame:
            frame[column] = ""
    frame["la_number"] = frame["la_number"].astype(int)
    return frame[REGISTER_COLUMNS]


def merge_registers(project: pd.DataFrame, official: pd.DataFrame | None) -> pd.DataFrame:
    """The project register, plus any LA only the DfE register lists.

    ``official`` has la_number, name, region (the loaded la_register; region
    aggregates and England are left out).
    """
    frame = project.copy()
    if official is not None and len(official):
        extra = official[~official["la_number"].isin(frame["la_number"])].copy()
        extra = extra[extra["region"].fillna("") != ""]
        for column in REGISTER_COLUMNS:
            if column not in extra:
                extra[column] = ""
        frame = pd.concat([frame, extra[REGISTER_COLUMNS]], ignore_index=True)
    return frame.reset_index(drop=True)


def in_period(row: pd.Series, period: str | None) -> bool:
    """Whether a register row's council existed in ``period`` (YYYY-YY)."""
    if not period:
        return not row.get("until_period")
    start, until = row.get("from_period") or "", row.get("until_period") or ""
    return (not start or start <= period) and (not until or period <= until)


def find_council(register: pd.DataFrame, text: str) -> pd.Series | None:
    """The register row for a council name, alias or DfE LA number."""
    wanted = text.strip().lower()
    if wanted.isdigit():
        rows = register[register["la_number"] == int(wanted)]
        return rows.iloc[0] if len(rows) else None
    for _, row in register.iterrows():
        names = [row["name"], *str(row.get("aliases") or "").split(";")]
        if wanted in {n.strip().lower() for n in names if n.strip()}:
            return row
    return None


def councils_in_region(register: pd.DataFrame, region: str, period: str | None = None) -> pd.DataFrame:
    rows = register[register["region"].map(lambda r: region_matches(r, region))]
    rows = rows[rows.apply(lambda r: in_period(r, period), axis=1)] if len(rows) else rows
    return rows.sort_values("name").reset_index(drop=True)
