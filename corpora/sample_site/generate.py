"""Deterministic composition of articles and comment threads from the phrase
material in :mod:`corpora.sample_site.phrases`.

``python -m corpora.sample_site.generate`` (re)writes the sample site's generated
articles to ``articles/generated/*.json``; the same functions build the scale
corpus for the benchmarks (:mod:`benchmarks.scale_corpus`).  The same seed
always gives the same text.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

from corpora.resources import SAMPLE_SITE_DIR
from corpora.sample_site import phrases as P

GENERATED_DIR = SAMPLE_SITE_DIR / "generated"

FRAGMENTS = {
    "negative": (
        "deeply disappointing",
        "an insult to the profession",
        "a recipe for chaos",
        "the wrong answer to the wrong question",
        "unworkable",
        "a slap in the face",
    ),
    "neutral": (
        "a starting point for discussion",
        "too early to judge",
        "a mixed picture",
        "one option among several",
        "worth watching closely",
    ),
    "positive": (
        "a step in the right direction",
        "long overdue",
        "genuinely welcome",
        "exactly what practices needed",
        "a real breakthrough",
    ),
}
INTROS = ("The {doc} includes:", "Key findings of the {doc} include:", "Under the plans:", "The main points are:")
DOCS = ("report", "survey", "guidance", "plan", "evaluation", "agreement")
HEADINGS = ("What happens next", "The background", "Reaction", "What GPs say", "The figures")
SECTIONS = ("news", "news", "news", "analysis", "practice-business")
STANCE_SENTIMENT = {"profession": "negative", "local": "negative", "official": "positive", "independent": "neutral"}


class _Slots(dict):
    """Slot values for templates; an unknown slot is left as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _slots(rng: random.Random, place: str) -> _Slots:
    return _Slots(
        place=place,
        n=f"{rng.choice((12, 19, 27, 34, 48, 65, 120, 240, 410, 900, 1250, 2100, 3400)):,}",
        pct=str(rng.choice((9, 14, 18, 21, 27, 33, 38, 42, 47, 58, 64, 71))),
        uplift=rng.choice(("1.9", "2.1", "2.4", "3.2", "4.1", "6.1")),
        money=rng.choice(("£20,000", "£45,000", "£120,000", "£380,000", "£1.2m", "£2.4m")),
        doc=rng.choice(DOCS),
    )


def fill(template: str, slots: _Slots) -> str:
    return template.format_map(slots)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("’", "").replace("‘", "")).strip("-")[:90].rstrip("-")


def _speaker(rng: random.Random, sentiment: str, place: str, exclude: str = "") -> tuple[str, str, str, str]:
    """(name, role, org, pronoun) of a speaker whose stance suits the sentiment."""
    wanted = {
        "negative": ("profession", "local"),
        "positive": ("official", "local", "independent"),
        "neutral": ("independent", "official", "profession"),
    }[sentiment]
    pool = [s for s in P.SPEAKERS if s[4] in wanted and s[0] != exclude]
    name, role, org, pronoun, _ = rng.choice(pool)
    return name, role, org.format(place=place), pronoun


def _attribution(name: str, role: str, org: str) -> str:
    """How the speaker is introduced: ``BMA GP committee chair Dr Ana Whitfield`` or
    ``Dr Joel Ambrose, LMC chair at Severnside LMC,``."""
    if org in ("BMA", "RCGP", "NHS England", "Department of Health and Social Care") or org in role:
        return f"{role} {name}"
    link = "at" if org.startswith("a ") else "of"
    return f"{name}, {role} {link} {org},"


