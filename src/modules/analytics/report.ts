import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { periodOf, previousPeriod, scopeOf } from './filters.ts';
import { satisfactionWithFftSplits } from './satisfaction.ts';
import { ensureRollup, VIEW_BUILDERS } from './views.ts';
import type { AnalyticsQuery, DataTable, FftSplit, ReportFigure, ReportResponse, ViewName } from './schema.ts';

const REPORT_FFT_SPLITS: readonly FftSplit[] = ['role', 'site', 'channel'];

const SECTIONS: { view: ViewName; title: string }[] = [
  { view: 'demand', title: 'Demand and capacity' },
  { view: 'attendance', title: 'Attendance' },
  { view: 'role-mix', title: 'Role mix and GP time released' },
  { view: 'access', title: 'Access: time from booking to appointment' },
  { view: 'satisfaction', title: 'Complaints and satisfaction' },
];

/** The change from the previous period: percentage points for percentages, per cent for counts and hours. */
function change(kind: ReportFigure['kind'], current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (kind === 'percent' || kind === 'days') return Math.round((current - previous) * 10) / 10;
  return previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10;
}

/**
 * The evaluation report: every view's headline figures for the period, beside the previous period of
 * equal length, and the Friends and Family Test for the period split by role, site and channel (with the
 * dashboard's "<5" suppression and the same limits on which practices' sites a person sees).
 */
export async function evaluationReport(db: Db, actor: Actor, q: AnalyticsQuery, now: Date): Promise<ReportResponse> {
  const period = periodOf(q, now);
  const before = previousPeriod(period);
  const { refreshedAt, fftLiveFrom, spanLevels } = await ensureRollup(db, actor.networkId, now);
  const found = await scopeOf(db, actor, q, period);
  // Only headline figures (and notes) are printed, so no view reads what only its tables need.
  const scope = { ...found, filter: { ...found.filter, spanLevels }, fftLiveFrom, headlineOnly: true };
  const previousScope = { ...scope, filter: { ...scope.filter, ...before } };
  // The period's FFT split by role, site and channel comes from the satisfaction view's own scan of the answers.
  let fftTables: DataTable[] = [];
  const current = async (view: ViewName) => {
    if (view !== 'satisfaction') return VIEW_BUILDERS[view](db, scope);
    const built = await satisfactionWithFftSplits(db, scope, REPORT_FFT_SPLITS);
    fftTables = built.fftSplits;
    return built.view;
  };
  const sections = await Promise.all(SECTIONS.map(async (s) => {
    const [now_, then] = await Promise.all([current(s.view), VIEW_BUILDERS[s.view](db, previousScope)]);
    return {
      title: s.title,
      figures: now_.headline.map((f) => {
        const previous = then.headline.find((p) => p.key === f.key)?.value ?? null;
        return { key: f.key, label: f.label, kind: f.kind, current: f.value, previous, change: change(f.kind, f.value, previous) };
      }),
      notes: now_.notes,
    };
  }));
  return {
    from: period.fromDay, to: period.toDay, previousFrom: before.fromDay, previousTo: before.toDay, refreshedAt: refreshedAt.toISOString(),
    scope: { organisationId: q.organisationId ?? null, label: scope.label },
    sections: sections.map(({ title, figures }) => ({ title, figures })), tables: fftTables, notes: [...new Set(sections.flatMap((s) => s.notes))],
  };
}
