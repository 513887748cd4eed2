import type { Db } from '../../db/database.ts';
import { findComplaintCounts } from './complaints.ts';
import { friendsAndFamily } from './friends-and-family.ts';
import type { Scope } from './filters.ts';
import type { DataTable, FftSplit, Figure } from './schema.ts';

const round1 = (n: number | null) => (n === null || n === undefined ? null : Math.round(Number(n) * 10) / 10);
const columns = [
  { key: 'received', label: 'Received', kind: 'count' as const },
  { key: 'responded', label: 'Responded', kind: 'count' as const },
  { key: 'upheld', label: 'Upheld or partly upheld', kind: 'count' as const },
  { key: 'medianDays', label: 'Median days to respond', kind: 'days' as const },
];

/** Satisfaction: complaints over time and by category; the Friends and Family Test by practice and month. */
export async function satisfactionView(db: Db, scope: Scope): Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[] }> {
  return (await satisfactionWithFftSplits(db, scope, [])).view;
}

/** The satisfaction view, and the Friends and Family Test split the other ways given from the same scan (the evaluation report's). */
export async function satisfactionWithFftSplits(db: Db, scope: Scope, alsoSplitFftBy: readonly FftSplit[]): Promise<{ view: { headline: Figure[]; tables: DataTable[]; notes: string[] }; fftSplits: DataTable[] }> {
  const f = scope.filter;
  const [c, fft] = await Promise.all([
    findComplaintCounts(db, { networkId: f.networkId, fromDay: f.fromDay, toDay: f.toDay, organisationId: f.organisationId, organisationIds: null }),
    friendsAndFamily(db, scope, alsoSplitFftBy),
  ]);
  const cells = (r: { received: number; responded: number; upheld: number; median_days: number | null }) => ({ received: r.received, responded: r.responded, upheld: r.upheld, medianDays: round1(r.median_days) });
  const view: { headline: Figure[]; tables: DataTable[]; notes: string[] } = {
    headline: [
      { key: 'complaints', label: 'Complaints received', kind: 'count', value: c.total.received },
      { key: 'complaints-open', label: 'Awaiting a response', kind: 'count', value: c.total.received - c.total.responded },
      { key: 'complaints-median-days', label: 'Median days to respond', kind: 'days', value: round1(c.total.median_days) },
      ...fft.headline,
    ],
    tables: [
      { id: 'complaints-by-month', title: 'Complaints by month', description: 'Complaints received each month, how many have a response, and the median days from receipt to response.', chart: 'line',
        columns: [{ key: 'month', label: 'Month', kind: 'text' }, ...columns], rows: c.byMonth.map((r) => ({ month: r.month, ...cells(r) })) },
      { id: 'complaints-by-category', title: 'Complaints by category', description: 'What the complaints were about.', chart: 'bar',
        columns: [{ key: 'category', label: 'Category', kind: 'text' }, ...columns], rows: c.byCategory.map((r) => ({ category: r.category, ...cells(r) })) },
      ...fft.tables,
    ],
    notes: fft.notes,
  };
  return { view, fftSplits: fft.splits };
}
