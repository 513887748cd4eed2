/**
 * Triage benchmark: `npm run bench:triage [-- --only=<batch or purpose,…>] [-- --misses] [-- --no-misses=<batch,…>]`.
 * Scores every vignette set (bench/triage-sets.ts) separately: strict, lenient, must-be-
 * emergency sensitivity, under- and over-triage, 999 for self-care, role, per expected urgency
 * and per body system. Prints the misses of blind sets (and of every set with --misses), except
 * the sets named in --no-misses, whose figures are printed without a single case: that is how a
 * rule author scores a blind set without reading it.
 * Then speed beside a limit measured in the same run (JSON round-trip of the same inputs), so
 * the ratio survives noisy machines. Exits 1 if a development-set emergency is under-triaged.
 */
import { availableParallelism, loadavg } from 'node:os';
import { assess, RULES_VERSION } from '../src/modules/triage/index.ts';
import { URGENCIES, type TriageInput } from '../src/modules/triage/types.ts';
import { allSets, developmentSet, inputOf, score, summarise, type Outcome, type VignetteSet } from './triage-sets.ts';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const allMisses = args.includes('--misses');
const noMisses = args.find((a) => a.startsWith('--no-misses='))?.slice('--no-misses='.length).split(',') ?? [];
const missesHidden = (batch: string) => noMisses.some((name) => batch.startsWith(name));

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const frac = (n: number, d: number) => `${n}/${d} (${pct(n, d)})`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

function breakdown(outcomes: readonly Outcome[], key: (o: Outcome) => string, keys: readonly string[], title: string): string {
  const rows = [[title, 'cases', 'strict', 'lenient', 'under', 'over', 'role']];
  for (const k of keys) {
    const group = outcomes.filter((o) => key(o) === k);
    if (group.length === 0) continue;
    const s = summarise(group);
    rows.push([k, String(s.n), pct(s.strict, s.n), pct(s.lenient, s.n), String(s.under), String(s.over), pct(s.roleOk, s.n)]);
  }
  return table(rows);
}

function report(set: VignetteSet): Outcome[] {
  const outcomes = set.cases.map((c) => score(c));
  const s = summarise(outcomes);
  console.log(`\n== ${set.batch} (${set.purpose}, ${s.n} cases; ${set.file})`);
  console.log(table([
    ['measure', 'result'],
    ['strict (urgency exactly right)', frac(s.strict, s.n)],
    ['lenient (urgency acceptable)', frac(s.lenient, s.n)],
    ['must-be-emergency caught', frac(s.mustBeEmergencyCaught, s.mustBeEmergency)],
    ['under-triage', frac(s.under, s.n)],
    ['over-triage', frac(s.over, s.n)],
    ['999 for a self-care problem', String(s.emergencyForSelfCare)],
    ['role acceptable', frac(s.roleOk, s.n)],
  ]));
  console.log('');
  console.log(breakdown(outcomes, (o) => o.c.expected.urgency, URGENCIES, 'expected urgency'));
  const systems = [...new Set(set.cases.map((c) => c.bodySystem))].sort();
  if (systems.length > 1) {
    console.log('');
    console.log(breakdown(outcomes, (o) => o.c.bodySystem, systems, 'body system'));
  }
  if (missesHidden(set.batch)) {
    console.log('\nmisses: not printed (--no-misses)');
  } else if (set.purpose === 'blind' || allMisses) {
    const misses = outcomes.filter((o) => !o.lenient || !o.roleOk);
    console.log(`\nmisses (${misses.length}):`);
    for (const o of misses) {
      const tag = o.under ? 'UNDER' : o.over ? 'OVER' : !o.lenient ? 'urgency' : 'role';
      console.log(`  ${tag} ${o.c.id} [${o.c.bodySystem}] expected ${o.c.expected.urgency}/${o.c.expected.role} (ok: ${o.c.acceptable.urgencies.join('|')} / ${o.c.acceptable.roles.join('|')}), got ${o.r.urgency}/${o.r.role} via ${o.r.matchedRules.slice(0, 4).join(',')}`);
      console.log(`      age ${o.c.age}${o.c.pregnant ? ', pregnant' : ''}: ${o.c.text}`);
    }
  }
  return outcomes;
}

