"""The health report of one source over a date range, read from the archive (read-only).

Archivists need to tell apart three things a bare "0 articles" hides:

* **no edition**: the site answered 404/410 for the date's edition page (a
  holiday, a paper that skips Sundays), or answered with another date's
  edition (redirected to it, or its pages served under this date's URL; the
  reason starts "another edition: " and is counted apart): nothing to archive;
* **failed**: the fetch itself failed (5xx after retries, timeout, refused):
  the edition may exist and must be crawled again;
* **not yet published**: checked on its own day (or before it) and no edition
  seen yet: many papers publish their e-paper late in the day, so this is
  provisional until a check after the day is over settles it;
* **covered**: a later day of a combined edition (合刊, one edition for a
  holiday's days): the edition is filed under its first day, whose found
  edition notes the range; every day of the range after it, whatever its own
  check said (404, that edition, not checked), is covered, never missed;

The dates after a URL template *stopped matching* stay **no edition**, the word
the crawl summary and the web calendar use for the same fact: the template
found editions before, and every date checked with it since (at least
``alerts.unmatched_days``, default 3) came back without one, a 404 or a page
whose links match none of the source's patterns. Those dates carry
``stopped_matching`` and a note naming the template's first silent date; the
template is marked, and the totals count them apart (``unmatched``) as they
count "another edition". A holiday ends with an edition found again; a site
redesign does not.

Per edition date the report says what the archive holds (``articles``: archived
under the date, by whichever crawl), and apart from it what the date's last
crawl did, counting the articles as that check saw them (new / changed /
unchanged relative to the start of the run that last recorded the edition;
refused: fetched by that run and the capture refused as damaged, so the date
wants crawling again (archived before, or never archived: those are counted
and listed apart); unseen: archived before and not seen by that run),
reprints, field fill rates and encoding fallbacks. Thresholds come from the
source's ``[source.alerts]`` table; a
crossed one becomes an :class:`~crawler.report.model.Alert`, and the CLI exits non-zero.

The modules, by role: ``model`` (the statuses, the rows, the JSON form), ``build``
(:func:`~crawler.report.build.build_report`), ``queries`` (the archive reads it is built
from), ``templates`` (per-template health, "stopped matching"), ``totals``, ``alerts``.
"""
