"""Who-said-what quality: gpwatch's quotes against textacy's ``direct_quotations``.

Both are scored on the labelled development set ``corpora/quotes_dev/articles.jsonl``
(original articles written for the project; see its README for the labelling rules), on
its held-out companion, and on real text nobody here wrote: ``../shared/realdev/quotes.jsonl``
(the dev half of a labelled set of real articles; read at run time, never copied into the
repository; the rows are skipped with a note when it is absent).

realdev has its own speaker keys and optional quotes.  A predicted pair matches a gold
pair when the texts overlap as below and one of the gold quote's ``keys`` (a surname or an
organisation word, hyphenated names as one key) is among the words of the predicted
speaker name, speaker as written or organisation.  Optional gold quotes (short fragments,
scare quotes, headings, quotes cut off by the excerpt) count neither way: they are not
needed for recall, and a prediction whose text matches one is not counted against
precision.  ``quote text`` F1 is the same score without the speaker condition.

Matching rule, the same for both systems.  A predicted (quote, speaker) pair matches a
gold pair when

* the quote texts overlap: after normalising (lower case, curly and straight quote marks
  and apostrophes unified, punctuation removed, whitespace collapsed) the token-level
  F1 of the two texts is at least 0.8, and
* the speaker matches: the gold speaker's last word (a surname, or the head of an
  organisation or document name such as ``England`` or ``report``) occurs among the
  words of the predicted speaker name, the speaker as written or (gpwatch only, as
  textacy has no such field) the speaker's organisation: ``A spokesperson`` resolved to
  NHS England matches a gold ``NHS England``.

Each gold pair matches at most one prediction (greedy, best overlap first).  Precision =
matched / predicted, recall = matched / gold.  Quotes predicted with no speaker count as
predictions (they can only be wrong).  textacy is run per paragraph (it refuses a text
with an odd number of quote marks, which every apostrophe-as-quote-mark page has; a
paragraph it refuses yields nothing) and its speaker is the speaker span's text: it
resolves no pronouns, which is part of what is being compared.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT / "corpora" / "quotes_dev" / "articles.jsonl"
HELD_OUT = ROOT / "corpora" / "quotes_dev" / "heldout.jsonl"
REALDEV = ROOT.parent / "shared" / "realdev" / "quotes.jsonl"
OVERLAP = 0.8

_QUOTE_CHARS = str.maketrans({c: "'" for c in "‘’‛′"} | {c: '"' for c in "“”„″"})


def load_dev_set(path: Path = DEV_SET) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _tokens(text: str) -> list[str]:
    text = text.translate(_QUOTE_CHARS).lower()
    return re.findall(r"[a-z0-9£%]+(?:'[a-z]+)?", text)


def text_overlap(a: str, b: str) -> float:
    """Token-level F1 of two quote texts after normalisation."""
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def speaker_match(gold: str, *predicted: str | None) -> bool:
    key = _tokens(gold)
    if not key:
        return False
    words = set()
    for p in predicted:
        if p:
            words.update(w.removesuffix("'s") for w in _tokens(p))
    return key[-1].removesuffix("'s") in words


def score(gold: list[tuple[str, str]], predicted: list[tuple[str, tuple[str | None, ...]]]) -> dict:
    """Match (quote, speaker) pairs; returns counts."""
    candidates = []
    for gi, (gtext, gspeaker) in enumerate(gold):
        for pi, (ptext, pspeakers) in enumerate(predicted):
            ov = text_overlap(gtext, ptext)
            if ov >= OVERLAP and speaker_match(gspeaker, *pspeakers):
                candidates.append((ov, gi, pi))
    used_g, used_p, matched = set(), set(), 0
    for ov, gi, pi in sorted(candidates, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched += 1
    return {
        "gold": len(gold),
        "predicted": len(predicted),
        "matched": matched,
        "missed": [gold[i] for i in range(len(gold)) if i not in used_g],
        "wrong": [predicted[i] for i in range(len(predicted)) if i not in used_p],
    }


def prf(counts: list[dict]) -> tuple[float, float, float]:
    m = sum(c["matched"] for c in counts)
    p = m / max(1, sum(c["predicted"] for c in counts))
    r = m / max(1, sum(c["gold"] for c in counts))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def f1_intervals(per_system: dict[str, list[dict]]) -> dict:
    """95% bootstrap intervals of each system's (quote, speaker) F1, whole articles drawn, and
    gpwatch's lead over the others on the same draws (``nlp.evaluate.intervals``).
    ``per_system``: ``{name: per-article counts}`` (the same articles in the same order)."""
    import numpy as np

    from nlp.evaluate import intervals, micro_f1_of

    counts = {
        name: np.array([[c["matched"], c["predicted"] - c["matched"], c["gold"] - c["matched"]] for c in cs], float)
        for name, cs in per_system.items()
    }
    ids = [str(c.get("id", i)) for i, c in enumerate(next(iter(per_system.values())))]
    return intervals(counts, micro_f1_of, ids)


def gpwatch_pairs(nlp, article: dict) -> list[tuple[str, tuple[str | None, ...]]]:
    from nlp.quotes import extract_quotes

    docs = list(nlp.pipe(article["paragraphs"]))
    return [
        (q.text, (q.speaker_name, q.speaker, q.speaker_org)) for q in extract_quotes(article["paragraphs"], docs=docs)
    ]


def textacy_pairs(nlp, article: dict) -> list[tuple[str, tuple[str | None, ...]]]:
    from textacy.extract.triples import direct_quotations

    out = []
    for doc in nlp.pipe(article["paragraphs"]):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # an odd number of quote marks: textacy bails out
            continue
        for t in triples:
            content = t.content.text.strip("‘’'“”\" ,")
            speaker = " ".join(tok.text for tok in t.speaker)
            out.append((content, (speaker,)))
    return out


def keys_match(keys: list[str], *predicted: str | None) -> bool:
    """Does one of the gold ``keys`` occur among the predicted speaker's words?"""
    words = set()
    for p in predicted:
        if p:
            words.update(w.removesuffix("'s") for w in _tokens(p))
    for key in keys:
        parts = _tokens(key)
        if parts and all(w in words for w in parts):
            return True
    return False