// A name in --only is a batch's prefix or a purpose: `--only=development,tuning` is every set whose
// misses may be read, and never a blind one, whatever the batch is called.
const sets = allSets().filter((s) => !only || only.some((name) => s.batch.startsWith(name) || s.purpose === name));
console.log(`Triage benchmark, rules ${RULES_VERSION}: ${sets.map((s) => `${s.batch} (${s.cases.length})`).join(', ')}`);
const developmentUnder: string[] = [];
for (const set of sets) {
  const outcomes = report(set);
  if (set.purpose === 'development') {
    for (const o of outcomes) if (o.c.expected.urgency === 'emergency' && o.under) developmentUnder.push(`${set.batch}:${o.c.id}`);
  }
}

// Speed
const inputs: TriageInput[] = sets.flatMap((s) => s.cases.map(inputOf));
const longInput: TriageInput = { age: 40, sex: 'female', text: 'My knee has been sore for weeks and I feel tired, no chest pain. '.repeat(80).slice(0, 5000) };
// A 5,000-character text that is not one sentence repeated: the development vignettes run together
// as sentences, so hundreds of different symptoms are read at once (the hardest realistic case).
const variedInput: TriageInput = { age: 40, sex: 'female', text: developmentSet().cases.map((c) => c.text).join('. ').slice(0, 5000) };

/** µs per call: the fastest of five timed batches, so other work on a shared machine counts less. */
function timePerCall(fn: (input: TriageInput) => unknown, list: TriageInput[], minMs = 400): number {
  for (let i = 0; i < 200; i++) fn(list[i % list.length]!); // warm up
  let best = Infinity;
  for (let batch = 0; batch < 5; batch++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / 5) {
      for (const input of list) fn(input);
      calls += list.length;
      elapsed = performance.now() - start;
    }
    best = Math.min(best, (elapsed * 1000) / calls);
  }
  return best;
}
const baseline = (input: TriageInput) => JSON.parse(JSON.stringify(input));

const assessUs = timePerCall(assess, inputs);
const baselineUs = timePerCall(baseline, inputs);
const longUs = timePerCall(assess, [longInput], 300);
const longBaselineUs = timePerCall(baseline, [longInput], 300);
const variedUs = timePerCall(assess, [variedInput], 300);
const variedBaselineUs = timePerCall(baseline, [variedInput], 300);
const LIMIT_US = 1000; // architecture.md: ≤ 1 ms per assessment in-process
console.log('');
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores (wall-clock times; on a loaded machine they overstate the engine's cost)`);
console.log(table([
  ['speed', 'per call', 'calls/s', 'baseline (JSON round-trip)', 'ratio', 'limit', 'within'],
  ['assess, vignette texts', `${assessUs.toFixed(1)} µs`, Math.round(1e6 / assessUs).toLocaleString('en-GB'), `${baselineUs.toFixed(2)} µs`, `${(assessUs / baselineUs).toFixed(0)}×`, '1000 µs', assessUs <= LIMIT_US ? 'yes' : 'NO'],
  ['assess, 5,000-char text', `${longUs.toFixed(1)} µs`, Math.round(1e6 / longUs).toLocaleString('en-GB'), `${longBaselineUs.toFixed(2)} µs`, `${(longUs / longBaselineUs).toFixed(0)}×`, '1000 µs', longUs <= LIMIT_US ? 'yes' : 'NO'],
  ['assess, 5,000 chars, varied', `${variedUs.toFixed(1)} µs`, Math.round(1e6 / variedUs).toLocaleString('en-GB'), `${variedBaselineUs.toFixed(2)} µs`, `${(variedUs / variedBaselineUs).toFixed(0)}×`, '1000 µs', variedUs <= LIMIT_US ? 'yes' : 'NO'],
]));

if (developmentUnder.length > 0) {
  console.error(`\nFAIL: ${developmentUnder.length} development emergency vignette(s) under-triaged: ${developmentUnder.join(', ')}`);
  process.exit(1);
}
