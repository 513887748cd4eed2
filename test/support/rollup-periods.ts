/**
 * Date ranges that cut the span rollup in every way it can be cut (whole months, spans cut at
 * either end, one span, inside one span). The span and Friends and Family Test equivalence tests
 * both read them, so the two rollups are checked against the same edges.
 */
export const ROLLUP_TEST_PERIODS = [
  ['2026-04-01', '2026-06-30'], // whole months
  ['2026-04-29', '2026-06-02'], // starting and ending inside spans
  ['2026-05-01', '2026-05-31'], // a month: spans cut by its ends
  ['2026-05-13', '2026-05-15'], // inside one span
  ['2026-05-04', '2026-05-10'], // exactly one span
] as const;
