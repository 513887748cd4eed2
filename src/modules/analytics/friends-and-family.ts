import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { fftRowsSql } from './fft-rollup.ts';
import type { Scope } from './filters.ts';
import { MODE_LABELS, roleLabel } from './labels.ts';
import type { Column, DataTable, Figure, FftSplit } from './schema.ts';

// The Friends and Family Test on the dashboard (standards digest §6): % positive is "very good" and
// "good" over every answer, "don't know" included (the digest flags that denominator as still to be
// checked against the 2020 guidance), % negative "poor" and "very poor" the same way. A cell with
// fewer than 5 answers shows "<5" and no shares, as FFT publications do, so a small group cannot point
// at one patient's answer.
//
// Each answer follows one appointment or online request (the link it was given through names it). The
// practice is the patient's registered practice; who saw the patient, where and how are kept on the answer
// when it is recorded (messaging, 0024_fft_answer_context.sql), and summed by those per day and span in
// the rollup (fft-rollup.ts), so a view reads its period's sums up to the last refresh and the answers
// since: one aggregate query with the total, the split asked for and the months as grouping sets.

export const FFT_MIN_RESPONSES = 5;
const NOT_RECORDED = 'not-recorded';

const CHANNEL_LABELS: Record<string, string> = {
  ...MODE_LABELS, 'online-consultation': 'Online consultation (closed without an appointment)', 'request-phone': 'Request taken by phone', 'request-desk': 'Request made at reception',
};

/** The answers in scope (fft-rollup.ts: rows of counts by what they followed), filtered as the dashboard asks. */
function answersSql(scope: Scope): RawBuilder<unknown> {
  const f = scope.filter;
  const org = f.organisationId ? scope.directory.organisations.find((o) => o.id === f.organisationId) : undefined;
  const where = [
    sql`true`,
    // A practice by the patient's registered practice (as before answers named their appointment); a hub by where the patient was seen.
    ...(org ? [org.kind === 'practice' ? sql`practice_id = ${org.id}` : sql`delivered_by = ${org.id}`] : []),
    ...(f.siteId ? [sql`site_id = ${f.siteId}`] : []),
    ...(f.role ? [sql`role = ${f.role}`] : []),
    ...(f.mode ? [sql`channel = ${f.mode}`] : []),
    ...(f.nationalCategory ? [sql`national_category = ${f.nationalCategory}`] : []),
  ];
  const liveFrom = scope.fftLiveFrom === undefined ? null : scope.fftLiveFrom;
  return sql`select * from (${fftRowsSql({ networkId: f.networkId, fromDay: f.fromDay, toDay: f.toDay, liveFrom })}) answers where ${sql.join(where, sql` and `)}`;
}

/** What each grouping of the answers is keyed by, as SQL over answersSql's columns (null: not recorded). */
const KEY_SQL: Record<FftSplit | 'month', RawBuilder<unknown>> = {
  practice: sql`practice_id`,
  role: sql`role`,
  site: sql`coalesce(site_id, case when follows = 'request' then 'no-site' end)`,
  channel: sql`channel`,
  month: sql`to_char(day, 'YYYY-MM')`,
};

interface Tally { key: string; responses: number; positive: number; negative: number; unrecorded: number }

type KeyName = keyof typeof KEY_SQL;
const NONE: Tally = { key: 'total', responses: 0, positive: 0, negative: 0, unrecorded: 0 };

/**
 * Answers counted in total and by each key given, in one scan (grouping sets). grouping() over the n
 * keys tells the sets apart: every bit set for the total, every bit but key i's for key i's groups.
 */
