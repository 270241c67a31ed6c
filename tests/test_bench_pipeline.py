"""The real-comment reader the boundary benchmark uses (benchmarks/bench_pipeline.py), on pages we write here."""

from __future__ import annotations

from benchmarks.bench_pipeline import _ANALYSIS_GROWTH, _child, growth_parts, seed_comments

HEADED = """Practice mergers are not the answer, say LMCs

Body text of the article that is not a comment.

READERS' COMMENTS [3]

Only clinicians may comment on this page

Ada Pennant 2 May, 2024 8:15 am

Merged into a super-partnership last spring.
Nobody asked the patients what they wanted?

The admin load went up, not down.

Reply moderated
Tomas Brill 2 May, 2024 9:40 am

See https://example.org/our-survey for the figures
Half our salaried GPs left within the year

Grace Odum 3 May, 2024 7:02 pm

The last comment on the page, whose end nothing marks.
Site footer text follows here.
"""

BULLETED = """Locum rates capped again

Readers' comments (2)

  \u2022 Capping rates just empties the rota. Who covers the Friday clinic now?

    Unsuitable or offensive? Report this comment

  \u2022 DrNorth

    Twelve sessions unfilled this month
    and the ICB calls it a success.

    Unsuitable or offensive? Report this comment
"""


def test_whole_comments_are_read_from_both_layouts(tmp_path):
    (tmp_path / "a.txt").write_text(HEADED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BULLETED, encoding="utf-8")
    (tmp_path / "c.txt").write_text("An article with no comment section at all.\n", encoding="utf-8")
    assert seed_comments(tmp_path) == [
        "Merged into a super-partnership last spring.\nNobody asked the patients what they wanted?\n\n"
        "The admin load went up, not down.",
        "Half our salaried GPs left within the year",
        "Capping rates just empties the rota. Who covers the Friday clinic now?",
        "Twelve sessions unfilled this month\nand the ICB calls it a success.",
    ]


def test_no_seeds_folder_gives_no_comments(tmp_path):
    assert seed_comments(tmp_path / "missing") == []


def test_article_groups_give_the_corpus_in_batches_with_ids_unique_across_groups():
    from benchmarks.bench_pipeline import article_groups

    corpus = [(["p1", "p2"], ["c1"]), ([], ["c2", "c3"]), (["p3"], []), (["p4"], ["c4"])]
    groups = article_groups(corpus, 3)
    assert iter(groups) is groups  # made as they are wanted, not all at once
    groups = list(groups)
    assert [len(g) for g in groups] == [3, 1]
    articles = [a for g in groups for a in g]
    assert [a["id"] for a in articles] == [1, 2, 3, 4]
    assert [([p["text"] for p in a["paragraphs"]], [c["text"] for c in a["comments"]]) for a in articles] == corpus
    assert all(p["kind"] == "text" for a in articles for p in a["paragraphs"])
    unit_ids = [u["id"] for a in articles for u in a["paragraphs"] + a["comments"]]
    assert unit_ids == list(range(1, 9))


def test_growth_child_runs_each_part_of_the_small_corpus_size_between_two_small_runs():
    assert growth_parts(10_000, 100_000) == 10 and growth_parts(1_000, 10_000) == 10
    assert growth_parts(1_000, 500) == 1
    parts = growth_parts(40, 120)
    g = _child(_ANALYSIS_GROWTH, 40, 120, parts)
    assert parts == 3 and len(g["parts"]) == 3 and len(g["base"]) == len(g["base_cpu"]) == 4
    assert all(t > 0 for t in g["parts"] + g["base"])
    assert abs(sum(g["parts"]) - g["big"]) < 1e-9 and g["big_cpu"] > 0
