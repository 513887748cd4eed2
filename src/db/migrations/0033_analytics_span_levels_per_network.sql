-- Analytics: the span rollup's levels are chosen per network and recorded with its refresh
-- (docs/analytics.md, "The span rollup"; spans.ts, spanLevelsForSize). A network of fewer than 200,000
-- registered patients keeps levels 0, 8, 4, 2 and 1 only (none or one of organisation, role, mode and
-- category): on the pcn demo (50,000 patients) the fifteen levels held 448,327 rows (151 MB, 2.5 times the
-- daily rollup's 181,942) and took the embedded data folder to 616 MB; these five hold 68,390. null: the rollup was built
-- before this migration, with every level (spans.ts, SPAN_LEVELS). The next full refresh (the job's first
-- run after an upgrade rebuilds only changed days, so nothing changes until "Refresh now") may choose
-- again and then empties the network's span rows first.
alter table analytics_refresh add column span_levels smallint[];
