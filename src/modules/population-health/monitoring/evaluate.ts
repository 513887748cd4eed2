import type { ThresholdDefinition } from './thresholds.ts';

// Whether readings cross a threshold: pure, so each rule is tested with tables of cases. Blood pressure
// arrives as two series (systolic, diastolic); the other kinds as one.

export interface Reading { kind: string; on: string; value: number }

export interface Crossing { thresholdId: string; detail: string }

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Checks one threshold. `fresh` are the readings just sent (single-reading rules look only at those, so
 * an old reading does not raise again); `recent` are the patient's home readings of the last weeks,
 * fresh ones included (averages and rises use them).
 */
export function crossing(t: ThresholdDefinition, limit: number, diastolic: number | null, fresh: Reading[], recent: Reading[], today: string): Crossing | null {
  const [main, second] = t.kind === 'blood-pressure' ? ['bp-systolic', 'bp-diastolic'] : [t.kind, null];
  const of = (rs: Reading[], kind: string | null) => rs.filter((r) => r.kind === kind);
  if (of(fresh, main).length === 0) return null;
  const unit = t.kind === 'blood-pressure' ? ` ${limit}/${diastolic}` : ` ${limit}`;
  switch (t.rule.type) {
    case 'average-at-or-above': {
      const from = daysBefore(today, t.rule.days - 1);
      const sys = of(recent, main).filter((r) => r.on >= from).map((r) => r.value);
      const dia = of(recent, second).filter((r) => r.on >= from).map((r) => r.value);
      if (sys.length < t.rule.minReadings) return null;
      const over = mean(sys) >= limit || (diastolic !== null && dia.length > 0 && mean(dia) >= diastolic);
      if (!over) return null;
      const avg = second ? `${Math.round(mean(sys))}/${Math.round(mean(dia))}` : String(round(mean(sys)));
      return { thresholdId: t.id, detail: `average ${avg} over ${sys.length} readings in ${t.rule.days} days (threshold${unit})` };
    }
    case 'reading-at-or-above': {
      const sys = of(fresh, main);
      const dia = of(fresh, second);
      const hit = sys.find((r, i) => r.value >= limit || (diastolic !== null && dia[i] !== undefined && dia[i].value >= diastolic));
      if (!hit) return null;
      const i = sys.indexOf(hit);
      return { thresholdId: t.id, detail: `reading ${hit.value}${dia[i] ? `/${dia[i].value}` : ''} on ${hit.on} (threshold${unit})` };
    }
    case 'reading-below': {
      const hit = of(fresh, main).find((r) => r.value < limit);
      return hit ? { thresholdId: t.id, detail: `reading ${hit.value} on ${hit.on} (below${unit})` } : null;
    }
    case 'rise-within': {
      const from = daysBefore(today, t.rule.days);
      const inWindow = of(recent, main).filter((r) => r.on >= from);
      const latest = of(fresh, main).reduce((a, b) => (b.on >= a.on ? b : a));
      const lowest = Math.min(...inWindow.map((r) => r.value));
      const rise = round(latest.value - lowest);
      return rise >= limit ? { thresholdId: t.id, detail: `up ${rise} from ${lowest} to ${latest.value} within ${t.rule.days} days (threshold${unit})` } : null;
    }
  }
}
