"""Time series of theme prevalence and sentiment, honest on thin data.

Pure functions over the rows the store's queries return (``month`` as ``YYYY-MM``, a
voice, a sentiment and a count ``n``): no SQL here.

- Every period from the first to the last with any unit is present, for every voice: a
  period where the voice has units but none tagged is a share of 0, not a missing point,
  and a period where the voice has no units at all has no share (a gap, never a line
  joined across it: see ``segment``).
- The denominator of a share is every unit of the voice in that period, tagged or not.
- The granularity (month, quarter, year) is chosen from the data: the finest at which a
  typical period holds enough units of every voice (:data:`MIN_UNITS`).
- Each share and net sentiment comes with its n and a 95% Wilson score interval.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable

GRANULARITIES = ("month", "quarter", "year")
MIN_UNITS = 6  # a granularity is fine enough when the median period holds this many units of each voice (the
# Wilson band shows how uncertain a share of six is)
Z95 = 1.959963984540054


def period_of(month: str, granularity: str) -> str:
    """The period label of a ``YYYY-MM`` month: ``2019-03``, ``2019 Q1`` or ``2019``."""
    year, mon = month[:4], int(month[5:7])
    if granularity == "month":
        return f"{year}-{mon:02d}"
    if granularity == "quarter":
        return f"{year} Q{(mon - 1) // 3 + 1}"
    if granularity == "year":
        return year
    raise ValueError(f"unknown granularity {granularity!r}")


def period_start(label: str) -> str:
    """The first day of a period label, for a time axis."""
    if " Q" in label:
        year, quarter = label.split(" Q")
        return f"{year}-{(int(quarter) - 1) * 3 + 1:02d}-01"
    if len(label) == 4:
        return f"{label}-01-01"
    return f"{label}-01"


def periods_between(first_month: str, last_month: str, granularity: str) -> list[str]:
    """Every period label from the one holding ``first_month`` to the one holding ``last_month``."""
    year, mon = int(first_month[:4]), int(first_month[5:7])
    out: list[str] = []
    while (year, mon) <= (int(last_month[:4]), int(last_month[5:7])):
        label = period_of(f"{year}-{mon:02d}", granularity)
        if not out or out[-1] != label:
            out.append(label)
        mon += 1
        if mon == 13:
            year, mon = year + 1, 1
    return out


def _valid_months(rows: Iterable[dict]) -> list[dict]:
    """Rows whose month is a real ``YYYY-MM`` (undated or oddly dated articles have none)."""
    out = []
    for r in rows:
        m = r.get("month") or ""
        if len(m) >= 7 and m[:4].isdigit() and m[4] == "-" and m[5:7].isdigit() and 1 <= int(m[5:7]) <= 12:
            out.append(r)
    return out


def choose_granularity(total_rows: list[dict], min_units: int = MIN_UNITS) -> str:
    """The finest granularity at which the median period (empty periods included, from the
    first to the last) holds at least ``min_units`` units of every voice present; else year."""
    rows = _valid_months(total_rows)
    if not rows:
        return "month"
    months = sorted(r["month"][:7] for r in rows)
    voices = sorted({r.get("voice", "") for r in rows})
    for granularity in GRANULARITIES[:-1]:
        labels = periods_between(months[0], months[-1], granularity)
        ok = True
        for voice in voices:
            counts = dict.fromkeys(labels, 0)
            for r in rows:
                if r.get("voice", "") == voice:
                    counts[period_of(r["month"], granularity)] += r["n"]
            if statistics.median(counts.values()) < min_units:
                ok = False
                break
        if ok:
            return granularity
    return "year"


def wilson(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``k / n`` (``(0, 1)`` when n is 0)."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def net_interval(positive: int, negative: int, n: int) -> tuple[float, float]:
    """A conservative interval for net sentiment (positive share minus negative share): the
    Wilson bounds of the two shares combined at their extremes, within [-1, 1]."""
    p_lo, p_hi = wilson(positive, n)
    n_lo, n_hi = wilson(negative, n)
    return max(-1.0, p_lo - n_hi), min(1.0, p_hi - n_lo)


def series(
    tagged_rows: list[dict], total_rows: list[dict], granularity: str, voices: Iterable[str] | None = None
) -> list[dict]:
    """One row per period and voice, from the first to the last period with any unit.

    ``total_rows``: every unit per month and voice (with or without a sentiment);
    ``tagged_rows``: the tagged units per month, voice and sentiment.  Each row holds
    ``period``, ``start`` (its first day), ``voice``, ``total`` (the denominator: every unit
    of the voice in the period), ``tagged``, ``positive``/``neutral``/``negative`` (of the
    tagged), ``share`` and ``net_sentiment`` (None where undefined: no units, or none
    tagged), their Wilson bounds, and ``share_segment``/``net_segment``: a line is drawn only
    within a segment, so it never joins points across a period without a value."""
    totals_in, tagged_in = _valid_months(total_rows), _valid_months(tagged_rows)
    if not totals_in and not tagged_in:
        return []
    months = sorted(r["month"][:7] for r in totals_in + tagged_in)
    labels = periods_between(months[0], months[-1], granularity)
    voice_list = list(voices) if voices is not None else sorted({r["voice"] for r in totals_in + tagged_in})
    cells = {
        (label, voice): {
            "period": label,
            "start": period_start(label),
            "voice": voice,
            "total": 0,
            "tagged": 0,
            "positive": 0,
            "neutral": 0,
            "negative": 0,
        }
        for voice in voice_list
        for label in labels
    }
    for r in totals_in:
        cell = cells.get((period_of(r["month"], granularity), r["voice"]))
        if cell is not None:
            cell["total"] += r["n"]
    for r in tagged_in:
        cell = cells.get((period_of(r["month"], granularity), r["voice"]))
        if cell is not None:
            cell["tagged"] += r["n"]
            if r.get("sentiment") in ("positive", "neutral", "negative"):
                cell[r["sentiment"]] += r["n"]
    out = []
    for voice in voice_list:
        share_segment = net_segment = 0
        for label in labels:
            cell = cells[(label, voice)]
            total, tagged = cell["total"], cell["tagged"]
            if total:
                cell["share"] = tagged / total
                cell["share_lo"], cell["share_hi"] = wilson(tagged, total)
            else:
                cell["share"] = cell["share_lo"] = cell["share_hi"] = None
                share_segment += 1
            if tagged:
                cell["net_sentiment"] = (cell["positive"] - cell["negative"]) / tagged
                cell["net_lo"], cell["net_hi"] = net_interval(cell["positive"], cell["negative"], tagged)
            else:
                cell["net_sentiment"] = cell["net_lo"] = cell["net_hi"] = None
                net_segment += 1
            cell["share_segment"], cell["net_segment"] = share_segment, net_segment
            out.append(cell)
    return out


def period_totals(
    tagged_rows: list[dict], total_rows: list[dict], voices: Iterable[str] | None = None
) -> dict[str, dict]:
    """Per voice over a whole period: every unit (``total``), the tagged ones and their
    sentiment, ``share`` and ``net_sentiment`` (None where undefined) with Wilson bounds."""
    voice_list = list(voices) if voices is not None else sorted({r["voice"] for r in total_rows + tagged_rows})
    out = {v: {"voice": v, "total": 0, "tagged": 0, "positive": 0, "neutral": 0, "negative": 0} for v in voice_list}
    for r in total_rows:
        if r["voice"] in out:
            out[r["voice"]]["total"] += r["n"]
    for r in tagged_rows:
        if r["voice"] in out:
            out[r["voice"]]["tagged"] += r["n"]
            if r.get("sentiment") in ("positive", "neutral", "negative"):
                out[r["voice"]][r["sentiment"]] += r["n"]
    for row in out.values():
        total, tagged = row["total"], row["tagged"]
        row["share"] = tagged / total if total else None
        row["share_lo"], row["share_hi"] = wilson(tagged, total) if total else (None, None)
        row["net_sentiment"] = (row["positive"] - row["negative"]) / tagged if tagged else None
        row["net_lo"], row["net_hi"] = (
            net_interval(row["positive"], row["negative"], tagged) if tagged else (None, None)
        )
    return out
