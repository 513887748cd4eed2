import { describe, expect, it } from 'vitest';
import { IdSource, Random } from './random.ts';
import { addGpAppointments, planSocialPrescribing, SP_COLUMNS } from './social-prescribing.ts';
import type { DemoStaff } from './workforce.ts';
import type { Population } from './population.ts';

// The demo caseload from a small synthetic population: the right size, every status, and ONS4 that
// improves on average between first contact and discharge.

const NOW = new Date('2026-11-30T09:00:00Z');
const DAY = 86_400_000;
const col = (table: keyof typeof SP_COLUMNS, name: string) => (SP_COLUMNS[table] as readonly string[]).indexOf(name);

function world() {
  const rng = new Random(7);
  const ids = new IdSource(7, new Date('2025-01-01T00:00:00Z'));
  const staff: DemoStaff[] = [
    ['link-worker', 'pcn'], ['link-worker', 'pcn'], ['care-coordinator', 'pcn'], ['receptionist', 'p1'], ['care-navigator', 'p1'], ['gp', 'p1'],
  ].map(([role, org], i) => ({ id: `00000000-0000-7000-8000-00000000000${i}`, email: `${i}@x`, display_name: `Staff ${i}`, roles: [{ organisation_id: org, role: role as DemoStaff['roles'][number]['role'] }], coversPractices: [] }));
  const n = 3000;
  const population: Population = {
    rows: Array.from({ length: n }, (_, i) => ['net', `p-${i}`, '', 'p1', `Given${i}`, `Family${i}`, '1950-01-01']),
    ids: Array.from({ length: n }, (_, i) => `p-${i}`), age: Int16Array.from({ length: n }, () => 60), female: new Uint8Array(n), practice: new Int32Array(n),
  };
  // Every patient has a GP appointment every 40 days over the past 18 months.
  const appointments = population.ids.flatMap((id, i) => Array.from({ length: 14 }, (_, k) => {
    const row: unknown[] = Array(22).fill(null);
    row[3] = id; row[4] = 'attended'; row[5] = new Date(NOW.getTime() - (k * 40 + (i % 40)) * DAY); row[11] = 'gp';
    return row;
  }));
  return planSocialPrescribing(rng, ids, { networkId: 'net', now: NOW, staff, population, gpStarts: addGpAppointments(new Map(), appointments as never), offers: [] });
}

describe('the demo social prescribing caseload', () => {
  const rows = world();

  it('has 80–150 referrals over the past year, across every status, each with one open episode at most per person', () => {
    const referrals = rows.sp_referral;
    expect(referrals.length).toBeGreaterThanOrEqual(80);
    expect(referrals.length).toBeLessThanOrEqual(150);
    const statuses = new Set(referrals.map((r) => r[col('sp_referral', 'status')]));
    expect([...statuses].sort()).toEqual(['active', 'contacted', 'discharged', 'new', 'on-hold']);
    const people = referrals.map((r) => r[col('sp_referral', 'patient_id')]);
    expect(new Set(people).size).toBe(people.length);
    for (const r of referrals) expect(NOW.getTime() - (r[col('sp_referral', 'referred_at')] as Date).getTime()).toBeLessThan(366 * DAY);
  });

  it('improves ONS4 on average from first contact to discharge, within 0–10', () => {
    const w = rows.sp_wellbeing.filter((r) => r[col('sp_wellbeing', 'measure')] === 'ons4');
    const first = new Map(w.filter((r) => r[col('sp_wellbeing', 'timepoint')] === 'first-contact').map((r) => [r[col('sp_wellbeing', 'referral_id')], r]));
    const pairs = w.filter((r) => r[col('sp_wellbeing', 'timepoint')] === 'discharge').map((after) => [first.get(after[col('sp_wellbeing', 'referral_id')])!, after]);
    expect(pairs.length).toBeGreaterThan(20);
    const life = col('sp_wellbeing', 'life_satisfaction');
    const change = pairs.reduce((a, [b, c]) => a + ((c[life] as number) - (b[life] as number)), 0) / pairs.length;
    expect(change).toBeGreaterThan(0.8);
    expect(change).toBeLessThan(3);
    for (const r of w) for (const k of ['life_satisfaction', 'worthwhile', 'happy', 'anxious']) expect(r[col('sp_wellbeing', k)]).toSatisfy((x: number) => x >= 0 && x <= 10);
  });

  it('has goals, onward referrals, navigation contacts and a safeguarding lead', () => {
    expect(rows.sp_goal.length).toBeGreaterThan(50);
    expect(rows.sp_onward_referral.length).toBeGreaterThan(40);
    expect(rows.nav_contact.length).toBeGreaterThan(300);
    expect(rows.sp_setting).toHaveLength(1);
  });
});