async function tallies<K extends KeyName>(db: Db, answers: RawBuilder<unknown>, keys: readonly K[]): Promise<{ total: Tally; by: Record<K, Tally[]> }> {
  const cols = keys.map((_, i) => sql.ref(`k${i}`));
  const { rows } = await sql<Record<string, string | number | null>>`
    select grouping(${sql.join(cols)})::int as grouping_set, ${sql.join(cols)}, coalesce(sum(responses), 0)::int as responses, coalesce(sum(positive), 0)::int as positive,
      coalesce(sum(negative), 0)::int as negative, coalesce(sum(responses) filter (where follows is null), 0)::int as unrecorded
    from (select ${sql.join(keys.map((k, i) => sql`${KEY_SQL[k]} as ${sql.ref(`k${i}`)}`))}, responses, positive, negative, follows from (${answers}) a) x
    group by grouping sets ((), ${sql.join(cols.map((c) => sql`(${c})`))})`.execute(db);
  const all = 2 ** keys.length - 1;
  const tally = (r: (typeof rows)[number], key: string | number | null): Tally => ({
    key: key === null ? NOT_RECORDED : String(key), responses: Number(r.responses), positive: Number(r.positive), negative: Number(r.negative), unrecorded: Number(r.unrecorded),
  });
  const by = Object.fromEntries(keys.map((k, i) => {
    const set = all - 2 ** (keys.length - 1 - i);
    return [k, rows.filter((r) => Number(r.grouping_set) === set).map((r) => tally(r, r[`k${i}`])).sort((x, y) => x.key.localeCompare(y.key))];
  })) as Record<K, Tally[]>;
  const total = rows.find((r) => Number(r.grouping_set) === all);
  return { total: total ? tally(total, 'total') : NONE, by };
}

const share = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

/** A tally as cells: 1 to 4 answers show "<5" and no shares (the suppressed column says why). */
function cells(t: Tally) {
  if (t.responses === 0) return { responses: 0, positive: null, negative: null, suppressed: 'no answers' };
  if (t.responses < FFT_MIN_RESPONSES) return { responses: '<5', positive: null, negative: null, suppressed: 'fewer than 5' };
  return { responses: t.responses, positive: share(t.positive, t.responses), negative: share(t.negative, t.responses), suppressed: '' };
}

const COLUMNS: Column[] = [
  { key: 'responses', label: 'Answers', kind: 'count' },
  { key: 'positive', label: '% positive (very good or good)', kind: 'percent' },
  { key: 'negative', label: '% negative (poor or very poor)', kind: 'percent' },
  { key: 'suppressed', label: 'Not shown because', kind: 'text' },
];

/**
 * What each split groups by: the key of an answer (null: not recorded), the label of a key, and
 * whether this person may see that group's own row (practice staff see only their organisation's
 * practices and sites beside the totals; roles and channels name no organisation).
 */
interface Split { column: string; heading: string; label: (key: string) => string; visible: (key: string) => boolean }

function splitOf(split: FftSplit, scope: Scope): Split {
  const orgs = new Map(scope.directory.organisations.map((o) => [o.id, o]));
  const sites = new Map(scope.directory.sites.map((s) => [s.id, s]));
  switch (split) {
    case 'practice':
      return { column: 'organisation', heading: 'Practice', label: (k) => orgs.get(k)?.name ?? 'Unknown', visible: (k) => scope.visibleOrganisations.has(k) };
    case 'role':
      return { column: 'role', heading: 'Role', label: roleLabel, visible: () => true };
    case 'site':
      return {
        column: 'site', heading: 'Site',
        label: (k) => (k === 'no-site' ? 'No site (online request)' : `${sites.get(k)?.name ?? 'Unknown'} (${orgs.get(sites.get(k)?.organisation_id ?? '')?.name ?? ''})`),
        visible: (k) => k === 'no-site' || scope.visibleOrganisations.has(sites.get(k)?.organisation_id ?? ''),
      };
    case 'channel':
      return { column: 'channel', heading: 'Channel', label: (k) => CHANNEL_LABELS[k] ?? k, visible: () => true };
  }
}

