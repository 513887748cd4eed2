/**
 * Triage benchmark: `npm run bench:triage`.
 * Accuracy, under- and over-triage and role accuracy on the vignette set, then speed beside a
 * limit measured in the same run (JSON round-trip of the same inputs), so the ratio survives
 * noisy machines. Exits 1 if any emergency vignette is under-triaged.
 */
import { assess } from '../src/modules/triage/index.ts';
import { URGENCIES, type TriageInput, type Urgency } from '../src/modules/triage/types.ts';
import { VIGNETTES } from '../src/modules/triage/vignettes.ts';

const RANK: Record<Urgency, number> = { emergency: 3, urgent: 2, routine: 1, 'self-care': 0 };
const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

// Accuracy
const results = VIGNETTES.map((v) => ({ v, r: assess(v) }));
const rows = [['expected urgency', 'vignettes', 'correct', 'accuracy', 'called higher', 'called lower']];
for (const u of URGENCIES) {
  const group = results.filter(({ v }) => v.expected.urgency === u);
  rows.push([
    u,
    String(group.length),
    String(group.filter(({ r }) => r.urgency === u).length),
    pct(group.filter(({ r }) => r.urgency === u).length, group.length),
    String(group.filter(({ r }) => RANK[r.urgency] > RANK[u]).length),
    String(group.filter(({ r }) => RANK[r.urgency] < RANK[u]).length),
  ]);
}
const correct = results.filter(({ v, r }) => r.urgency === v.expected.urgency).length;
rows.push(['all', String(results.length), String(correct), pct(correct, results.length),
  String(results.filter(({ v, r }) => RANK[r.urgency] > RANK[v.expected.urgency]).length),
  String(results.filter(({ v, r }) => RANK[r.urgency] < RANK[v.expected.urgency]).length)]);

const emergencies = results.filter(({ v }) => v.expected.urgency === 'emergency');
const under = emergencies.filter(({ r }) => r.urgency !== 'emergency');
const nonEmergencies = results.filter(({ v }) => v.expected.urgency !== 'emergency');
const over999 = nonEmergencies.filter(({ r }) => r.urgency === 'emergency');
const higher = results.filter(({ v, r }) => RANK[r.urgency] > RANK[v.expected.urgency]);
const roleRight = results.filter(({ v, r }) => r.role === v.expected.role).length;

console.log(`Triage benchmark: ${VIGNETTES.length} vignettes, rules ${assess({ age: 30, sex: 'male', text: '' }).rulesVersion}\n`);
console.log(table(rows));
console.log('');
console.log(table([
  ['measure', 'count', 'rate'],
  ['under-triage: emergency called anything else', `${under.length}/${emergencies.length}`, pct(under.length, emergencies.length)],
  ['over-triage to emergency (non-emergency called emergency)', `${over999.length}/${nonEmergencies.length}`, pct(over999.length, nonEmergencies.length)],
  ['over-triage: called higher than expected', `${higher.length}/${results.length}`, pct(higher.length, results.length)],
  ['role accuracy', `${roleRight}/${results.length}`, pct(roleRight, results.length)],
]));
for (const { v, r } of results.filter(({ v, r }) => r.urgency !== v.expected.urgency || r.role !== v.expected.role)) {
  console.log(`  mismatch ${v.id}: expected ${v.expected.urgency}/${v.expected.role}, got ${r.urgency}/${r.role} — ${v.text}`);
}

// Speed
const inputs: TriageInput[] = VIGNETTES.map(({ age, sex, pregnant, text, answers }) => ({ age, sex, text, ...(pregnant !== undefined && { pregnant }), ...(answers && { answers }) }));
const longInput: TriageInput = { age: 40, sex: 'female', text: 'My knee has been sore for weeks and I feel tired, no chest pain. '.repeat(80).slice(0, 5000) };

function timePerCall(fn: (input: TriageInput) => unknown, list: TriageInput[], minMs = 400): number {
  for (let i = 0; i < 200; i++) fn(list[i % list.length]!); // warm up
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const input of list) fn(input);
    calls += list.length;
    elapsed = performance.now() - start;
  }
  return (elapsed * 1000) / calls; // µs
}
const baseline = (input: TriageInput) => JSON.parse(JSON.stringify(input));

const assessUs = timePerCall(assess, inputs);
const baselineUs = timePerCall(baseline, inputs);
const longUs = timePerCall(assess, [longInput], 300);
const longBaselineUs = timePerCall(baseline, [longInput], 300);
const LIMIT_US = 1000; // architecture.md: ≤ 1 ms per assessment in-process
console.log('');
console.log(table([
  ['speed', 'per call', 'calls/s', 'baseline (JSON round-trip)', 'ratio', 'limit', 'within'],
  ['assess, vignette texts', `${assessUs.toFixed(1)} µs`, Math.round(1e6 / assessUs).toLocaleString('en-GB'), `${baselineUs.toFixed(2)} µs`, `${(assessUs / baselineUs).toFixed(0)}×`, '1000 µs', assessUs <= LIMIT_US ? 'yes' : 'NO'],
  ['assess, 5,000-char text', `${longUs.toFixed(1)} µs`, Math.round(1e6 / longUs).toLocaleString('en-GB'), `${longBaselineUs.toFixed(2)} µs`, `${(longUs / longBaselineUs).toFixed(0)}×`, '1000 µs', longUs <= LIMIT_US ? 'yes' : 'NO'],
]));

if (under.length > 0) {
  console.error(`\nFAIL: ${under.length} emergency vignette(s) under-triaged: ${under.map(({ v }) => v.id).join(', ')}`);
  process.exit(1);
}