def score_realdev(
    gold: list[dict], predicted: list[tuple[str, tuple[str | None, ...]]], with_speaker: bool = True
) -> dict:
    """Match predictions against one realdev article's quotes (see the module docstring)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, (ptext, pspeakers) in enumerate(predicted):
            ov = text_overlap(g["text"], ptext)
            if ov >= OVERLAP and (not with_speaker or keys_match(g["keys"], *pspeakers)):
                candidates.append((ov, not g.get("optional"), gi, pi))
    used_g, used_p, matched, optional_hits = set(), set(), 0, 0
    for ov, required, gi, pi in sorted(candidates, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched += required
        optional_hits += not required
    # a prediction of an optional quote's text (whoever it names) is not held against us
    excused = {
        pi
        for pi, (ptext, _sp) in enumerate(predicted)
        if pi not in used_p and any(g.get("optional") and text_overlap(g["text"], ptext) >= OVERLAP for g in gold)
    }
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    return {
        "gold": len(required),
        "predicted": len(predicted) - len(excused) - optional_hits,
        "matched": matched,
        "missed": [(gold[i]["text"], gold[i]["speaker"]) for i in required if i not in used_g],
        "wrong": [predicted[i] for i in range(len(predicted)) if i not in used_p and i not in excused],
    }


def evaluate(verbose: bool = False, path: Path = DEV_SET) -> dict[str, dict]:
    """Score both systems on a labelled set; returns per-system counts and timings.
    For realdev (``quotes`` with ``keys``) each system also gets ``text_f1``: quote text
    found, speaker aside."""
    from nlp.model import load_model
    from nlp.pipeline import build_pipeline

    articles = load_dev_set(path)
    real = any("keys" in q for a in articles for q in a["quotes"])
    ours = build_pipeline()
    bare = load_model()  # textacy needs lemmas and POS: give it the full stock model
    results = {}
    for name, nlp, fn in (("gpwatch", ours, gpwatch_pairs), ("textacy", bare, textacy_pairs)):
        counts, text_counts = [], []
        t0 = time.perf_counter()
        for a in articles:
            predicted = fn(nlp, a)
            if real:
                c = score_realdev(a["quotes"], predicted)
                text_counts.append(score_realdev(a["quotes"], predicted, with_speaker=False))
            else:
                c = score([(q["text"], q["speaker"]) for q in a["quotes"]], predicted)
            c["id"] = a["id"]
            counts.append(c)
        elapsed = time.perf_counter() - t0
        p, r, f = prf(counts)
        results[name] = {"precision": p, "recall": r, "f1": f, "seconds": elapsed, "counts": counts}
        if real:
            results[name]["text_f1"] = prf(text_counts)[2]
        if verbose:
            for c in counts:
                for g in c["missed"]:
                    print(f"{name} {c['id']} MISSED {g[1]!r}: {g[0][:70]!r}")
                for w in c["wrong"]:
                    print(f"{name} {c['id']} WRONG  {w[1]!r}: {w[0][:70]!r}")
    return results


def splits() -> list[tuple[str, Path]]:
    """The labelled sets to score: our dev and held-out articles, and realdev when present."""
    out = [("dev", DEV_SET), ("heldout", HELD_OUT)]
    if REALDEV.exists():
        out.append(("realdev", REALDEV))
    return out


def run(workdir: Path, quick: bool) -> list[dict]:
    """Benchmark entry point for ``benchmarks/run.py`` (the sets are small: quick and
    full runs are the same).  ``dev`` is the set the rules were developed against;
    ``heldout`` was written afterwards and scored without changing the rules for it;
    ``realdev`` is real text (the dev half of the project's real-text evaluation)."""
    from nlp.evaluate import lead_text

    rows = []
    for split, path in splits():
        res = evaluate(path=path)
        ours, base = res["gpwatch"], res["textacy"]
        n_articles = len(ours["counts"])
        n_gold = sum(c["gold"] for c in ours["counts"])
        where = f"../{path.relative_to(ROOT.parent)}" if split == "realdev" else path.relative_to(ROOT)
        note = f"{split}: {n_articles} articles, {n_gold} gold (quote, speaker) pairs in {where}; " + (
            "match = token F1 >= 0.8 and a gold key word in the predicted speaker; optional quotes count neither way"
            if split == "realdev"
            else f"match = token F1 >= {OVERLAP} and gold speaker's last word in predicted speaker"
        )
        target = (
            "; target F1 >= 0.94 (held-back half >= 0.92)"
            if split == "realdev"
            else "; target F1 >= 0.9 and clearly above textacy"
        )
        iv = f1_intervals({"gpwatch": ours["counts"], "textacy": base["counts"]})
        low, high = iv["systems"]["gpwatch"]
        how_sure = (
            f"; {iv['level']:.0%} interval {low:.3f}-{high:.3f} ({iv['groups']} articles resampled); lead over "
            f"textacy {lead_text(*iv['lead']['textacy'])}"
        )
        for metric in ("precision", "recall", "f1"):
            rows.append(
                {
                    "benchmark": f"quotes_{split}",
                    "metric": metric,
                    "value": round(ours[metric], 3),
                    "unit": "ratio",
                    "baseline": "textacy.extract.triples.direct_quotations",
                    "baseline_value": round(base[metric], 3),
                    "ratio": round(ours[metric] / base[metric], 2) if base[metric] else None,
                    "note": note + (target + how_sure if metric == "f1" else ""),
                }
            )
        if "text_f1" in ours:
            rows.append(
                {
                    "benchmark": f"quotes_{split}",
                    "metric": "quote_text_f1",
                    "value": round(ours["text_f1"], 3),
                    "unit": "ratio",
                    "baseline": "textacy.extract.triples.direct_quotations",
                    "baseline_value": round(base["text_f1"], 3),
                    "ratio": round(ours["text_f1"] / base["text_f1"], 2) if base["text_f1"] else None,
                    "note": note.split(";")[0] + "; quote text found, speaker aside",
                }
            )
    if not REALDEV.exists():
        rows.append(
            {
                "benchmark": "quotes_realdev",
                "metric": "f1",
                "value": None,
                "unit": "ratio",
                "note": f"skipped: {REALDEV} is absent (the real-text evaluation lives in ../shared/realdev)",
            }
        )
    return rows


if __name__ == "__main__":
    import sys

    wanted = [a for a in sys.argv[1:] if not a.startswith("-")]
    for split, path in splits():
        if wanted and split not in wanted:
            continue
        res = evaluate(verbose="-v" in sys.argv, path=path)
        for name, r in res.items():
            extra = f" text-F1={r['text_f1']:.3f}" if "text_f1" in r else ""
            print(
                f"{split} {name}: P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}{extra} "
                f"({r['seconds']:.1f}s)"
            )
