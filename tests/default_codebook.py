"""The default codebook's theme ids, in the codebook's order, written out once for the tests that
check what the trainer, the classifier and the labelled data hold (``corpora/taxonomy.toml`` is
checked against this list, not read to make it)."""

DEFAULT_THEME_IDS = (
    "workforce_supply",
    "skill_mix",
    "at_scale_models",
    "partnership_contract",
    "digital_first",
    "funding_pay",
    "workload_morale",
    "access_continuity",
    "politics_trust",
)