def _surname(name: str, pronoun: str) -> str:
    """``Dr Ana Whitfield`` on second reference; ``Ms Harrow`` for speakers without a title."""
    if name.startswith(("Dr ", "Professor ")):
        return name
    return ("Ms " if pronoun == "she" else "Mr ") + name.split()[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _added(quote: str, pronoun: str) -> str:
    body = quote[:-1] + "," if quote.endswith(".") else quote
    return f"‘{body}’ {pronoun} added."


def compose_article(
    rng: random.Random,
    *,
    published: str,
    theme: str,
    secondary: str,
    sentiment: str,
    n_comments: int,
    author: str | None = None,
) -> dict:
    """One article with quotes, optional bullets and a comment thread, as a content dict."""
    place = rng.choice(P.PLACES)
    slots = _slots(rng, place)
    m1, m2 = P.MATERIAL[theme], P.MATERIAL[secondary]
    title = fill(rng.choice(m1["headline"]), slots)
    standfirst = fill(rng.choice(m1["standfirst"]), slots)
    paragraphs: list[dict] = []
    quotes: list[dict] = []  # what was quoted, by whom: known by construction (gold for the benchmarks)

    def add(text: str, kind: str = "text") -> None:
        paragraphs.append({"kind": kind, "text": text})

    def quoted(text: str, who: tuple[str, str, str, str], feeling: str, cue: str = "said") -> None:
        quotes.append(
            {
                "paragraph": len(paragraphs) - 1,
                "text": text,
                "speaker": who[0],
                "role": who[1],
                "org": who[2],
                "cue": cue,
                "sentiment": feeling,
            }
        )

    add(fill(rng.choice(m1["lead"]), slots))
    add(fill(rng.choice(m1["context"]), slots))
    name, role, org, pronoun = _speaker(rng, sentiment, place)
    pool = list(m1[f"quote_{sentiment}"])
    rng.shuffle(pool)
    q1 = fill(pool[0], slots)
    attribution = _cap(_attribution(name, role, org))
    if len(pool) > 1 and rng.random() < 0.5:  # a quote running over two paragraphs
        add(f"{attribution} said: ‘{q1}")
        quoted(q1, (name, role, org, pronoun), sentiment)
        q1b = fill(pool[1], slots)
        add(f"‘{q1b}’")
        quoted(q1b, (name, role, org, pronoun), sentiment)
    else:
        add(f"{attribution} said: ‘{q1}’")
        quoted(q1, (name, role, org, pronoun), sentiment)
        if len(pool) > 1:
            q1b = fill(pool[1], slots)
            add(_added(q1b, pronoun))
            quoted(q1b, (name, role, org, pronoun), sentiment, cue="added")
    if rng.random() < 0.45:
        add(fill(rng.choice(INTROS), slots))
        bullets = list(m1["bullet"] + m2["bullet"])
        rng.shuffle(bullets)
        for b in bullets[: rng.randint(3, 5)]:
            add(fill(b, slots), "bullet")
    if rng.random() < 0.3:
        add(rng.choice(HEADINGS), "heading")
    add(fill(rng.choice(m2["context"]), slots))
    other = {"negative": "positive", "positive": "negative", "neutral": "negative"}[sentiment]
    name2, role2, org2, pronoun2 = _speaker(rng, other, place, exclude=name)
    q2 = list(m2[f"quote_{other}"])
    rng.shuffle(q2)
    who2 = (name2, role2, org2, pronoun2)
    fragment = rng.choice(FRAGMENTS[other])
    add(f"But {_attribution(name2, role2, org2)} said the plans were ‘{fragment}’.")
    quoted(fragment, who2, other)
    q2a = fill(q2[0], slots)
    add(f"{_surname(name2, pronoun2)} said: ‘{q2a}’")
    quoted(q2a, who2, other)
    if len(q2) > 1 and rng.random() < 0.6:
        q2b = fill(q2[1], slots)
        add(_added(q2b, pronoun2))
        quoted(q2b, who2, other, cue="added")
    add(rng.choice(P.STATEMENTS))
    themes = [theme] if secondary == theme else [theme, secondary]
    posted = dt.datetime.fromisoformat(published)
    return {
        "slug": slugify(title),
        "title": title,
        "standfirst": standfirst,
        "author": author or rng.choice(P.REPORTERS),
        "section": rng.choice(SECTIONS),
        "published": published,
        "themes": themes,
        "sentiment": sentiment,
        "paragraphs": paragraphs,
        "quotes": quotes,
        "comments": compose_comments(rng, themes, n_comments, posted),
    }


def compose_comment_text(rng: random.Random, theme: str, sentiment: str) -> str:
    pool = P.MATERIAL[theme][f"comment_{sentiment}"]
    text = rng.choice(P.OPENERS[sentiment]) + rng.choice(pool) + rng.choice(P.CLOSERS[sentiment])
    if rng.random() < 0.15:  # a longer, two-paragraph comment
        text += "\n\n" + rng.choice(P.MATERIAL[rng.choice(P.THEMES)][f"comment_{sentiment}"])
    return text


def compose_comments(rng: random.Random, themes: list[str], n: int, published: dt.datetime) -> list[dict]:
    """A thread of ``n`` comments: mostly negative, some replies, times spreading out over days."""
    comments: list[dict] = []
    when = published + dt.timedelta(minutes=rng.randint(8, 90))
    for i in range(n):
        sentiment = rng.choices(P.SENTIMENTS, weights=(6, 3, 2))[0]
        reply_to = None
        if i and rng.random() < 0.3:
            reply_to = rng.randint(max(1, i - 5), i)
            text = rng.choice(P.REPLIES[sentiment])
            theme = themes[0]
        else:
            theme = rng.choice(themes)
            text = compose_comment_text(rng, theme, sentiment)
        comments.append(
            {
                "author": rng.choice(P.COMMENTERS),
                "posted": when.isoformat(timespec="seconds"),
                "text": text,
                "reply_to": reply_to,
                "sentiment": sentiment,
                "themes": [theme],
            }
        )
        # comments arrive quickly at first, then the thread slows down
        when += dt.timedelta(minutes=rng.randint(3, 40) * (1 + i // 8))
    return comments


# --------------------------------------------------------------------------- the sample site

THREAD_SIZES = (
    0,
    2,
    3,
    3,
    4,
    5,
    5,
    6,
    6,
    7,
    8,
    8,
    9,
    10,
    10,
    11,
    12,
    12,
    14,
    15,
    16,
    18,
    20,
    22,
    25,
    28,
    34,
    45,
    60,
    4,
)


def sample_site_articles(seed: int = 2015) -> list[dict]:
    """The generated part of the sample site: thirty articles, 2015 to 2026, every theme and sentiment."""
    rng = random.Random(seed)
    sizes = list(THREAD_SIZES)
    rng.shuffle(sizes)
    articles, slugs = [], set()
    start = dt.datetime(2015, 2, 1, 9, 0)
    span = (dt.datetime(2026, 10, 31) - start).total_seconds()
    for i, size in enumerate(sizes):
        theme = P.THEMES[i % len(P.THEMES)]
        secondary = P.THEMES[(i * 4 + 3) % len(P.THEMES)]
        sentiment = P.SENTIMENTS[i % 3]
        offset = span * (i + rng.random() * 0.8) / len(sizes)
        published = (start + dt.timedelta(seconds=offset)).replace(second=0, microsecond=0)
        published = published.replace(hour=rng.randint(6, 17))
        article = compose_article(
            rng,
            published=published.isoformat(timespec="seconds"),
            theme=theme,
            secondary=secondary,
            sentiment=sentiment,
            n_comments=size,
        )
        for _ in range(20):  # a fresh headline rather than two articles with one title
            if article["slug"] not in slugs:
                break
            article = compose_article(
                rng,
                published=published.isoformat(timespec="seconds"),
                theme=theme,
                secondary=secondary,
                sentiment=sentiment,
                n_comments=size,
            )
        while article["slug"] in slugs:
            article["slug"] += f"-{published.year}"
        slugs.add(article["slug"])
        articles.append(article)
    return articles


def write_sample_site(out_dir: Path = GENERATED_DIR, seed: int = 2015) -> list[Path]:
    """(Re)write the sample site's generated half: the newsroom's decade of articles
    (:mod:`corpora.sample_site.newsroom`), one JSON object a line in ``newsroom.jsonl``."""
    from corpora.sample_site.newsroom import newsroom_articles

    out_dir.mkdir(parents=True, exist_ok=True)
    for old in [*out_dir.glob("*.json"), *out_dir.glob("*.jsonl")]:
        old.unlink()
    path = out_dir / "newsroom.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in newsroom_articles(seed):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return [path]


if __name__ == "__main__":
    written = write_sample_site()
    print(f"wrote the generated articles to {', '.join(str(p) for p in written)}")
