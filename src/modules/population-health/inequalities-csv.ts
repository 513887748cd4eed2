import { toCsv } from '../../platform/csv.ts';
import type { Count, InequalitiesView } from './inequalities-schema.ts';

// The inequalities view as one long table: a row per group and figure, so a spreadsheet can pivot it.
// The counts are already suppressed ("<5") by the view; toCsv neutralises formula-like cells.

type Row = { dimension: string; group: string; measure: string; register: string; count: Count | ''; of: Count | ''; rate: number | null };

export function inequalitiesCsv(view: InequalitiesView): string {
  const name = new Map(view.registers.map((r) => [r.id, r.name]));
  const rows: Row[] = [];
  for (const d of view.dimensions) {
    for (const g of d.groups) {
      const row = (measure: string, register: string, count: Count, of: Count | '', rate: number | null) => rows.push({ dimension: d.name, group: g.label, measure, register, count, of, rate });
      row('registered patients', '', g.population, '', null);
      for (const r of g.registers) {
        row('on register', name.get(r.id)!, r.count, g.population, r.prevalence);
        if (view.registers.find((x) => x.id === r.id)?.hasReview) row('not overdue for review', name.get(r.id)!, r.notOverdue, r.reviewable, r.reviewRate);
      }
      row('not overdue for review', 'every register with a review', g.review.notOverdue, g.review.reviewable, g.review.rate);
      row('outreach: listed', '', g.outreach.listed, '', null);
      row('outreach: contacted', '', g.outreach.contacted, g.outreach.listed, null);
      row('outreach: booked', '', g.outreach.booked, g.outreach.listed, null);
      row('outreach: attended', '', g.outreach.attended, g.outreach.listed, g.outreach.attendedRate);
    }
  }
  for (const gap of view.gaps) {
    rows.push({ dimension: 'Gap: most deprived fifth (deciles 1-2) minus least deprived (9-10), percentage points', group: '', measure: gap.measure, register: gap.registerId ? name.get(gap.registerId)! : '', count: '', of: '', rate: gap.gap });
  }
  return toCsv<Row>([
    { header: 'dimension', value: (r) => r.dimension },
    { header: 'group', value: (r) => r.group },
    { header: 'measure', value: (r) => r.measure },
    { header: 'register', value: (r) => r.register },
    { header: 'people', value: (r) => r.count },
    { header: 'out of', value: (r) => r.of },
    { header: 'per cent', value: (r) => r.rate },
  ], rows);
}
