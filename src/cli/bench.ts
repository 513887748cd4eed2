import { parseFlags, UsageError } from './args.ts';
import { runBookingBench } from '../../bench/booking.ts';
import { runAnalyticsBench } from '../../bench/analytics.ts';
import { runPopulationHealthBench } from '../../bench/population-health.ts';

const whole = (value: string, name: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
};

/**
 * `commons bench`: slot search and booking on a demo network, each beside a limit measured in the same
 * run (bench/booking.ts), then the analytics dashboard's views beside a count(*) (bench/analytics.ts);
 * then population health's full recompute and cohort counts beside a count(*) (bench/population-health.ts,
 * in a throwaway PostgreSQL database; `--scale icb` is 1.5 million patients and runs that suite alone);
 * `--suite booking|analytics|population-health` runs one. The analytics suite's `--keep-rollup` times the
 * views over the rollup already built (no rebuild: a quarter of an hour at city scale), `--combinations`
 * adds every view and the report under every combination of the dashboard's filters. `--json` adds, as the last line, one JSON object for machines.
 * The triage engine has its own benchmark: `npm run bench:triage`.
 */
export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    scale: { type: 'string', default: 'city' },
    seconds: { type: 'string', default: '5' },
    clients: { type: 'string', default: '4' },
    'booking-clients': { type: 'string', default: '50' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    suite: { type: 'string', default: 'all' },
    repeats: { type: 'string', default: '5' },
    explain: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'keep-rollup': { type: 'boolean', default: false },
    combinations: { type: 'boolean', default: false },
  });
  const scale = values.scale;
  if (scale !== 'pcn' && scale !== 'city' && scale !== 'icb') throw new UsageError(`--scale must be pcn, city or icb, not "${scale}"`);
  const seconds = whole(values.seconds, 'seconds', 1, 60);
  const clients = whole(values.clients, 'clients', 1, 256);
  const bookingClients = whole(values['booking-clients'], 'booking-clients', 1, 256);
  const suite = scale === 'icb' && values.suite === 'all' ? 'population-health' : values.suite;
  if (suite !== 'all' && suite !== 'booking' && suite !== 'analytics' && suite !== 'population-health') throw new UsageError(`--suite must be all, booking, analytics or population-health, not "${suite}"`);
  if (scale === 'icb' && suite !== 'population-health') throw new UsageError('--scale icb is for --suite population-health only');
  const repeats = whole(values.repeats, 'repeats', 1, 100);
  let code = 0;
  if (scale === 'icb' || suite === 'population-health') {
    console.log(`commons bench: population health (full recompute, cohort counts) at ${scale} scale`);
    return runPopulationHealthBench({ scale, repeats, strict: values.strict, json: values.json, explain: values.explain, keep: values.keep });
  }
  if (suite !== 'analytics') {
    console.log(`commons bench: slot search and booking at ${scale} scale (other benchmarks: npm run bench:triage)`);
    code = await runBookingBench({ scale, seconds, clients, bookingClients, strict: values.strict, json: values.json });
  }
  if (suite === 'all' || suite === 'analytics') {
    console.log(`\ncommons bench: analytics dashboard views at ${scale} scale, a year of history`);
    code = Math.max(code, await runAnalyticsBench({ scale, repeats, strict: values.strict, json: values.json, keepRollup: values['keep-rollup'], combinations: values.combinations }));
  }
  if (suite === 'all') {
    console.log(`\ncommons bench: population health (full recompute, cohort counts) at ${scale} scale`);
    code = Math.max(code, await runPopulationHealthBench({ scale, repeats, strict: values.strict, json: values.json, explain: values.explain, keep: values.keep }));
  }
  return code;
}
