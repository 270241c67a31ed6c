"""Phrases most distinctive of one set of texts against another.

The weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and
Quinn (2008, "Fightin' Words"), as Scattertext uses it: for each phrase w with counts
y_a(w) in the target texts (n_a phrases in all) and y_b(w) in the rest (n_b),
and prior pseudo-counts alpha(w) (alpha_0 in all) proportional to w's frequency in the
whole background,

    delta(w) = log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha))
             - log((y_b + alpha) / (n_b + alpha_0 - y_b - alpha))
    var(w)  ~= 1 / (y_a + alpha) + 1 / (y_b + alpha)
    z(w)     = delta(w) / sqrt(var(w))

A large positive z means the phrase is typical of the target, beyond what chance and the
phrase's overall frequency explain; the prior shrinks rare phrases towards zero, so a
word seen twice does not top the list the way it does with raw ratios.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_][\w'’-]*[\w]|[^\W\d_]", re.UNICODE)
# English function words and reporting verbs: they say nothing about a theme.  (Our own
# list, so the app does not import scikit-learn just for this.)
STOP_WORDS = frozenset(
    """
a about above across after again against all almost along already also although always am among an and
another any anyone anything are around as at back be became because become been before being below
between both but by can cannot could did do does doing done down during each either else enough even
ever every few for from further get gets getting go goes going got had has have having he her here hers
herself him himself his how however i if in into is it its itself just least less let like made make
many may me might mine more most much must my myself neither never no nobody none nor not nothing now
of off often on once one only onto or other others otherwise our ours ourselves out over own per
perhaps quite rather really said same say says see seem seemed several she should since so some
someone something still such than that the their theirs them themselves then there therefore these
they this those though through thus to together too toward towards under until up upon us very via
was we well were what whatever when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves s t don doesn didn isn wasn aren won can't don't
it's i'm i've i'd we're we've they're they've that's there's what's who's let's isn't wasn't aren't
won't wouldn't couldn't shouldn't haven't hasn't hadn't doesn't didn't
""".split()
)


@dataclass(frozen=True)
class Distinctive:
    phrase: str
    z: float  # z-score of the log-odds ratio: > 1.96 is distinctive at about 95 %
    delta: float  # the log-odds ratio itself
    target_count: int
    rest_count: int


def phrases(text: str, *, bigrams: bool = True) -> list[str]:
    """Lower-cased words without stop words, plus bigrams that neither start nor end
    with a stop word (``primary care``, ``care networks``)."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    keep = [w not in STOP_WORDS and len(w) > 1 for w in words]
    out = [w for w, k in zip(words, keep) if k]
    if bigrams:
        out += [f"{words[i]} {words[i + 1]}" for i in range(len(words) - 1) if keep[i] and keep[i + 1]]
    return out


def count_phrases(texts: Iterable[str], *, bigrams: bool = True) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(phrases(text or "", bigrams=bigrams))
    return counts


def log_odds_dirichlet(
    target: Counter[str],
    rest: Counter[str],
    prior: Counter[str] | None = None,
    *,
    prior_scale: float = 0.01,
    only: set[str] | None = None,
) -> list[Distinctive]:
    """Score every phrase seen in ``target`` or ``rest`` (or just those in ``only``); highest z first.

    ``prior`` is the background counts (default: target + rest);
    ``prior_scale`` sets alpha_0 as a fraction of the background's size (Scattertext's
    default informative prior uses the background counts scaled like this).
    """
    background = prior if prior is not None else target + rest
    full_vocabulary = set(target) | set(rest)
    n_background = sum(background.values()) or 1
    alpha_0 = max(prior_scale * n_background, 1.0)
    n_a, n_b = sum(target.values()), sum(rest.values())
    scored = []
    smoothing = n_background + 0.01 * len(full_vocabulary)
    for w in full_vocabulary if only is None else only & full_vocabulary:
        alpha = alpha_0 * (background.get(w, 0) + 0.01) / smoothing
        y_a, y_b = target.get(w, 0), rest.get(w, 0)
        delta = math.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - math.log(
            (y_b + alpha) / (n_b + alpha_0 - y_b - alpha)
        )
        var = 1.0 / (y_a + alpha) + 1.0 / (y_b + alpha)
        scored.append(Distinctive(w, delta / math.sqrt(var), delta, y_a, y_b))
    scored.sort(key=lambda d: (-d.z, d.phrase))
    return scored


def distinctive_phrases(
    target_texts: Iterable[str],
    rest_texts: Iterable[str],
    *,
    top: int = 20,
    min_count: int = 2,
    prior_scale: float = 0.01,
) -> list[Distinctive]:
    """The ``top`` phrases most distinctive of ``target_texts`` against ``rest_texts``,
    keeping phrases seen at least ``min_count`` times in the target."""
    target, rest = count_phrases(target_texts), count_phrases(rest_texts)
    candidates = {w for w, n in target.items() if n >= min_count}
    scored = log_odds_dirichlet(target, rest, prior_scale=prior_scale, only=candidates)
    return [d for d in scored if d.z > 0][:top]
