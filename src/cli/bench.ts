import { parseFlags, UsageError } from './args.ts';
import { runBookingBench } from '../../bench/booking.ts';

/**
 * `commons bench`: slot search and booking under contention on a demo network (bench/booking.ts).
 * The triage engine has its own benchmark: `npm run bench:triage`.
 */
export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    scale: { type: 'string', default: 'city' },
    seconds: { type: 'string', default: '5' },
    clients: { type: 'string', default: '16' },
    strict: { type: 'boolean', default: false },
  });
  const scale = values.scale;
  if (scale !== 'pcn' && scale !== 'city') throw new UsageError(`--scale must be pcn or city, not "${scale}"`);
  const seconds = Number(values.seconds);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 60) throw new UsageError('--seconds must be a number from 1 to 60');
  const clients = Number(values.clients);
  if (!Number.isInteger(clients) || clients < 1 || clients > 256) throw new UsageError('--clients must be a whole number from 1 to 256');
  console.log(`commons bench: booking at ${scale} scale (other benchmarks: npm run bench:triage)`);
  return runBookingBench({ scale, seconds, clients, strict: values.strict });
}
