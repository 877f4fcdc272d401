"""Official DfE reference data: load it, and map it onto the project's metrics.

``iro reference load DIR`` reads the files in the layout of the DfE Local
Authority Interactive Tool (LAIT) extract (see README, "Official reference
data"):

- ``dfe_children_indicators.csv``: indicator, description, area, la_number,
  region, year, value (long; ``-``, ``x``, ``c``, ``.`` = suppressed);
- ``la_register.csv``: la_number, la_name, region, type (England and the
  regions are rows with no type);
- ``statistical_neighbours_<model year>.csv``: LA num, sn1..sn10 and
  sn1_closeness..sn10_closeness.

into tables ``ref_indicators``, ``ref_la_register``, ``ref_neighbours`` and
``official_indicators`` (the mapping in ``patterns/official_indicators.csv``),
and defines the view ``official``: each mapped indicator value as a metric,
period and area.

Year convention: DfE ``year`` Y is the 31 March Y snapshot or the year ending
31 March Y, i.e. the financial year (Y-1)-Y: 2017 is "2016-17".
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd

from .areas import dfe_region, region_key
from .db import has_table
from ..paths import patterns_dir

SUPPRESSED = {"-", "x", "c", ".", ":", "", "z", "u", "low", "n/a", "na"}
INDICATOR_COLUMNS = ["indicator", "description", "area", "la_number", "region", "year", "value"]


def dfe_year_to_period(year: int) -> str:
    """DfE year 2017 (31 March 2017, or the year ending then) -> '2016-17'."""
    year = int(year)
    return f"{year - 1}-{year % 100:02d}"


def period_to_dfe_year(period: str) -> int:
    """'2016-17' -> 2017."""
    start = int(period[:4])
    return start + 1


def parse_value(text) -> float | None:
    """A published value as a number; None for suppression marks."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return None
    cleaned = str(text).strip().replace(",", "")
    if cleaned.lower() in SUPPRESSED:
        return None
    try:
        return float(cleaned.rstrip("%"))
    except ValueError:
        return None


# -- readers (files -> frames) ----------------------------------------------

def area_type(name: str, kind: str) -> str:
    """'la' for a council, else 'england', 'region' or 'other' (register rows with no type)."""
    if kind:
        return "la"
    if name == "England":
        return "england"
    return "other" if "discontinued" in name.lower() else "region"


def read_register(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"la_number", "la_name", "region", "type"} - set(frame.columns)
    if missing:
        raise ValueError(f"{path.name}: missing columns {sorted(missing)}")
    return pd.DataFrame({
        "la_number": frame["la_number"].astype(int),
        "name": frame["la_name"].str.strip(),
        "region": frame["region"].str.strip(),
        "type": frame["type"].str.strip(),
        "area_type": [area_type(n.strip(), t.strip()) for n, t in zip(frame["la_name"], frame["type"])],
    })


def read_indicators(path: Path, register: pd.DataFrame) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = set(INDICATOR_COLUMNS) - set(frame.columns)
    if missing:
        raise ValueError(f"{path.name}: missing columns {sorted(missing)}")
    # The description is given on an indicator's first row only.
    description = frame["description"].replace("", pd.NA).groupby(frame["indicator"]).transform("first")
    numbers = frame["la_number"].astype(int)
    types = dict(zip(register["la_number"], register["area_type"]))
    out = pd.DataFrame({
        "indicator": frame["indicator"],
        "description": description.fillna(""),
        "area": frame["area"].str.strip(),
        "la_number": numbers,
        "region": frame["region"].replace("NA", ""),
        "area_type": [types.get(n, "la") for n in numbers],
        "year": frame["year"].astype(int),
        "value_text": frame["value"],
    })
    out["period"] = out["year"].map(dfe_year_to_period)
    out["value"] = out["value_text"].map(parse_value).astype("float64")
    return out


def read_neighbours(path: Path) -> pd.DataFrame:
    """A statistical neighbour file as rows: model_year, la_number, rank, neighbour, closeness."""
    match = re.search(r"(\d{4})", path.stem)
    if not match:
        raise ValueError(f"{path.name}: no model year in the file name")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = []
    for _, row in frame.iterrows():
        for rank in range(1, 11):
            neighbour = str(row.get(f"sn{rank}", "")).strip()
            if neighbour.isdigit():
                rows.append({"model_year": int(match.group(1)), "la_number": int(row["LA num"]),
                             "rank": rank, "neighbour": int(neighbour),
                             "closeness": str(row.get(f"sn{rank}_closeness", "")).strip()})
    return pd.DataFrame(rows, columns=["model_year", "la_number", "rank", "neighbour", "closeness"])


def read_mapping(path: Path | None = None) -> pd.DataFrame:
    from ..figures.pattern_check import read_indicator_mapping
    from ..figures.patterns import metrics

    path = Path(path or patterns_dir() / "official_indicators.csv")
    # checked as it is read: a typo is named, not joined silently
    rows = read_indicator_mapping(path, set(metrics()))
    return pd.DataFrame(rows, dtype=str) if rows else pd.DataFrame(columns=["metric", "indicator", "areas", "note"])


