import { parseFlags, UsageError } from './args.ts';
import { runBookingBench } from '../../bench/booking.ts';

const whole = (value: string, name: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
};

/**
 * `commons bench`: slot search and booking on a demo network, each beside a limit measured in the same
 * run (bench/booking.ts). `--json` adds, as the last line, one JSON object for machines.
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
  });
  const scale = values.scale;
  if (scale !== 'pcn' && scale !== 'city') throw new UsageError(`--scale must be pcn or city, not "${scale}"`);
  const seconds = whole(values.seconds, 'seconds', 1, 60);
  const clients = whole(values.clients, 'clients', 1, 256);
  const bookingClients = whole(values['booking-clients'], 'booking-clients', 1, 256);
  console.log(`commons bench: slot search and booking at ${scale} scale (other benchmarks: npm run bench:triage)`);
  return runBookingBench({ scale, seconds, clients, bookingClients, strict: values.strict, json: values.json });
}
