-- Analytics: the 'hour' breakdown's span rows no longer keep levels 15, 28, 12 and 9 (spans.ts,
-- HOUR_LEVELS_NOT_KEPT). Its rows keep the weekday, so each span row is one day's, and at those levels
-- (the organisation with its role or category) there were about as many of them as daily rows (pcn
-- demo: 100%, 92%, 92%, 85% of the 34,191 daily 'hour' rows): they saved a read nothing and held
-- 126,482 of the span rollup's 571,246 rows. Those filters read the daily rollup. The rows already
-- built are never read again; deleting them here frees their space for the next refresh.
delete from analytics_rollup_span where dimension = 'hour' and level in (15, 28, 12, 9);
