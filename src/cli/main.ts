import { UsageError } from './args.ts';

const HELP = `commons — the shared workspace of a primary care network

Usage: commons <command> [options]

Commands:
  start                     migrate, create the demo network if the database is empty, and serve on PORT (3000)
  migrate                   apply database migrations and exit
  demo [--scale pcn|city] [--seed N] [--force]
                            create the deterministic demo network (refuses a non-empty database without --force)
  stats                     counts of what the database holds
  triage --age N --sex female|male [--pregnant] "text"
                            run the triage engine on a description and print its verdict as JSON
  bench [--scale pcn|city]  run the benchmarks (npm run bench)

Environment: DATABASE_URL (PostgreSQL; otherwise embedded PGlite in COMMONS_DATA_DIR, default ./.commons),
PORT, HOST, LOG_LEVEL.`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start.ts')).startCommand,
  migrate: async () => (await import('./migrate.ts')).migrateCommand,
  demo: async () => (await import('./demo.ts')).demoCommand,
  stats: async () => (await import('./stats.ts')).statsCommand,
  triage: async () => (await import('./triage.ts')).triageCommand,
  bench: async () => (await import('./bench.ts')).benchCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`commons: unknown command "${name}". Run "commons --help" for the list.`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`commons ${name}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
