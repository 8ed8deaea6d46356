"""Add a paper from one URL: recognise its e-paper system, find its date range, test-crawl an edition.

Rooms, by role:

* ``families``: pure; which URL family (Founder classic, PC, pad, paper-code
  pages) a URL and page belong to, and the edition template and link patterns
  that follow from it;
* ``nonpaper``: pure; the way into a site that is not an e-paper (sitemap
  named in robots.txt, RSS/Atom link, or a listing page's article links);
* ``probe``: pure; gallop-then-bisect over dates to the first and last edition
  with a request budget, tolerant of gaps (Sundays, holidays);
* ``fetch``: a small, bounded HTTP client behind the crawl's address guard,
  robots.txt rules and politeness delay;
* ``trial``: a one-edition test crawl (the real spider, in a child process)
  and its fill rates;
* ``registry_write``: writes the ``[[source]]`` entry with tomlkit, keeping
  the registry's comments and formatting;
* ``add``: the orchestration behind ``newsarchive sources add``;
* ``known``: re-runs on a registered source (what changed) and
  ``sources check --online``.
"""