# -- database ---------------------------------------------------------------

OFFICIAL_VIEW = """
CREATE OR REPLACE {temp} VIEW official AS
SELECT m.metric, i.period, i.year, i.la_number, i.area, i.area_type, i.region,
       i.value, i.value_text, i.indicator, i.description
FROM ref_indicators i
JOIN official_indicators m
  ON m.indicator = i.indicator AND list_contains(string_split(m.areas, ';'), i.area_type);
"""


def create_official_views(con: duckdb.DuckDBPyConnection, temp: bool = False) -> None:
    if has_table(con, "ref_indicators") and has_table(con, "official_indicators"):
        con.execute(OFFICIAL_VIEW.format(temp="TEMP" if temp else ""))


def load_reference(db_path: Path, directory: Path) -> dict[str, int]:
    """Replace the reference tables with the files in ``directory``; row counts."""
    directory = Path(directory)
    for required in ("la_register.csv", "dfe_children_indicators.csv"):
        if not (directory / required).exists():
            raise FileNotFoundError(f"{directory / required} not found")
    register = read_register(directory / "la_register.csv")
    tables = {
        "ref_la_register": register,
        "ref_indicators": read_indicators(directory / "dfe_children_indicators.csv", register),
        "ref_neighbours": pd.concat(
            [read_neighbours(p) for p in sorted(directory.glob("statistical_neighbours_*.csv"))]
            or [pd.DataFrame(columns=["model_year", "la_number", "rank", "neighbour", "closeness"])],
            ignore_index=True,
        ),
        "official_indicators": read_mapping(),
    }
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(db_path)) as con:
        for name, data in tables.items():
            con.register("incoming", data)
            con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM incoming")
            con.unregister("incoming")
        create_official_views(con)
    return {name: len(data) for name, data in tables.items()}


def official(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Mapped official figures (empty when no reference data is loaded)."""
    if not has_table(con, "ref_indicators"):
        return pd.DataFrame(columns=["metric", "period", "year", "la_number", "area", "area_type", "region",
                                     "value", "value_text", "indicator", "description"])
    return con.execute("SELECT * FROM official").fetchdf()


def area_keys(data: pd.DataFrame) -> pd.Series:
    """How an official row is found: 'la:<n>', 'region:<dfe region>' or 'england'."""
    def key(row) -> str:
        if row["area_type"] == "la":
            return f"la:{int(row['la_number'])}"
        if row["area_type"] == "region":
            return f"region:{region_key(row['area'])}"
        return row["area_type"]
    return data.apply(key, axis=1) if len(data) else pd.Series(dtype=str)


def comparator_key(comparator: str, la_number, region: str | None) -> str | None:
    """The official area that a figure's comparator refers to, for a council."""
    if comparator == "la":
        return None if pd.isna(la_number) else f"la:{int(la_number)}"
    if comparator == "region":
        return f"region:{dfe_region(region)}" if region else None
    if comparator == "england":
        return "england"
    return None


def official_beside(con: duckdb.DuckDBPyConnection, data: pd.DataFrame) -> pd.DataFrame:
    """``data`` (council rows with la_number, region, period, metric, comparator)
    with official_value and official_indicator beside each row where mapped."""
    table = official(con)
    data = data.copy()
    if not len(table):
        data["official_value"], data["official_indicator"] = pd.NA, pd.NA
        return data
    table = table.assign(key=area_keys(table))
    lookup = {(k, p, m): (v, f"DfE {i} {y}") for k, p, m, v, i, y in
              zip(table["key"], table["period"], table["metric"], table["value"], table["indicator"], table["year"])}
    found = [lookup.get((comparator_key(c, n, r), p, m), (None, None)) for c, n, r, p, m in
             zip(data["comparator"], data["la_number"], data["region"], data["period"], data["metric"])]
    data["official_value"] = [v for v, _ in found]
    data["official_indicator"] = [i for _, i in found]
    return data


def neighbour_model_year(available: list[int], period: str) -> int | None:
    """The statistical neighbour model to use for a period: the model year
    closest to the year the period ends; on a tie, the older model (the one
    in use at the time)."""
    if not available:
        return None
    end = period_to_dfe_year(period)
    return min(available, key=lambda y: (abs(y - end), y))


def neighbours(con: duckdb.DuckDBPyConnection, la_number: int, period: str) -> tuple[int | None, pd.DataFrame]:
    """(model year, rows of rank, neighbour, closeness) for a council and period."""
    empty = pd.DataFrame(columns=["rank", "neighbour", "closeness"])
    if not has_table(con, "ref_neighbours"):
        return None, empty
    years = [int(y) for (y,) in con.execute("SELECT DISTINCT model_year FROM ref_neighbours").fetchall()]
    year = neighbour_model_year(years, period)
    rows = con.execute(
        "SELECT rank, neighbour, closeness FROM ref_neighbours WHERE model_year = ? AND la_number = ? ORDER BY rank",
        [year, int(la_number)],
    ).fetchdf()
    return year, rows
