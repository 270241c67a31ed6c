"""The demo's sample site: original articles and comment threads in the registers of
UK GP trade press and its commenters, served as a WordPress-like site on 127.0.0.1
(:mod:`corpora.sample_site.server`) so the demo collects it through the real crawler."""
