import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import { LONDON } from '../../platform/calendar.ts';
import { findFriendsAndFamilyResponses, type FriendsAndFamilyResponse } from '../messaging/index.ts';
import type { Scope } from './filters.ts';
import type { Column, DataTable, Figure } from './schema.ts';

// The Friends and Family Test on the dashboard (standards digest §6): % positive is "very good" and
// "good" over every answer, "don't know" included (the digest flags that denominator as still to be
// checked against the 2020 guidance), % negative "poor" and "very poor" the same way. A cell with
// fewer than 5 answers is suppressed (count and shares left blank), as some FFT publications do, so
// a small practice's month cannot point at one patient's answer.

export const FFT_MIN_RESPONSES = 5;

interface Tally { responses: number; positive: number; negative: number }

const tally = (rs: readonly FriendsAndFamilyResponse[]): Tally => ({
  responses: rs.length,
  positive: rs.filter((r) => r.rating === 1 || r.rating === 2).length,
  negative: rs.filter((r) => r.rating === 4 || r.rating === 5).length,
});
const share = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

/** A tally as cells: blank when fewer than 5 answered (the suppressed flag says why). */
function cells(t: Tally) {
  if (t.responses < FFT_MIN_RESPONSES) return { responses: null, positive: null, negative: null, suppressed: t.responses === 0 ? 'no answers' : 'fewer than 5' };
  return { responses: t.responses, positive: share(t.positive, t.responses), negative: share(t.negative, t.responses), suppressed: '' };
}

const COLUMNS: Column[] = [
  { key: 'responses', label: 'Answers', kind: 'count' },
  { key: 'positive', label: '% positive (very good or good)', kind: 'percent' },
  { key: 'negative', label: '% negative (poor or very poor)', kind: 'percent' },
  { key: 'suppressed', label: 'Not shown because', kind: 'text' },
];

/**
 * FFT headline figures and tables for the satisfaction view. Answers belong to the patient's
 * registered practice, so a practice filter applies; a hub, site, role, mode or category does not
 * (the note says so) and the figures stay those of the practices in scope.
 */
export async function friendsAndFamily(db: Db, scope: Scope): Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[] }> {
  const f = scope.filter;
  const from = DateTime.fromISO(f.fromDay, { zone: LONDON }).startOf('day').toJSDate();
  const to = DateTime.fromISO(f.toDay, { zone: LONDON }).plus({ days: 1 }).startOf('day').toJSDate();
  const all = await findFriendsAndFamilyResponses(db, f.networkId, { from, to });
  const inScope = f.organisationId ? all.filter((r) => r.practiceId === f.organisationId) : all;
  const total = tally(inScope);
  const shown = cells(total);

  const names = new Map(scope.directory.organisations.map((o) => [o.id, o.name]));
  const byPractice = [...new Set(inScope.map((r) => r.practiceId))]
    .filter((id) => scope.visibleOrganisations.has(id))
    .map((id) => ({ name: names.get(id) ?? 'Unknown', t: tally(inScope.filter((r) => r.practiceId === id)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const monthOf = (r: FriendsAndFamilyResponse) => DateTime.fromISO(r.answeredAt, { zone: LONDON }).toFormat('yyyy-MM');
  const months = [...new Set(inScope.map(monthOf))].sort();

  const notes: string[] = [];
  const orgKind = f.organisationId ? scope.directory.organisations.find((o) => o.id === f.organisationId)?.kind : undefined;
  if (f.siteId || f.role || f.mode || f.nationalCategory || (orgKind && orgKind !== 'practice')) {
    notes.push('Friends and Family Test answers count by the patient\'s registered practice: a hub, site, role, mode or category filter does not narrow them.');
  }
  notes.push(`Friends and Family Test: % positive is "very good" or "good" out of all answers, "don't know" included; fewer than ${FFT_MIN_RESPONSES} answers are not shown.`);
  return {
    headline: [
      { key: 'fft-positive', label: 'Friends and Family Test % positive', kind: 'percent', value: shown.positive },
      { key: 'fft-negative', label: 'Friends and Family Test % negative', kind: 'percent', value: shown.negative },
      { key: 'fft-responses', label: 'Friends and Family Test answers', kind: 'count', value: shown.responses },
    ],
    tables: [
      { id: 'fft-by-practice', title: 'Friends and Family Test by practice', description: 'Answers to "Overall, how was your experience of our service?" after appointments and closed online requests, by the patient\'s practice.', chart: 'bar',
        columns: [{ key: 'organisation', label: 'Practice', kind: 'text' }, ...COLUMNS],
        rows: [{ organisation: f.organisationId ? 'Total' : 'Network', ...shown }, ...byPractice.map((p) => ({ organisation: p.name, ...cells(p.t) }))] },
      { id: 'fft-by-month', title: 'Friends and Family Test by month', description: 'The share of positive and negative answers each month.', chart: 'line',
        columns: [{ key: 'month', label: 'Month', kind: 'text' }, ...COLUMNS],
        rows: months.map((m) => ({ month: m, ...cells(tally(inScope.filter((r) => monthOf(r) === m))) })) },
    ],
    notes,
  };
}