/** One split as table rows: the total first, each group this person may see by name, "Not recorded" last. */
function splitRows(split: Split, total: Tally, groups: Tally[], totalLabel: string) {
  const named = groups.filter((g) => g.key !== NOT_RECORDED && split.visible(g.key)).map((g) => ({ g, name: split.label(g.key) })).sort((a, b) => a.name.localeCompare(b.name));
  const unrecorded = groups.find((g) => g.key === NOT_RECORDED);
  return [
    { [split.column]: totalLabel, ...cells(total) },
    ...named.map(({ g, name }) => ({ [split.column]: name, ...cells(g) })),
    ...(unrecorded ? [{ [split.column]: 'Not recorded', ...cells(unrecorded) }] : []),
  ];
}

const SPLIT_TITLES: Record<FftSplit, string> = { practice: 'by practice', role: 'by role', site: 'by site', channel: 'by channel' };
const SPLIT_WORDS: Record<FftSplit, string> = {
  practice: 'by the patient\'s registered practice',
  role: 'by the role of the professional who saw the patient (for a request, the role it was sent to)',
  site: 'by the site of the appointment',
  channel: 'by how the patient was seen: face to face, telephone, video, home visit, or an online request closed without an appointment',
};

/** One split as a table: the total row, each group this person may see, "Not recorded"; "<5" for 1 to 4 answers. */
function splitTable(splitName: FftSplit, scope: Scope, total: Tally, groups: Tally[]): DataTable {
  const f = scope.filter;
  const split = splitOf(splitName, scope);
  return {
    id: `fft-by-${splitName}`, title: `Friends and Family Test ${SPLIT_TITLES[splitName]}`, chart: 'bar',
    description: `Answers to "Overall, how was your experience of our service?" after appointments and closed online requests, ${SPLIT_WORDS[splitName]}.`,
    columns: [{ key: split.column, label: split.heading, kind: 'text' }, ...COLUMNS],
    rows: splitRows(split, total, groups, f.organisationId || f.siteId || f.role || f.mode || f.nationalCategory ? 'Total' : 'Network'),
  };
}

/**
 * FFT headline figures and tables for the satisfaction view: one table split as asked (practice by
 * default), and one by month. Every dashboard filter applies; an answer that names no appointment or
 * request counts only while no site, role, mode or category filter is set.
 */
export async function friendsAndFamily(db: Db, scope: Scope, alsoSplitBy: readonly FftSplit[] = []): Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[]; splits: DataTable[] }> {
  const splitName = scope.fftSplit;
  // Splits asked for besides (the evaluation report's) come from the same scan.
  const { total, by } = await tallies(db, answersSql(scope), [...new Set([splitName, 'month' as const, ...alsoSplitBy])]);
  const months = by.month;
  const shown = cells(total);
  const unrecorded = total.unrecorded;

  const notes = [`Friends and Family Test: % positive is "very good" or "good" out of all answers, "don't know" included; fewer than ${FFT_MIN_RESPONSES} answers show as "<5".`];
  if (unrecorded > 0) notes.push(`${unrecorded} Friends and Family Test answer${unrecorded === 1 ? ' names' : 's name'} no appointment or request: they count under "Not recorded" and drop out when a site, role, mode or category is chosen.`);
  const count = (v: number | string) => (typeof v === 'number' && v > 0 ? v : null);
  return {
    headline: [
      { key: 'fft-positive', label: 'Friends and Family Test % positive', kind: 'percent', value: shown.positive },
      { key: 'fft-negative', label: 'Friends and Family Test % negative', kind: 'percent', value: shown.negative },
      { key: 'fft-responses', label: 'Friends and Family Test answers', kind: 'count', value: count(shown.responses) },
    ],
    tables: [
      splitTable(splitName, scope, total, by[splitName]),
      { id: 'fft-by-month', title: 'Friends and Family Test by month', description: 'The share of positive and negative answers each month.', chart: 'line',
        columns: [{ key: 'month', label: 'Month', kind: 'text' }, ...COLUMNS],
        rows: months.map((m) => ({ month: m.key, ...cells(m) })) },
    ],
    notes,
    splits: alsoSplitBy.map((name) => splitTable(name, scope, total, by[name])),
  };
}
